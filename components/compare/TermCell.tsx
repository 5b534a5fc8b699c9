/** One key term of one document, linking to the sentence it was read from (a text fragment of the page). */
import type { TableCell } from '@/lib/report/changes';

export interface Props {
  url: string;
  term: string;
  cell: TableCell;
}

/** A text fragment link (#:~:text=) to the first words of the evidence: the browser scrolls to it and marks it. */
export function evidenceLink(url: string, evidence: string): string {
  const words = evidence.replace(/\s+/g, ' ').trim().split(' ');
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  const fragment = words.length > 12 ? `${enc(words.slice(0, 6).join(' '))},${enc(words.slice(-4).join(' '))}` : enc(words.join(' '));
  return `${url.replace(/#.*$/, '')}#:~:text=${fragment}`;
}

export default function TermCell({ url, term, cell }: Props) {
  return (
    <td data-term={term}>
      {cell.evidence && /^https?:/i.test(url) ? (
        <a href={evidenceLink(url, cell.evidence)} target="_blank" rel="noreferrer noopener" title={cell.evidence}>
          {cell.value}
        </a>
      ) : (
        cell.value
      )}
    </td>
  );
}
