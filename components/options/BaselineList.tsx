/** The presets and the user's baselines: pick one to edit; the active one is marked in words. */
import type { Baseline } from '@/lib/engine/baseline/baseline';
import { isPreset } from '@/lib/engine/baseline/store';

export interface Props {
  baselines: readonly Baseline[];
  activeId: string;
  selectedId: string;
  onSelect(id: string): void;
  onCreate(): void;
}

export default function BaselineList({ baselines, activeId, selectedId, onSelect, onCreate }: Props) {
  const group = (title: string, items: readonly Baseline[]) => (
    <>
      <h2 class="list-heading">{title}</h2>
      <ul class="baseline-list">
        {items.map((b) => (
          <li key={b.id}>
            <button type="button" class="baseline-item" aria-current={b.id === selectedId ? 'true' : undefined} onClick={() => onSelect(b.id)}>
              <span class="baseline-item-name">{b.name}</span>
              {b.id === activeId ? <span class="tag tag-active">✓ Active</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
  const own = baselines.filter((b) => !isPreset(b.id));
  return (
    <nav class="baseline-nav" aria-label="Baselines">
      {group('Presets', baselines.filter((b) => isPreset(b.id)))}
      {own.length ? group('Your baselines', own) : <h2 class="list-heading">Your baselines</h2>}
      {own.length ? null : <p class="hint">None yet. Duplicate a preset or start a new one.</p>}
      <button type="button" class="button new-baseline" onClick={onCreate}>
        + New baseline
      </button>
    </nav>
  );
}
