/** The disclosure under an entry: the sentence the value was read from, and why it matters. */
import { useI18n } from './i18n';

export interface Props {
  evidence: string | null;
  why: string | null;
  /** What the toggle says for a screen reader ("Source and reason: Breach notice"). */
  label: string;
}

const MAX_QUOTE = 400;

export default function WhyDetails({ evidence, why, label }: Props) {
  const { t } = useI18n();
  if (!evidence && !why) return null;
  const quote = evidence && evidence.length > MAX_QUOTE ? `${evidence.slice(0, MAX_QUOTE).trimEnd()}…` : evidence;
  return (
    <details class="why">
      <summary aria-label={t('why.summaryLabel', { label })}>{t('why.summary')}</summary>
      {quote ? (
        <blockquote class="why-quote">
          <span class="visually-hidden">{t('why.readFrom')}</span>“{quote}”
        </blockquote>
      ) : (
        <p class="why-quote missing-note">{t('why.notStated')}</p>
      )}
      {why ? (
        <p class="why-reason">
          <span class="why-label">{t('why.why')}</span>
          {why}
        </p>
      ) : null}
    </details>
  );
}
