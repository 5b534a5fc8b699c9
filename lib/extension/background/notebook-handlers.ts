/** Changes to the notebook asked for by the page, the side panel or the options page, all through the one writer. */
import type { Category } from '@/lib/engine/report';
import { updateHighlight } from '@/lib/notebook/notebook';
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
  };
}
