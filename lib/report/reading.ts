/**
 * Whether a report may be judged against a baseline at all. Every surface (popup, badge, memo,
 * summary) asks this before it says "meets your baseline": a page in a language ClauseLens does
 * not read, a page read only in part, or a page that is not a DPA or privacy policy has no
 * deviations because nothing was judged, not because it complies.
 */
import { LANGUAGE_NAMES } from '../engine/detect/language';
import { readsLanguage, SUPPORTED_LANGUAGES } from '../engine/analyze';
import type { Report } from '../engine/report';

export type ReadingKind = 'language' | 'too-little' | 'partial' | 'not-a-document';

export interface ReadingProblem {
  kind: ReadingKind;
  /** One line for the popup's notice and the memo: what happened. */
  title: string;
  /** What the user can do about it. */
  advice: string;
}

/** Fewer readable characters than this hold no DPA or policy worth judging (a cookie banner, one line). */
export const MIN_READ_CHARS = 800;
/** Below this share of the source's readable text, the report covers part of the document only. */
export const MIN_READ_SHARE = 0.5;

const nameOf = (code: string) => LANGUAGE_NAMES[code] ?? code.toUpperCase();

/** "English, Swedish and German". */
function listed(codes: readonly string[], and = 'and'): string {
  const names = codes.map(nameOf);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}` : names.join('');
}

/** Why the report cannot say the document meets a baseline, or null when it can. */
export function readingProblem(report: Report): ReadingProblem | null {
  const language = report.language ?? 'en';
  if (!readsLanguage(language)) {
    return {
      kind: 'language',
      title: `ClauseLens reads ${listed(SUPPORTED_LANGUAGES)}; this page is in ${nameOf(language)}.`,
      advice: `No terms or deviations were read from it. Open the vendor's ${listed(SUPPORTED_LANGUAGES, 'or')} version of the document, if it publishes one.`,
    };
  }
  const { read, available } = report.coverage ?? { read: Infinity, available: Infinity };
  if (read < MIN_READ_CHARS) {
    return {
      kind: 'too-little',
      title: `Only ${read.toLocaleString('en')} characters of text could be read from this page.`,
      advice: 'The document may load later, sit in a frame, or be a PDF: reload once it is shown, or open the PDF itself.',
    };
  }
  if (report.truncated || (available > 0 && read / available < MIN_READ_SHARE)) {
    const share = Math.round((100 * read) / Math.max(available, 1));
    return {
      kind: 'partial',
      title: report.truncated ? 'Only the beginning of this very long page was read.' : `Only ${share} % of this page's text was read.`,
      advice: 'Terms and deviations cover that part only; open the document on its own page or as a PDF to read all of it.',
    };
  }
  if (report.docType === 'other') {
    return {
      kind: 'not-a-document',
      title: 'This page does not read as a DPA or a privacy policy.',
      advice: 'What the rules found is shown as found; check it against the text before relying on it.',
    };
  }
  return null;
}
