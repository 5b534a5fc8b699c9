/** The popup on a page that is not a DPA or privacy policy: say so, and offer to analyze it anyway. */
import Icon from '../common/Icon';

export interface Props {
  url: string | null;
  busy: boolean;
  error: string | null;
  onAnalyze(): void;
}

export default function NotRecognised({ url, busy, error, onAnalyze }: Props) {
  return (
    <section class="not-recognised" aria-labelledby="nr-heading">
      <p class="doctype doctype-other">
        <Icon name="question" size={14} />
        <span class="doctype-label">Not recognised</span>
      </p>
      <h1 id="nr-heading" class="doc-title">
        This page does not read as a DPA or a privacy policy
      </h1>
      {url ? <p class="source">{url}</p> : null}
      <p class="muted">ClauseLens only reads pages that look like a data processing agreement or a privacy policy. If this one is, you can analyze it anyway; nothing leaves your browser.</p>
      <button type="button" class="button primary" onClick={onAnalyze} disabled={busy} aria-busy={busy}>
        {busy ? 'Analyzing…' : 'Analyze this page anyway'}
      </button>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
