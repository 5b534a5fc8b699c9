/** Merging an imported notebook into the stored one, without duplicates. */
import { documentKey } from './pagekey';
import type { Selectors } from './anchor';
import { MAX_ID_CHARS, snapshotFields, type Notebook, type SavedHighlight } from './shapes';

const later = (a: string, b: string) => (a >= b ? a : b);
const earlier = (a: string, b: string) => (a <= b ? a : b);
const spotOf = (s: Selectors) => `${s.position.start}:${s.position.end}:${s.quote.exact}`;

/** One document's highlights during a merge, indexed by id and by spot (first highlight at each spot). */
interface Filing {
  highlights: SavedHighlight[];
  byId: Map<string, number>;
  bySpot: Map<string, number>;
}

function filing(highlights: SavedHighlight[]): Filing {
  const f: Filing = { highlights: highlights.slice(), byId: new Map(), bySpot: new Map() };
  f.highlights.forEach((h, i) => {
    f.byId.set(h.id, i);
    if (!f.bySpot.has(spotOf(h.selectors))) f.bySpot.set(spotOf(h.selectors), i);
  });
  return f;
}

/**
 * Merges an import into the stored notebook without duplicates (same id, or same document key +
 * same quote/position). A matched highlight takes the import's note/category when the import's
 * updatedAt is newer; a matched document takes the import's snapshot when newer. Counts are for the
 * user's message: `documents` is how many documents the import held. Linear in the highlights of both:
 * every lookup is a map, and an id another document uses becomes "id-2", "id-3", ... counting on from the
 * last suffix given for that id.
 */
export function mergeNotebooks(
  current: Notebook,
  incoming: Notebook,
): { notebook: Notebook; added: number; updated: number; unchanged: number; documents: number } {
  const documents = current.documents.slice();
  const index = new Map(documents.map((d, i) => [d.key, i]));
  const owner = new Map<string, string>();
  for (const d of documents) for (const h of d.highlights) owner.set(h.id, d.key);
  const filings = new Map<number, Filing>();
  const nextSuffix = new Map<string, number>();
  const keys = new Set<string>();
  let added = 0;
  let updated = 0;
  let unchanged = 0;

  /** A free id derived from `id`, for an imported highlight whose id another document already uses. */
  const derivedId = (id: string): string => {
    const base = id.slice(0, MAX_ID_CHARS - 6);
    let n = nextSuffix.get(base) ?? 2;
    while (owner.has(`${base}-${n}`)) n++;
    nextSuffix.set(base, n + 1);
    return `${base}-${n}`;
  };

  for (const inc of incoming.documents) {
    const key = documentKey(inc.url);
    keys.add(key);
    let i = index.get(key);
    if (i === undefined) {
      i = documents.push({ ...snapshotFields(inc), key, savedAt: inc.savedAt, updatedAt: inc.updatedAt, highlights: [] }) - 1;
      index.set(key, i);
    } else {
      const cur = documents[i];
      const snapshot = inc.updatedAt > cur.updatedAt ? snapshotFields(inc) : snapshotFields(cur);
      documents[i] = { ...cur, ...snapshot, savedAt: earlier(cur.savedAt, inc.savedAt), updatedAt: later(cur.updatedAt, inc.updatedAt) };
    }
    let f = filings.get(i);
    if (!f) filings.set(i, (f = filing(documents[i].highlights)));
    for (const h of inc.highlights) {
      const byId = owner.get(h.id) === key ? (f.byId.get(h.id) ?? -1) : -1;
      const at = byId >= 0 ? byId : (f.bySpot.get(spotOf(h.selectors)) ?? -1);
      if (at < 0) {
        const id = owner.has(h.id) ? derivedId(h.id) : h.id;
        owner.set(id, key);
        const copy = { ...copyHighlight(h), id };
        f.byId.set(id, f.highlights.length);
        if (!f.bySpot.has(spotOf(copy.selectors))) f.bySpot.set(spotOf(copy.selectors), f.highlights.length);
        f.highlights.push(copy);
        added++;
        continue;
      }
      const old = f.highlights[at];
      if (h.updatedAt > old.updatedAt && (h.note !== old.note || h.category !== old.category)) {
        f.highlights[at] = { ...old, note: h.note, category: h.category, updatedAt: h.updatedAt };
        updated++;
      } else {
        unchanged++;
      }
    }
  }
  for (const [i, f] of filings) documents[i] = { ...documents[i], highlights: f.highlights };
  return { notebook: { ...current, documents: documents.filter((d) => d.highlights.length) }, added, updated, unchanged, documents: keys.size };
}

function copyHighlight(h: SavedHighlight): SavedHighlight {
  return {
    id: h.id,
    selectors: { quote: { ...h.selectors.quote }, position: { ...h.selectors.position } },
    category: h.category,
    note: h.note,
    origin: h.origin,
    ...(h.clauseRef ? { clauseRef: h.clauseRef } : {}),
    savedAt: h.savedAt,
    updatedAt: h.updatedAt,
  };
}
