/** Word-level edit of one clause, for the changed clauses of a comparison. */
import { normalizeForMatch } from '../text/structure';
import type { WordOp } from './types';

interface Token {
  text: string;
  norm: string;
}

const TOKEN = /\s*(?:[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*|\S)/gu;

function tokens(text: string): Token[] {
  return (text.match(TOKEN) ?? []).map((t) => ({ text: t, norm: normalizeForMatch(t.trim()) }));
}

/** Beyond this many tokens on both sides the middle of a clause is shown as replaced. */
const MAX_DIFF_CELLS = 4_000_000;

/** Word-level edit of one clause: common prefix and suffix, then a longest common subsequence. */
export function wordDiff(before: string, after: string): WordOp[] {
  const a = tokens(before);
  const b = tokens(after);
  let p = 0;
  while (p < a.length && p < b.length && a[p].norm === b[p].norm) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s].norm === b[b.length - 1 - s].norm) s++;
  const ops: WordOp[] = [];
  const push = (op: WordOp['op'], t: string) => {
    const last = ops[ops.length - 1];
    if (last?.op === op) last.text += t;
    else ops.push({ op, text: t });
  };
  for (let k = 0; k < p; k++) push('=', b[k].text);
  const ma = a.slice(p, a.length - s);
  const mb = b.slice(p, b.length - s);
  if (ma.length * mb.length > MAX_DIFF_CELLS) {
    for (const t of ma) push('-', t.text);
    for (const t of mb) push('+', t.text);
  } else if (ma.length && mb.length) {
    const w = mb.length + 1;
    const L = new Uint32Array((ma.length + 1) * w);
    for (let i = ma.length - 1; i >= 0; i--)
      for (let j = mb.length - 1; j >= 0; j--)
        L[i * w + j] = ma[i].norm === mb[j].norm ? L[(i + 1) * w + j + 1] + 1 : Math.max(L[(i + 1) * w + j], L[i * w + j + 1]);
    let i = 0;
    let j = 0;
    while (i < ma.length && j < mb.length) {
      if (ma[i].norm === mb[j].norm) {
        push('=', mb[j++].text);
        i++;
      } else if (L[(i + 1) * w + j] >= L[i * w + j + 1]) push('-', ma[i++].text);
      else push('+', mb[j++].text);
    }
    while (i < ma.length) push('-', ma[i++].text);
    while (j < mb.length) push('+', mb[j++].text);
  } else {
    for (const t of ma) push('-', t.text);
    for (const t of mb) push('+', t.text);
  }
  for (let k = b.length - s; k < b.length; k++) push('=', b[k].text);
  if (ops[0]) ops[0].text = ops[0].text.replace(/^\s+/, '');
  return ops;
}
