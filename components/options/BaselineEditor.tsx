/** The options page's playbook editor: every edit goes through lib/settings and comes back as a new store. */
import { useState } from 'preact/hooks';
import {
  activeBaseline,
  allBaselines,
  createBaseline,
  deleteBaseline,
  duplicateBaseline,
  findBaseline,
  importBaseline,
  isPreset,
  renameBaseline,
  setActiveBaseline,
  updateRule,
  type BaselineStore,
  type Edit,
} from '@/lib/engine/baseline/store';
import BaselineDetails from './BaselineDetails';
import BaselineList from './BaselineList';
import ImportBaseline from './ImportBaseline';

export interface Props {
  store: BaselineStore;
  onChange(store: BaselineStore): void;
}

export default function BaselineEditor({ store, onChange }: Props) {
  const [selected, setSelected] = useState(store.activeId);
  const [error, setError] = useState<string | null>(null);
  const baseline = findBaseline(store, selected) ?? activeBaseline(store);
  /** Applies an edit; `select` moves the editor to the baseline the edit names. */
  const apply = (edit: Edit, select = false): string | null => {
    if (!edit.ok) {
      setError(edit.error);
      return edit.error;
    }
    setError(null);
    if (select) setSelected(edit.id);
    onChange(edit.store);
    return null;
  };
  return (
    <div class="editor">
      <BaselineList baselines={allBaselines(store)} activeId={store.activeId} selectedId={baseline.id} onSelect={setSelected}
        onCreate={() => apply(createBaseline(store), true)} />
      <div class="editor-main">
        <div class="import-bar">
          <ImportBaseline onImport={(b) => {
            const edit = importBaseline(store, b);
            apply(edit, true);
            return edit.ok ? findBaseline(edit.store, edit.id)!.name : b.name;
          }} />
        </div>
        {error ? <p class="error" role="alert">{error}</p> : null}
        <BaselineDetails
          key={baseline.id}
          baseline={baseline}
          preset={isPreset(baseline.id)}
          active={baseline.id === store.activeId}
          onActivate={() => apply(setActiveBaseline(store, baseline.id))}
          onDuplicate={() => apply(duplicateBaseline(store, baseline.id), true)}
          onDelete={() => apply(deleteBaseline(store, baseline.id), true)}
          onRename={(name) => apply(renameBaseline(store, baseline.id, name))}
          onRule={(rule, patch) => apply(updateRule(store, baseline.id, rule, patch))}
        />
      </div>
    </div>
  );
}
