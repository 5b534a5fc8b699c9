/** The reader's verdict in words: why a PDF cannot be analysed, or that it does not read as a DPA; never a clean bill for a document that was not read. */
import type { ReaderOutcome } from './ReaderApp';

export interface Props {
  outcome: ReaderOutcome;
  onAnalyze(): void;
}

/** The sentence for each PDF that cannot be analysed (the popup shows the same words). */
export function noticeText(outcome: ReaderOutcome): string | null {
  switch (outcome.kind) {
    case 'no-text':
      return 'This PDF contains no text that ClauseLens can read (it may be scanned).';
    case 'locked':
      return 'This PDF is password-protected; ClauseLens can read it only with its password.';
    case 'broken':
      return `This file could not be read as a PDF (${outcome.message}).`;
    case 'unreachable':
      return `ClauseLens could not load this PDF: ${outcome.message}`;
    case 'shown':
      return null;
  }
}

export default function ReaderNotice({ outcome, onAnalyze }: Props) {
  const text = noticeText(outcome);
  if (text) {
    return (
      <p class="reader-notice error" role="alert">
        {text}
      </p>
    );
  }
  if (outcome.kind === 'shown' && !outcome.detected) {
    return (
      <p class="reader-notice">
        This PDF does not read as a DPA or a privacy policy, so nothing is highlighted.{' '}
        <button type="button" class="button" onClick={onAnalyze}>
          Analyze it anyway
        </button>
      </p>
    );
  }
  return null;
}
