/**
 * The one message protocol between content script, background, popup and side panel.
 * Every message is declared once below with its payload and answer; errors cross as values.
 * Transport is injected (browser.runtime.sendMessage, browser.tabs.sendMessage), so this file stays pure.
 */
import type { Selectors } from '../notebook/anchor';
import type { CardWords, ClauseCard } from '../report/describe';
import type { LanguageSetting, Locale } from '../report/i18n';
import type { SavedHighlight } from '../notebook/notebook';
import type { Category, Report } from '../engine/report';
import type { Comparison } from '../engine/compare';
import type { TableRow } from '../report/changes';
import type { FocusType } from '../report/focus';
import type { PlainText } from '../engine/text/types';
import type { NotebookOperation, OperationOutcome } from '../notebook/operations';
import type { BaselineOperation, BaselineOutcome } from '../engine/baseline/operations';

/** An answer or the reason there is none. Handlers that throw are turned into `{ ok: false }` by `createHandler`. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the background knows about one tab. */
export interface TabState {
  url: string;
  /** The last report for the page; null while none has been made. */
  report: Report | null;
  /** The page was recognised as a DPA or privacy policy, or the user asked for the analysis. */
  detected: boolean;
  /** The user ran the analysis on a page that was not recognised. */
  forced: boolean;
  /** Highlighting as currently shown on the page (per-page choice, else per-site, else on). */
  highlighting: boolean;
  /** Highlighting setting of the site; true unless turned off there. */
  siteHighlighting: boolean;
  /** Saved highlights of the page that were looked for in its text, and those not found there. */
  saved?: { found: number; missing: string[] };
  /**
   * What changed since the reader's previous visit; null when nothing did (or history is off or new); absent while
   * the history of the analysis just made is still being read and written (it follows the page's highlights).
   */
  changes?: ChangeSummary | null;
  /** The history could not be written (quota, storage unavailable): said in the popup, never swallowed. */
  historyError?: string | null;
  /** Why the document cannot be analysed (a PDF without text, locked or broken): the popup says so instead of offering an analysis. */
  notice?: string;
}

/** A document in the history whose text differs from the version the reader saw on their previous visit. */
export interface ChangeSummary {
  /** When the reader last saw the previous version (ms since the epoch). */
  since: number;
  /** The "last updated" dates the two versions state, if any. */
  statedBefore: string | null;
  statedAfter: string | null;
  comparison: Comparison;
}

/** The history as the options page shows it. */
export interface HistoryStatus {
  enabled: boolean;
  /** Size cap, in characters of stored JSON. */
  cap: number;
  bytes: number;
  documents: number;
  versions: number;
  /** The last storage error, or a repair made on reading; null when all is well. */
  error: string | null;
}

/** One document of the comparison view: the latest version in the history, or a notebook document. */
export interface HistoryRow extends TableRow {
  key: string;
  url: string;
  title: string | null;
  versions: number;
  from: 'history' | 'notebook';
}

export type HighlightScope = 'page' | 'site';

export interface PageAnalysis {
  report: Report;
  siteHighlighting: boolean;
  /** One card per clause of `report.clauses`, same index; null for clauses without a category. */
  cards: (ClauseCard | null)[];
  /** The page's saved highlights, found again in the text that was analysed. */
  saved: SavedOnPage;
  /**
   * The history record of this analysis, made after the reply has gone: its `changedSpans` message (the clauses
   * changed since the previous visit) follows with this number. Absent when nothing is recorded (not a DPA or policy).
   */
  recording?: number;
  /** The categories to highlight (the legend's choice for the document type, else its defaults); absent: every tagged clause. */
  shown?: Category[];
}

/** A clause as the page needs it: where it lies in the text the page sent, and its categories. */
export type PageClause = Pick<Report['clauses'][number], 'start' | 'end' | 'categories'>;

/**
 * The report as the page needs it (offsets and categories to paint, the type, how many deviations): the texts,
 * terms, reasons and headings stay in the background, where the popup and side panel read the whole report.
 */
export interface PageReport {
  source: string;
  docType: Report['docType'];
  /** How many deviations the report has (the page's outcome says it); the deviations themselves are in the cards. */
  deviations: number;
  clauses: PageClause[];
}

/** What `analyzePage` answers: the analysis with the page's own view of the report (a fraction of the whole). */
export type PageAnalysisReply = Omit<PageAnalysis, 'report'> & { report: PageReport };

/** The page's view of a report: every clause, same index, with only its offsets and categories. */
export function pageReport(report: Report): PageReport {
  return {
    source: report.source,
    docType: report.docType,
    deviations: report.deviations.length,
    clauses: report.clauses.map((c) => ({ start: c.start, end: c.end, categories: c.categories })),
  };
}

