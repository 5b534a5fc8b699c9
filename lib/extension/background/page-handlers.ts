/** Messages from the in-page script (and the gate): analysis, saved highlights placed and saved, the page's own state. */
import { analyzeText } from '@/lib/engine/analyze';
import { CATEGORIES, type Category, type Report } from '@/lib/engine/report';
import { matchCategory } from '@/lib/engine/tag/tag';
import { anchorSelectors } from '@/lib/notebook/anchor';
import { clauseRefAt } from '@/lib/report/ref';
import { addHighlight, documentKey, highlightsFor, nameClauses, snapshotOf, type SavedHighlight } from '@/lib/notebook/notebook';
import type { I18n } from '@/lib/report/i18n';
import { cardWords, describeClauses } from '@/lib/report/describe';
import { loadI18n } from '../language';
import { shownFor } from '@/lib/report/focus';
import { loadShownCategories } from '../focus-store';
import { loadActiveBaseline } from '../baselines';
import { hasSavedHighlights, readNotebook } from '../notebook-store';
import { replyFor, type SaveRequest, type SavedOnPage, type Sender, type TabState } from '../protocol';
import { requireTab, type Background, type BackgroundHandlers } from './context';
import { addressProblem, pdfIdentity } from '@/lib/notebook/pagekey';
import { isReaderAddress } from '../reader';
import { flag, object, plainText, saveRequests, text } from './validate';
import type { Doc } from '@/lib/engine/text/types';
import { offSites, siteOf } from './sites';

/** The category to file a saved selection under: the tagged clause it overlaps most, else what the rules read in the quote itself. */
export function suggestCategory(report: Report | null, request: SaveRequest): Category | null {
  if (request.category) return request.category;
  const { start, end } = request.selectors.position;
  let best: { category: Category; overlap: number } | null = null;
  for (const clause of report?.clauses ?? []) {
    const overlap = Math.min(end, clause.end) - Math.max(start, clause.start);
    if (overlap > 0 && clause.categories.length && (!best || overlap > best.overlap)) best = { category: clause.categories[0], overlap };
  }
  if (best) return best.category;
  const quote = request.selectors.quote.exact;
  return CATEGORIES.find((c) => matchCategory(c, quote, '')) ?? null;
}

function savedSummary(saved: SavedOnPage): TabState['saved'] {
  return { found: saved.placed.filter((p) => p.at).length, missing: saved.placed.filter((p) => !p.at).map((p) => p.highlight.id) };
}

/**
 * The tab and the address a page's message acts on: the browser's word for the sender, never the payload's;
 * except that our own PDF reader (an extension page, never a web page) names the PDF it shows by its bytes.
 */
export function senderPage(sender: Sender, data?: unknown): { tabId: number; url: string } {
  const tabId = requireTab(sender.tabId);
  if (!sender.url) throw new Error('the browser did not say which page sent this');
  return { tabId, url: readerDocument(sender, data) ?? sender.url };
}

/** The PDF a message from the reader names (a pdfDocumentUrl), or null for any other sender or a malformed name. */
function readerDocument(sender: Sender, data: unknown): string | null {
  if (!sender.extensionPage || !sender.url || !isReaderAddress(sender.url)) return null;
  const named = typeof data === 'object' && data !== null ? (data as { document?: unknown }).document : undefined;
  if (typeof named !== 'string' || named.length > 10_000 || !pdfIdentity(named)) return null;
  return named;
}

