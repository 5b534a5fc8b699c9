/** Changes to the notebook and the baselines asked for by the page, the side panel or the options page, all through their one writer. */
import type { Category } from '@/lib/engine/report';
import { readBaselineOperation } from '@/lib/engine/baseline/operations';
import { updateHighlight } from '@/lib/notebook/notebook';
import { applyOperation, readOperation } from '@/lib/notebook/operations';
import { documentKey } from '@/lib/notebook/pagekey';
import type { Background, BackgroundHandlers } from './context';
import { senderPage } from './page-handlers';
import { category as readCategory, id as readId, object, text } from './validate';

export function notebookHandlers(bg: Background): BackgroundHandlers {
  return {
    updateHighlight(data, sender) {
      const o = object(data, 'updateHighlight');
      const id = readId(o.id);
      const patch: { note?: string; category?: Category | null } = {};
      if (o.note !== undefined) patch.note = text(o.note, 'note', 100_000);
      if (o.category !== undefined) patch.category = readCategory(o.category);
      // A page may change only the highlights saved from it; the side panel, any.
      const ownKey = sender.extensionPage ? null : documentKey(senderPage(sender).url);
      return bg.mutate((nb) => {
        if (ownKey !== null && !nb.documents.some((d) => d.key === ownKey && d.highlights.some((h) => h.id === id))) {
          throw new Error('this highlight is not one of this page');
        }
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
