/** One clause that changed, was added or was removed: words removed struck through, words added underlined. */
import type { ClauseChange } from '@/lib/engine/compare';

export interface Props {
  change: ClauseChange;
}

const LABELS = { changed: 'Changed', added: 'Added', removed: 'Removed' } as const;

export default function ClauseDiff({ change }: Props) {
  return (
    <li class={`clause-change clause-${change.kind}`} data-kind={change.kind}>
      <p class="kind">
        {LABELS[change.kind]}
        {change.moved ? ' and moved' : ''}
      </p>
      {change.kind === 'changed' ? (
        <p class="diff">
          {change.diff!.map((d, i) => {
            if (d.op === '=') return <span key={i}>{d.text}</span>;
            // The space before a run stays outside the mark, so only words are struck or underlined.
            const lead = /^\s*/.exec(d.text)![0];
            const words = d.text.slice(lead.length);
            return (
              <span key={i}>
                {lead}
                {d.op === '+' ? <ins>{words}</ins> : <del>{words}</del>}
              </span>
            );
          })}
        </p>
      ) : (
        <p class="diff">{change.kind === 'added' ? <ins>{change.after}</ins> : <del>{change.before}</del>}</p>
      )}
    </li>
  );
}
