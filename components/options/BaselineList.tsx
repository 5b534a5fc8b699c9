/** The presets and the user's baselines: pick one to edit; the active one is marked in words. */
import type { Baseline } from '@/lib/engine/baseline/baseline';
import { isPreset } from '@/lib/engine/baseline/store';
import { baselineName } from '@/lib/report/format';
import { useI18n } from '../common/i18n';

export interface Props {
  baselines: readonly Baseline[];
  activeId: string;
  selectedId: string;
  onSelect(id: string): void;
  onCreate(): void;
}

export default function BaselineList({ baselines, activeId, selectedId, onSelect, onCreate }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const group = (title: string, items: readonly Baseline[]) => (
    <>
      <h2 class="list-heading">{title}</h2>
      <ul class="baseline-list">
        {items.map((b) => (
          <li key={b.id}>
            <button type="button" class="baseline-item" aria-current={b.id === selectedId ? 'true' : undefined} onClick={() => onSelect(b.id)}>
              <span class="baseline-item-name">{baselineName(b, i18n)}</span>
              {b.id === activeId ? <span class="tag tag-active">{t('options.active')}</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
  const own = baselines.filter((b) => !isPreset(b.id));
  return (
    <nav class="baseline-nav" aria-label={t('options.baselines')}>
      {group(t('options.presets'), baselines.filter((b) => isPreset(b.id)))}
      {own.length ? group(t('options.yours'), own) : <h2 class="list-heading">{t('options.yours')}</h2>}
      {own.length ? null : <p class="hint">{t('options.noneYet')}</p>}
      <button type="button" class="button new-baseline" onClick={onCreate}>
        {t('options.newBaseline')}
      </button>
    </nav>
  );
}
