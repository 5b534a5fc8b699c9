/** The options page's playbook editor: every edit is an operation, shown at once and sent to the baselines' one writer. */
import { useState } from 'preact/hooks';
import { activeBaseline, allBaselines, findBaseline, isPreset, type BaselineStore } from '@/lib/engine/baseline/store';
import { serializeBaseline } from '@/lib/engine/baseline/baseline';
import { applyBaselineOperation, type BaselineOperation } from '@/lib/engine/baseline/operations';
import BaselineDetails from './BaselineDetails';
import BaselineList from './BaselineList';
import ImportBaseline from './ImportBaseline';
import ErrorAlert from '../common/ErrorAlert';

export interface Props {
  store: BaselineStore;
  /** An edit to send, with the store it gives here (shown until the stored one comes back). */
  onChange(operation: BaselineOperation, store: BaselineStore): void;
}

export default function BaselineEditor({ store, onChange }: Props) {
  const [selected, setSelected] = useState(store.activeId);
  const [error, setError] = useState<string | null>(null);
  const baseline = findBaseline(store, selected) ?? activeBaseline(store);
  /** Applies an edit; `select` moves the editor to the baseline the edit names. */
  const apply = (operation: BaselineOperation, select = false) => {
    const edit = applyBaselineOperation(store, operation);
    if (!edit.ok) {
      setError(edit.error);
      return { error: edit.error, edit };
    }
    setError(null);
    if (select) setSelected(edit.id);
    onChange(operation, edit.store);
    return { error: null, edit };
  };
  return (
    <div class="editor">
      <BaselineList baselines={allBaselines(store)} activeId={store.activeId} selectedId={baseline.id} onSelect={setSelected}
        onCreate={() => apply({ op: 'create' }, true)} />
      <div class="editor-main">
        <div class="import-bar">
          <ImportBaseline onImport={(b) => {
            const { edit } = apply({ op: 'import', baseline: JSON.parse(serializeBaseline(b)) }, true);
            return edit.ok ? findBaseline(edit.store, edit.id)!.name : b.name;
          }} />
        </div>
        <ErrorAlert message={error} />
        <BaselineDetails
          key={baseline.id}
          baseline={baseline}
          preset={isPreset(baseline.id)}
          active={baseline.id === store.activeId}
          onActivate={() => apply({ op: 'activate', id: baseline.id })}
          onDuplicate={() => apply({ op: 'duplicate', id: baseline.id }, true)}
          onDelete={() => apply({ op: 'delete', id: baseline.id }, true)}
          onRename={(name) => apply({ op: 'rename', id: baseline.id, name }).error}
          onRule={(rule, patch) => apply({ op: 'rule', id: baseline.id, rule, patch })}
        />
      </div>
    </div>
  );
}