/** The reply to a page. */
export function replyFor(analysis: PageAnalysis): PageAnalysisReply {
  return { ...analysis, report: pageReport(analysis.report) };
}

/** One saved highlight and where it is in the page's current text (null: "not found on this page"). */
export interface PlacedHighlight {
  highlight: SavedHighlight;
  at: { start: number; end: number; method: 'position' | 'exact' | 'fuzzy' } | null;
}

export interface SavedOnPage {
  placed: PlacedHighlight[];
  /** A saved highlight the user asked to see (clicked in the side panel before the page was open). */
  reveal: string | null;
  /** The hover card's own words in the reader's language (every answer that places saved highlights brings them). */
  words?: CardWords;
}

/** What the page sends to save a clause or a selection. */
export interface SaveRequest {
  selectors: Selectors;
  origin: 'clause' | 'selection';
  /** The engine's category for a clause; null lets the background suggest one from the report or the quote. */
  category: Category | null;
  note?: string;
}

/**
 * Messages handled by the background (sent with browser.runtime.sendMessage). Who may send each is declared in
 * BACKGROUND_AUDIENCE below. A page's messages act on the tab they came from, at the address the browser gives
 * for the sender: they carry no tab id and no address of their own.
 */
export interface BackgroundProtocol {
  /** The gate (on every page): this page may be a policy; load the in-page code into it. */
  loadInPage(data: { why: string }): { loaded: boolean };
  /**
   * Content script: analyse this page's text. Answers the report, whether highlighting is on for the
   * site, and each clause's hover card (worded here, so the wording code stays out of every page); the history is
   * read, compared and written after the answer has gone, and what changed follows (ContentProtocol.changedSpans).
   */
  analyzePage(data: { plain: PlainText; forced: boolean; /** The page had more text than was read. */ truncated?: boolean } & ReaderDocument): PageAnalysisReply;
  /** Content script: the page is not (or no longer) a DPA or privacy policy; clears its badge and report. */
  pageCleared(data: ReaderDocument): null;
  /** Content script: the page's highlighting is now on or off (after a per-page or per-site toggle). */
  highlightingShown(data: { highlighting: boolean }): null;
  /** Content script: does this page have saved highlights? (From the page index; content scripts cannot read storage.) */
  hasSaved(data: ReaderDocument): boolean;
  /** Content script: find this page's saved highlights in its text (pages with saved highlights that are not policies). */
  placeSaved(data: { text: string } & ReaderDocument): SavedOnPage;
  /** Content script: save clauses or selections of this page to the notebook. */
  saveHighlights(data: { title: string; items: SaveRequest[] } & ReaderDocument): { highlights: SavedHighlight[]; added: number };
  /** Content script (a highlight of its own page) / side panel: change a saved highlight's note or category. */
  updateHighlight(data: { id: string; note?: string; category?: Category | null }): SavedHighlight;
  /** Popup / side panel: what is known about a tab. */
  getTabState(data: { tabId: number }): TabState | null;
  /** Popup / side panel: turn highlighting on or off for the tab's page, or for its whole site. */
  setHighlighting(data: { tabId: number; scope: HighlightScope; enabled: boolean }): null;
  /** Popup / side panel: "analyze this page anyway", on a page that was not recognised. */
  analyzeTab(data: { tabId: number }): { detected: boolean; clauses: number; deviations: number };
  /** Popup: save every tagged clause of the tab's page. */
  saveAllClauses(data: { tabId: number }): { saved: number; added: number };
  /**
   * Side panel: change the notebook (edit, delete, delete a document, import, undo). The background is its one
   * writer: the operation is applied to the notebook as stored when its turn comes, and the answer carries its undo.
   */
  changeNotebook(data: NotebookOperation): OperationOutcome;
  /** Options page: change the baselines (create, rename, edit a rule, import, ...), applied by their one writer. */
  changeBaselines(data: BaselineOperation): BaselineOutcome;
  /** Side panel: show a saved highlight: focus its tab (or open its page) and scroll to it. */
  openSaved(data: { id: string }): { tabId: number; opened: boolean };
  /** Options page: the language of ClauseLens's own text ('auto' follows the browser). */
  setLanguage(data: { language: LanguageSetting }): { language: LanguageSetting };
  /** PDF reader: the PDF it opened cannot be analysed (no text, password, damaged); `notice` says why in the user's words. */
  readerNotice(data: { notice: string } & ReaderDocument): null;
  /** Popup: the address of the PDF the tab shows, to offer "Open in ClauseLens"; null when it shows no PDF. */
  pdfOfTab(data: { tabId: number }): { url: string | null };
  /** Options page: open every web PDF in the reader, or not (the permission was asked for from the click); answers what is in force. */
  setOpenPdfs(data: { enabled: boolean }): boolean;
  /** Options page: the history's size, cap, switch and last error. */
  historyStatus(data: Record<string, never>): HistoryStatus;
  /** Options page: turn recording on or off (off: nothing is stored from now on). */
  setHistoryEnabled(data: { enabled: boolean }): HistoryStatus;
  /** Options page: change the size cap (older versions are dropped to fit at once). */
  setHistoryCap(data: { cap: number }): HistoryStatus;
  /** Options page: forget every stored version. */
  forgetHistory(data: Record<string, never>): HistoryStatus;
  /** Comparison view: one row per document in the history and the notebook, its values in `locale` (English by default). */
  historyRows(data: { locale?: Locale }): HistoryRow[];
  /** Popup's legend: highlight these categories on every page of this document type; every open page of the type repaints. */
  setShownCategories(data: { docType: FocusType; categories: Category[] }): { categories: Category[] };
}

