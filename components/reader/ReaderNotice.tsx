/** The reader's verdict in words: why a PDF cannot be analysed, or that it does not read as a DPA; never a clean bill for a document that was not read. */
import type { I18n } from '@/lib/report/i18n';
import type { ReaderOutcome } from './ReaderApp';
import { useI18n } from '../common/i18n';

export interface Props {
  outcome: ReaderOutcome;
  onAnalyze(): void;
}

/** The sentence for each PDF that cannot be analysed (the popup shows the same words). */
export function noticeText(outcome: ReaderOutcome, { t }: I18n): string | null {
  switch (outcome.kind) {
    case 'no-text':
      return t('reader.noText');
    case 'locked':
      return t('reader.locked');
    case 'broken':
      return t('reader.broken', { message: outcome.message });
    case 'unreachable':
      return t('reader.unreachable', { message: outcome.message });
    case 'shown':
      return null;
  }
}

export default function ReaderNotice({ outcome, onAnalyze }: Props) {
  const i18n = useI18n();
  const text = noticeText(outcome, i18n);
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
        {i18n.t('reader.notPolicy')}{' '}
        <button type="button" class="button" onClick={onAnalyze}>
          {i18n.t('reader.analyzeAnyway')}
        </button>
      </p>
    );
  }
  return null;
}
