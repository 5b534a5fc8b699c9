/** Changes to the notebook and the baselines asked for by the page, the side panel or the options page, all through their one writer. */
import type { Category } from '@/lib/engine/report';
import { readBaselineOperation } from '@/lib/engine/baseline/operations';
import { updateHighlight } from '@/lib/notebook/notebook';
import { applyOperation, readOperation } from '@/lib/notebook/operations';
import type { Background, BackgroundHandlers } from './context';

export function notebookHandlers(bg: Background): BackgroundHandlers {
  return {
    updateHighlight({ id, note, category }) {
      return bg.mutate((nb) => {
        const patch: { note?: string; category?: Category | null } = {};
        if (note !== undefined) patch.note = note;
        if (category !== undefined) patch.category = category;
        const notebook = updateHighlight(nb, id, patch, new Date());
        const highlight = notebook.documents.flatMap((d) => d.highlights).find((h) => h.id === id);
        if (!highlight) throw new Error('this highlight is no longer in the notebook');
        return { notebook, value: highlight };
      });
    },
    changeNotebook(data) {
      const operation = readOperation(data);
      if (typeof operation === 'string') throw new Error(operation);
      const now = new Date();
      return bg.mutate((nb) => {
        const { notebook, outcome } = applyOperation(nb, operation, now);
        return { notebook, value: outcome };
      });
    },
    changeBaselines(data) {
      const operation = readBaselineOperation(data);
      if (typeof operation === 'string') throw new Error(operation);
      return bg.changeBaselines(operation);
    },
  };
}