/**
 * Who may send each background message: `page` = the in-page script or the gate, in the top frame of a tab (or our
 * own reader page in a tab); `surface` = an extension page (popup, side panel, options page), never a content script;
 * `both` = either (each handler then checks what the sender may touch).
 */
export const BACKGROUND_AUDIENCE: { [K in keyof BackgroundProtocol]: 'page' | 'surface' | 'both' } = {
  loadInPage: 'page',
  analyzePage: 'page',
  pageCleared: 'page',
  highlightingShown: 'page',
  hasSaved: 'page',
  placeSaved: 'page',
  saveHighlights: 'page',
  updateHighlight: 'both',
  getTabState: 'surface',
  setHighlighting: 'surface',
  analyzeTab: 'surface',
  saveAllClauses: 'surface',
  changeNotebook: 'surface',
  changeBaselines: 'surface',
  openSaved: 'surface',
  setLanguage: 'surface',
  historyStatus: 'surface',
  setHistoryEnabled: 'surface',
  setHistoryCap: 'surface',
  forgetHistory: 'surface',
  historyRows: 'surface',
  readerNotice: 'page',
  pdfOfTab: 'surface',
  setOpenPdfs: 'surface',
  setShownCategories: 'surface',
};

/**
 * Our own PDF reader (an extension page in a tab) names the document it shows: a PDF is filed by a hash of its
 * bytes (lib/notebook/pagekey.ts pdfDocumentUrl), not by the reader's address. The background takes this field
 * only from the reader page; from anywhere else the browser's address for the sender is the page.
 */
export interface ReaderDocument {
  document?: string;
}

/** Messages handled by the content script (sent with browser.tabs.sendMessage to one tab). */
export interface ContentProtocol {
  /** Background: is the in-page code loaded here? (Otherwise it is injected before anything else is asked.) */
  ping(data: Record<string, never>): { ready: true };
  /** Background: run the full analysis now, whether or not the page looks like a policy. */
  analyzeNow(data: Record<string, never>): { detected: boolean; clauses: number; deviations: number };
  /**
   * Background, after an `analyzePage` reply that named a `recording`: the offsets (in the text that was analysed) of
   * the clauses added or changed since the reader's previous visit, marked apart from the categories; often none.
   */
  changedSpans(data: { recording: number; changed: { start: number; end: number }[] }): { shown: boolean };
  /** Background: the user turned highlighting on or off for this page or its site. */
  setHighlighting(data: { scope: HighlightScope; enabled: boolean }): { highlighting: boolean };
  /** Popup: scroll the page to this stretch of its extracted text (a clause or a term's sentence) and flash it; false when it is no longer on the page. */
  revealText(data: { start: number; end: number }): { shown: boolean };
  /** Background (context menu, keyboard shortcut): save the selection, or the clause at the caret, and offer a note. */
  saveSelection(data: Record<string, never>): { saved: boolean; id: string | null; reason: string | null };
  /** Background (popup's "Save all"): save every tagged clause on the page. */
  saveClauses(data: Record<string, never>): { saved: number; added: number };
  /** Background: the active baseline changed; the same clauses with new deviations, and their cards. */
  reportChanged(data: { report: PageReport; cards: (ClauseCard | null)[]; /** New card words after a change of language. */ words?: CardWords }): { updated: boolean };
  /** Background (the legend changed): highlight only these categories. */
  setCategories(data: { categories: Category[] }): { painted: number };
  /** Background (keyboard shortcut): move to the next (1) or previous (-1) highlight and show its card. */
  moveHighlight(data: { direction: 1 | -1 }): { index: number; total: number; position: number };
  /** Background (side panel click): scroll to a saved highlight and flash it; false when it is not found on the page. */
  revealSaved(data: { id: string }): { shown: boolean };
  /** Background: the notebook changed (a save, edit, delete or import anywhere); the page redraws its saved highlights. */
  savedChanged(data: Record<string, never>): { redrawn: boolean };
}

