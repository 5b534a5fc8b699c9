/** The popup on a tab showing a PDF: the browser's own viewer cannot be read, so offer ClauseLens's reader in its place. */
import Icon from '../common/Icon';

export interface Props {
  url: string;
  onOpen(): void;
}

export default function OpenInReader({ url, onOpen }: Props) {
  return (
    <section class="not-recognised" aria-labelledby="pdf-heading">
      <p class="doctype doctype-other">
        <Icon name="question" size={14} />
        <span class="doctype-label">PDF</span>
      </p>
      <h1 id="pdf-heading" class="doc-title">
        This tab shows a PDF
      </h1>
      <p class="source">{url}</p>
      <p class="muted">The browser’s PDF viewer is closed to extensions. ClauseLens can show this PDF in its own reader, in this tab, with its clauses highlighted; the file is read in your browser and goes nowhere else.</p>
      <button type="button" class="button primary" onClick={onOpen}>
        Open in ClauseLens
      </button>
    </section>
  );
}
