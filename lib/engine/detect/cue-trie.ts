/**
 * Counting cue phrases in a text in one pass: the phrases become a word trie, and walking it from
 * each word reads the longest phrase that starts there.
 */

/** A word trie of the cue phrases: walking it from a word reads the longest phrase there. */
interface TrieNode {
  cue: number;
  next: Map<string, TrieNode> | null;
}

const S = 115; // "s"

/** Crude stemming shared by phrases and text: plural "s" off, so "processors" meets "processor". */
function stem(word: string): string {
  const n = word.length;
  if (n < 5 || word.charCodeAt(n - 1) !== S) return word;
  const before = word.charCodeAt(n - 2);
  // "access", "status", "analysis" keep their s.
  if (before === S || before === 117 || before === 105) return word;
  return word.slice(0, -1);
}

/** Latin letters with accents (English, German, most EU languages) and digits. */
const WORD = /[a-z0-9\u00c0-\u024f]+/g;

function words(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const w = m[0];
    // Single letters are possessive "s", "e.g." and list markers: noise, except the article "a".
    if (w.length === 1 && w !== 'a' && (w < '0' || w > '9')) continue;
    out.push(stem(w));
  }
  return out;
}

/** A pattern's slots, each as its alternatives' words: "we (may|) (use|share)" -> [[we]], [[may], []], [[use], [share]]. */
function slots(pattern: string): string[][][] {
  return (pattern.match(/\([^)]*\)|[^\s()]+/g) ?? []).map((slot) =>
    (slot.startsWith('(') ? slot.slice(1, -1).split('|') : [slot]).map((alt) => (alt ? words(alt) : [])),
  );
}

/** Cues whose phrases are whole words; "(a|b)" in a slot expands to alternatives, "(a|)" makes a slot optional. */
export interface PhraseCue {
  phrases: readonly string[];
}

/**
 * The trie of every phrase the patterns expand to, built slot by slot: each slot extends every node the
 * phrase can have reached so far by each of its alternatives, so the ~4,000 expansions are never
 * spelled out as strings (a third of a cold CLI run's start-up went to that).
 */
function compile(cues: readonly PhraseCue[]): TrieNode {
  const root: TrieNode = { cue: -1, next: new Map() };
  const step = (from: TrieNode, w: string): TrieNode => {
    from.next ??= new Map();
    let child = from.next.get(w);
    if (!child) from.next.set(w, (child = { cue: -1, next: null }));
    return child;
  };
  cues.forEach((cue, index) => {
    for (const pattern of cue.phrases) {
      let reached: TrieNode[] = [root];
      for (const alts of slots(pattern)) {
        const next: TrieNode[] = [];
        for (const node of reached) {
          for (const ws of alts) {
            let at = node;
            for (const w of ws) at = step(at, w);
            next.push(at);
          }
        }
        reached = next;
      }
      // The first cue to claim a phrase keeps it; a pattern whose every slot is empty claims nothing.
      for (const node of reached) if (node !== root && node.cue < 0) node.cue = index;
    }
  });
  return root;
}

export const countWords = (text: string) => words(text).length;

export type CueCounter = (text: string) => { hits: number[]; wordCount: number };

/**
 * A counter of each cue's occurrences, and of the words, in one pass over the words. The trie is
 * built on the first call, so importing the tables costs nothing until a page is classified.
 */
export function cueCounter(cues: readonly PhraseCue[]): CueCounter {
  let trie: TrieNode | null = null;
  return (text) => {
    trie ??= compile(cues);
    return countCues(trie, cues.length, text);
  };
}

function countCues(trie: TrieNode, cueCount: number, text: string): { hits: number[]; wordCount: number } {
  const ws = words(text);
  const hits = new Array<number>(cueCount).fill(0);
  for (let i = 0; i < ws.length; i++) {
    // Longest phrase starting here wins; a word feeds at most one cue.
    let node = trie.next?.get(ws[i]);
    let found = -1;
    let length = 0;
    for (let n = 1; node; n++) {
      if (node.cue >= 0) {
        found = node.cue;
        length = n;
      }
      node = i + n < ws.length ? node.next?.get(ws[i + n]) : undefined;
    }
    if (found >= 0) {
      hits[found]++;
      i += length - 1;
    }
  }
  return { hits, wordCount: ws.length };
}
