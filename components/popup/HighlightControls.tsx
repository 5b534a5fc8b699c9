/** The page's highlights: on or off for the page and the site, and a legend whose switches choose the categories shown. */
import { CATEGORIES, type Category, type Report } from '@/lib/engine/report';
import { DEFAULT_SHOWN, focusType } from '@/lib/report/focus';
import { categoryLabel } from '@/lib/report/labels';
import { useI18n } from '../common/i18n';
import { CATEGORY_STYLE } from '@/lib/report/palette';

export interface Props {
  report: Report;
  /** The page's host name, for the per-site switch. */
  site: string | null;
  highlighting: boolean;
  siteHighlighting: boolean;
  /** The categories highlighted now. */
  shown: Category[];
  onHighlighting?(scope: 'page' | 'site', enabled: boolean): void;
  onShown?(categories: Category[]): void;
}

export default function HighlightControls({ report, site, highlighting, siteHighlighting, shown, onHighlighting, onShown }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const counts = new Map<Category, number>();
  for (const c of report.clauses) for (const id of c.categories) counts.set(id, (counts.get(id) ?? 0) + 1);
  // Only what this document has: a legend of nineteen entries, most empty, would hide the few that matter.
  const present = CATEGORIES.filter((c) => counts.has(c));
  const on = new Set(shown);
  const defaults = DEFAULT_SHOWN[focusType(report.docType)];
  const toggle = (c: Category, checked: boolean) => onShown?.(CATEGORIES.filter((x) => (x === c ? checked : on.has(x))));
  const isDefault = defaults.length === shown.length && defaults.every((c) => on.has(c));
  return (
    <section class="section highlights" aria-labelledby="highlights-heading">
      <h2 id="highlights-heading">{t('hl.heading')}</h2>
      <div class="switches">
        <label class="switch">
          <input type="checkbox" checked={highlighting} disabled={!onHighlighting} onChange={(e) => onHighlighting?.('page', e.currentTarget.checked)} />
          {t('hl.page')}
        </label>
        {site ? (
          <label class="switch">
            <input type="checkbox" checked={siteHighlighting} disabled={!onHighlighting} onChange={(e) => onHighlighting?.('site', e.currentTarget.checked)} />
            {t('hl.site')} <span class="site">{site}</span>
          </label>
        ) : null}
      </div>
      {present.length ? (
        <fieldset class="legend" disabled={!onShown}>
          <legend class="visually-hidden">{t('hl.legend')}</legend>
          <ul>
            {present.map((c) => (
              <li key={c}>
                <label class="legend-item" data-category={c}>
                  <input type="checkbox" checked={on.has(c)} onChange={(e) => toggle(c, e.currentTarget.checked)} />
                  <span class="swatch" aria-hidden="true" style={{ background: CATEGORY_STYLE[c].background, borderBottomColor: CATEGORY_STYLE[c].line }} />
                  <span class="legend-label">{categoryLabel(c, i18n)}</span>
                  <span class="legend-count" aria-label={t('hl.clauses', { n: counts.get(c) ?? 0 })}>
                    {counts.get(c)}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <p class="legend-actions">
            <button type="button" class="link-button" disabled={isDefault} onClick={() => onShown?.([...defaults])}>
              {t('hl.keyOnly')}
            </button>
            <button type="button" class="link-button" disabled={present.every((c) => on.has(c))} onClick={() => onShown?.(CATEGORIES.filter((c) => on.has(c) || counts.has(c)))}>
              {t('hl.showAll')}
            </button>
          </p>
        </fieldset>
      ) : null}
    </section>
  );
}
