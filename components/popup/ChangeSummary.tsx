/** Top of the popup on a changed document: "Changed since 3 Oct 2026", the terms and deviations that changed, clause counts. */
import type { ChangeSummary as Changes } from '@/lib/extension/protocol';
import { changeDate, clauseCountsText, ruleTitle, termLabel, termValueText } from '@/lib/report/changes';
import { useI18n } from '../common/i18n';

export interface Props {
  changes: Changes;
  /** Scrolls the page to a term's new sentence. */
  onReveal(start: number, end: number, label: string): void;
  /** Opens the "See changes" view. */
  onSeeChanges?(): void;
}

export default function ChangeSummary({ changes, onReveal, onSeeChanges }: Props) {
  const { comparison: c } = changes;
  const i18n = useI18n();
  return (
    <section class="changes" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{i18n.t('changes.heading', { date: changeDate(changes.since, i18n) })}</h2>
      {changes.statedAfter && changes.statedAfter !== changes.statedBefore ? (
        <p class="changes-stated">
          {i18n.t('change.stated', { date: changes.statedAfter })}
          {changes.statedBefore ? i18n.t('changes.statedBefore', { date: changes.statedBefore }) : ''}.
        </p>
      ) : null}
      {c.terms.length ? (
        <ul class="changes-terms">
          {c.terms.map((t) => {
            const label = termLabel(t.term, i18n);
            return (
              <li key={t.term} data-change-term={t.term}>
                <strong>{label}:</strong> <del>{termValueText(t.term, t.before, i18n)}</del> → <ins>{termValueText(t.term, t.after, i18n)}</ins>
                {t.start !== null && t.end !== null ? (
                  <button type="button" class="link-button change-show" onClick={() => onReveal(t.start!, t.end!, label)}>
                    {i18n.t('change.show')}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {c.deviations.added.length || c.deviations.removed.length ? (
        <ul class="changes-deviations">
          {c.deviations.added.map((r) => (
            <li key={`+${r}`} data-deviation-added={r}>
              {i18n.t('change.newDeviation', { rule: ruleTitle(r, i18n) })}
            </li>
          ))}
          {c.deviations.removed.map((r) => (
            <li key={`-${r}`} data-deviation-removed={r}>
              {i18n.t('change.deviationGone', { rule: ruleTitle(r, i18n) })}
            </li>
          ))}
        </ul>
      ) : null}
      <p class="changes-counts">{clauseCountsText(c.clauses, i18n)}</p>
      {onSeeChanges ? (
        <button type="button" class="button" onClick={onSeeChanges}>
          {i18n.t('change.seeChanges')}
        </button>
      ) : null}
    </section>
  );
}
