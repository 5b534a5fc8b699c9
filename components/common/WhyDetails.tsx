/** The disclosure under an entry: the sentence the value was read from, and why it matters. */
export interface Props {
  evidence: string | null;
  why: string | null;
  /** What the toggle says for a screen reader ("Source and reason: Breach notice"). */
  label: string;
}

const MAX_QUOTE = 400;

export default function WhyDetails({ evidence, why, label }: Props) {
  if (!evidence && !why) return null;
  const quote = evidence && evidence.length > MAX_QUOTE ? `${evidence.slice(0, MAX_QUOTE).trimEnd()}…` : evidence;
  return (
    <details class="why">
      <summary aria-label={`Source and reason: ${label}`}>Source &amp; reason</summary>
      {quote ? (
        <blockquote class="why-quote">
          <span class="visually-hidden">Read from: </span>“{quote}”
        </blockquote>
      ) : (
        <p class="why-quote missing-note">Not stated anywhere in the document.</p>
      )}
      {why ? (
        <p class="why-reason">
          <span class="why-label">Why: </span>
          {why}
        </p>
      ) : null}
    </details>
  );
}