export function pageHandlers(bg: Background): BackgroundHandlers {
  /** Finds the page's saved highlights in its text and notes which are missing, for the side panel. */
  async function placeFor(tabId: number, url: string, text: string): Promise<SavedOnPage> {
    // Every analysed page comes here; most have nothing saved, and the index says so without reading the notebook.
    let highlights = (await hasSavedHighlights(url)) ? highlightsFor((await readNotebook()).notebook, url) : [];
    const pdf = pdfIdentity(url);
    if (pdf && !highlights.length) {
      // A new version of a PDF (other bytes, same address) is a new version of the same document: its notes are looked for in it.
      const older = (await readNotebook()).notebook.documents.filter((d) => pdfIdentity(d.url)?.address === pdf.address);
      highlights = older.flatMap((d) => d.highlights);
    }
    const placed = highlights.map((highlight) => {
      const at = anchorSelectors(text, highlight.selectors);
      return { highlight, at: at ? { start: at.start, end: at.end, method: at.method } : null };
    });
    const pending = bg.pendingReveal.get(tabId);
    let reveal: string | null = null;
    if (pending && pending.key === documentKey(url)) {
      reveal = pending.id;
      bg.pendingReveal.delete(tabId);
    }
    return { placed, reveal, words: cardWords(await loadI18n()) };
  }

  /**
   * Highlights saved without a clause name (older ones, or saved where there was no report) get the name of the
   * clause they lie in now that the page has a report: written once, through the one notebook writer.
   */
  async function nameUnnamed(saved: SavedOnPage, report: Report, i18n: I18n): Promise<SavedOnPage> {
    const names = new Map<string, string>();
    for (const p of saved.placed) {
      if (!p.at || p.highlight.clauseRef) continue;
      const name = clauseRefAt(report, p.at.start, p.at.end, i18n);
      if (name) names.set(p.highlight.id, name);
    }
    if (!names.size) return saved;
    await bg.mutate((nb) => ({ notebook: nameClauses(nb, names), value: null }));
    const now = new Map((await readNotebook()).notebook.documents.flatMap((d) => d.highlights).map((h) => [h.id, h]));
    return { ...saved, placed: saved.placed.map((p) => ({ ...p, highlight: now.get(p.highlight.id) ?? p.highlight })) };
  }

  /** Numbers each analysis's history record, so that a page applies only the changed spans of the text it last sent. */
  let recordings = 0;

  function keep(tabId: number, state: TabState): void {
    void Promise.all([bg.tabs.save(tabId, state), bg.badge.show(tabId, state)]).catch((e) => console.error('ClauseLens: could not keep the tab state', e));
  }

  /**
   * Every analysis of a DPA or policy (page, forced) is a version in the history; a text that arrives in steps is one
   * visit. Run after the page has its highlights: the tab's state (the popup's "Changed since", the badge's mark) gets
   * what changed, unless a newer analysis replaced it meanwhile, and the page its changed clauses.
   */
  async function recordVisit(tabId: number, url: string, state: TabState, doc: Doc, recording: number, sameVisit: boolean): Promise<void> {
    const report = state.report!;
    const recorded = await bg.history.record(url, report, doc, sameVisit);
    if (bg.tabs.peek(tabId)?.report === report) keep(tabId, { ...bg.tabs.peek(tabId)!, changes: recorded.changes, historyError: recorded.error });
    // A page that went away (closed, navigated) has no one to answer: nothing to do.
    await bg.toTab(tabId)('changedSpans', { recording, changed: recorded.changed });
  }

  return {
    async loadInPage(_data, sender) {
      await bg.ensureInPage(senderPage(sender).tabId);
      return { loaded: true };
    },
    async hasSaved(data, sender) {
      return hasSavedHighlights(senderPage(sender, data).url);
    },
    async analyzePage(data, sender) {
      const { tabId, url } = senderPage(sender, data);
      const o = object(data, 'analyzePage');
      const plain = plainText(o.plain);
      const forced = flag(o.forced, 'forced');
      const truncated = o.truncated === undefined ? false : flag(o.truncated, 'truncated');
      // Every storage read asked for at once, before the engine runs: those it does not need are answered while it
      // works, not one after another after it.
      const later = Promise.all([offSites(), loadI18n(), placeFor(tabId, url, plain.text)]);
      later.catch(() => undefined); // Awaited below; a failure is answered there, not reported as unhandled meanwhile.
      const [baseline, choice] = await Promise.all([loadActiveBaseline(), loadShownCategories()]);
      const { report: analyzed, doc } = analyzeText(plain, { source: url, force: forced, baseline });
      // The page itself stopped reading at the cap: the popup must say only part was analyzed.
      const report = truncated && !analyzed.truncated ? { ...analyzed, truncated: true } : analyzed;
      const [off, i18n, placed] = await later;
      const siteHighlighting = !off.includes(siteOf(url));
      const detected = forced || report.docType !== 'other';
      const saved = detected ? await nameUnnamed(placed, report, i18n) : placed;
      // The history (what changed since the last visit) is known only after it has been read, compared and written.
      const state: TabState = detected
        ? { url, report, detected, forced, highlighting: siteHighlighting, siteHighlighting, saved: savedSummary(saved) }
        : { url, report: null, detected, forced, highlighting: siteHighlighting, siteHighlighting, saved: savedSummary(saved), changes: null, historyError: null };
      // The state is in memory once save() is called (the popup and side panel read it there); its copy in
      // storage.session and the badge need not hold up the highlights.
      keep(tabId, state);
      const cards = detected ? describeClauses(report, baseline, i18n) : [];
      const shown = shownFor(choice, report.docType);
      if (!detected) return replyFor({ report, siteHighlighting, cards, saved, shown });
      const recording = ++recordings;
      const key = documentKey(url);
      const sameVisit = bg.historyVisits.get(tabId) === key;
      bg.historyVisits.set(tabId, key);
      // The reply goes first; the history's turn comes after it (a task later: once the reply has been posted).
      setTimeout(() => void recordVisit(tabId, url, state, doc, recording, sameVisit).catch((e) => console.error('ClauseLens: could not record the history', e)), 0);
      return replyFor({ report, siteHighlighting, cards, saved, shown, recording });
    },
    async placeSaved(data, sender) {
      const { tabId, url } = senderPage(sender, data);
      const saved = await placeFor(tabId, url, text(object(data, 'placeSaved').text, 'text', 50_000_000));
      const known = await bg.tabs.load(tabId);
      const state: TabState = known?.url === url
        ? { ...known, saved: savedSummary(saved) }
        : { url, report: null, detected: false, forced: false, highlighting: true, siteHighlighting: true, saved: savedSummary(saved) };
      await bg.tabs.save(tabId, state);
      return saved;
    },
    async saveHighlights(data, sender) {
      const { tabId, url } = senderPage(sender, data);
      const refused = addressProblem(url);
      if (refused) throw new Error(`ClauseLens does not save highlights of this page: its address ${refused}`);
      const o = object(data, 'saveHighlights');
      const title = text(o.title, 'title', 10_000);
      const items = saveRequests(o.items);
      const state = await bg.tabs.load(tabId);
      const report = state?.url === url ? state.report : null;
      const i18n = await loadI18n();
      const snapshot = snapshotOf(url, title, report, i18n);
      const now = new Date();
      return bg.mutate((nb) => {
        let notebook = nb;
        let added = 0;
        const highlights: SavedHighlight[] = [];
        for (const item of items) {
          const result = addHighlight(
            notebook,
            snapshot,
            {
              selectors: item.selectors,
              category: suggestCategory(report, item),
              note: item.note ?? '',
              origin: item.origin,
              clauseRef: clauseRefAt(report, item.selectors.position.start, item.selectors.position.end, i18n) ?? undefined,
            },
            now,
          );
          notebook = result.notebook;
          highlights.push(result.highlight);
          if (result.added) added++;
        }
        return { notebook, value: { highlights, added } };
      });
    },
    async pageCleared(_data, sender) {
      const { tabId } = senderPage(sender);
      await bg.tabs.save(tabId, null);
      await bg.badge.show(tabId, null);
      return null;
    },
    async highlightingShown(data, sender) {
      const { tabId } = senderPage(sender);
      const highlighting = flag(object(data, 'highlightingShown').highlighting, 'highlighting');
      const state = await bg.tabs.load(tabId);
      if (state) await bg.tabs.save(tabId, { ...state, highlighting });
      return null;
    },
  };
}
