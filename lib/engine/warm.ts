/**
 * Warming the engine where it runs long (the extension's service worker): one forced analysis of a
 * short document touching every stage compiles the big patterns (durations, frequencies, tagging),
 * builds the tagging filter (at once, not after thousands of sentences) and JITs the hot loops before the first page asks, so that page's
 * analysis runs warm. Reports never depend on it: the verbs it parsed are forgotten afterwards.
 */
import { analyze } from './analyze';
import { CATEGORY_RULES } from './tag/rules';
import { matchCategory, sentenceFilter } from './tag/tag';
import { clearNlpCache } from './terms/obligations';

/** A few clauses of an ordinary DPA: a breach deadline, sub-processor notice, deletion, audits, transfers, law. */
const SAMPLE = [
  'Data Processing Agreement',
  '1. Personal Data Breach. The Processor shall notify the Controller without undue delay and in any event within forty-eight (48) hours after becoming aware of a Personal Data Breach.',
  '2. Sub-processors. The Controller grants general authorisation to engage sub-processors. The Processor shall give thirty (30) days prior written notice of any new sub-processor, and the Controller may object within fourteen (14) days.',
  '3. Deletion. Upon termination, the Processor shall delete all personal data within 30 days, unless retention is required by law; backups are kept for up to 90 days.',
  '4. Audits. The Controller may audit the Processor at most once per calendar year on 30 days notice.',
  '5. Transfers. Personal data is transferred to third countries only under the Standard Contractual Clauses or an adequacy decision.',
  '6. Liability and law. The liability of each party is limited as set out in the Agreement. This DPA is governed by the laws of Sweden.',
].join('\n\n');

let warmed = false;

/** Compiles and JITs the engine once (idempotent); call it when the host is idle, before the first document. */
export function warmUp(): void {
  if (warmed) return;
  warmed = true;
  sentenceFilter();
  analyze({ text: SAMPLE, title: 'Data Processing Agreement', hints: null }, { force: true });
  // Every category's cue patterns run once, whatever the sample's words (the tagging filter skips most of them on it).
  for (const rules of CATEGORY_RULES) {
    matchCategory(rules.category, '', '');
    matchCategory(rules.category, '', '', 'privacy-policy');
  }
  clearNlpCache();
}