/** A request on the wire. `clauselens` tells our messages apart from any other extension traffic. */
export interface Envelope<P, K extends keyof P = keyof P> {
  clauselens: 1;
  type: K;
  data: P[K] extends (data: infer D) => unknown ? D : never;
}

type Data<P, K extends keyof P> = P[K] extends (data: infer D) => unknown ? D : never;
type Answer<P, K extends keyof P> = P[K] extends (data: never) => infer R ? R : never;

/** Who sent a message, as the browser tells it (never as the message says). */
export interface Sender {
  /** The tab of a content script (or of our own page open in a tab); null for the popup, side panel, options page. */
  tabId: number | null;
  /** The sending document's address. */
  url: string | null;
  /** The message came from one of the extension's own pages, not from a content script. */
  extensionPage: boolean;
}

export type Handlers<P> = { [K in keyof P]?: (data: Data<P, K>, sender: Sender) => Answer<P, K> | Promise<Answer<P, K>> };

/** What runtime.onMessage tells about a sender (the fields used here). */
export interface RawSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** Why a sender may not send this message, or null when it may. `self` is the extension's id and page origin. */
export function refusal(audience: 'page' | 'surface' | 'both', raw: RawSender, self: { id: string; origin: string }): string | null {
  if (raw.id !== self.id) return 'not from this extension';
  const extensionPage = typeof raw.url === 'string' && raw.url.startsWith(self.origin);
  const inTab = typeof raw.tab?.id === 'number';
  if (audience === 'surface' && !extensionPage) return 'this message is not accepted from a web page';
  if (audience === 'page' && (!inTab || (!extensionPage && raw.frameId !== 0))) return 'this message is accepted only from the top frame of a tab';
  if (audience === 'both' && !extensionPage && (!inTab || raw.frameId !== 0)) return 'this message is accepted only from the top frame of a tab';
  return null;
}

/** A typed sender over a transport such as `(msg) => browser.runtime.sendMessage(msg)`. */
export function createSender<P>(transport: (message: Envelope<P>) => Promise<unknown>) {
  return async function send<K extends keyof P>(type: K, data: Data<P, K>): Promise<Result<Answer<P, K>>> {
    try {
      const answer = await transport({ clauselens: 1, type, data } as Envelope<P>);
      if (isResult(answer)) return answer as Result<Answer<P, K>>;
      return { ok: false, error: `no handler answered "${String(type)}"` };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };
}

function isResult(v: unknown): v is Result<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { ok?: unknown }).ok === 'boolean';
}

function isEnvelope(v: unknown): v is Envelope<unknown> {
  return typeof v === 'object' && v !== null && (v as { clauselens?: unknown }).clauselens === 1;
}

/**
 * A runtime.onMessage listener that dispatches our envelopes to `handlers`. It answers through
 * `sendResponse` (returning true keeps the channel open), which Chrome and Firefox both support
 * without a polyfill; anything that is not ours gets undefined, so other listeners still answer.
 * With `audience`, each message is first checked against who may send it (see `refusal`).
 */
export function createHandler<P>(
  handlers: Handlers<P>,
  checks?: { audience: { [K in keyof P]: 'page' | 'surface' | 'both' }; self: () => { id: string; origin: string } },
) {
  return (message: unknown, sender: RawSender, sendResponse: (answer: Result<unknown>) => void): true | undefined => {
    if (!isEnvelope(message)) return undefined;
    const type = message.type as keyof P;
    if (!Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type] as ((data: unknown, sender: Sender) => unknown) | undefined;
    if (!handler) return undefined;
    const self = checks?.self();
    const refused = checks && self ? refusal(checks.audience[type], sender, self) : null;
    if (refused) {
      sendResponse({ ok: false, error: `refused: ${refused}` });
      return undefined;
    }
    const url = self && typeof sender.url === 'string' ? sender.url : (sender.tab?.url ?? sender.url ?? null);
    const from: Sender = {
      tabId: sender.tab?.id ?? null,
      url,
      extensionPage: self ? typeof sender.url === 'string' && sender.url.startsWith(self.origin) : false,
    };
    void (async () => {
      try {
        sendResponse({ ok: true, value: await handler(message.data, from) });
      } catch (e) {
        sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) });
      }
    })();
    return true;
  };
}
