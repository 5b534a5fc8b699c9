/** What the page session needs from outside it (the background, the notebook, the clock), and what a check answers. */
import type { PageSample, PrefilterResult } from '../engine/detect/prefilter';
import type { PageAnalysisReply, Result } from '../extension/protocol';
import type { PlainText } from '../engine/text/types';
import type { PageText } from './extract';
import type { PaintMode } from './highlight';
import type { NotebookDeps } from './saving';

export interface PageDeps {
  doc: Document;
  mightBePolicy(sample: PageSample): PrefilterResult;
  /** Runs the engine away from the page (the background) and answers the report. */
  analyze(request: { plain: PlainText; url: string; forced: boolean; truncated?: boolean }): Promise<Result<PageAnalysisReply>>;
  /** Tells the background the page is no longer a policy (SPA navigation, text replaced). */
  cleared(url: string): void;
  /** Tells the background whether highlights are now shown. */
  highlightingShown(highlighting: boolean): void;
  /** Lets the page's own tasks run between extraction slices. */
  yieldToPage(): Promise<void>;
  now(): number;
  /** Aborted when the content script is invalidated: every listener and observer goes with it. */
  signal: AbortSignal;
  /** Forces the <mark> fallback (tests); default: the Highlight API when present. */
  paintMode?: PaintMode;
  /** Quiet time before a changed page is re-checked. */
  debounceMs?: number;
  /** Saved highlights; without it the page shows automatic highlights only. */
  notebook?: NotebookDeps;
  /**
   * A document whose text is not its body's (the PDF reader: text layers over canvases): its address
   * for the notebook and the background, and its text with the map back to the text layers. Such a
   * document is read once and not watched for changes.
   */
  source?: { url: string; extract(): Promise<PageText | null> };
}

export interface Outcome {
  detected: boolean;
  clauses: number;
  deviations: number;
}
