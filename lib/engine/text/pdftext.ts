/**
 * Plain text (typed, copied from a page, or extracted from a PDF) cleaned without inventing
 * structure: odd spaces and page furniture go, words split by PDF extraction are rejoined.
 */
import type { PlainText } from './types';
import { detectLanguage } from '../detect/language';

/**
 * Very common English words (function words and the commonest legal ones). They count as known
 * words when deciding whether two fragments are one broken word ("th e") or two words ("a part").
 */
const COMMON_WORDS = new Set(
  (
    'a about above across after again against all also an and any are as at be because been before ' +
    'being below between both but by can cannot could did do does doing done down during each either ' +
    'else even every few for from further had has have having he her here hers him his how i if in ' +
    'into is it its itself just may me might more most must my no nor not now of off on once one only ' +
    'onto or other our ours out over own per same shall she should so some such than that the their ' +
    'them then there these they this those through thus to too under until up upon us very was we ' +
    'were what when where whether which while who whom whose why will with within without would you ' +
    'your yours ' +
    'able access account act action added additional address affiliate affiliates agree agreed ' +
    'agreement agreements allow already always another apply applicable appropriate area article ' +
    'available back based basis become becomes breach business case certain change changes clause ' +
    'clauses come company complete comply condition conditions confidential consent contact content ' +
    'contract control controller cost country court customer customers data date day days deal ' +
    'delete deletion describe described detail details direct document each effect either email end ' +
    'ensure entity event except extent fact fee fees first follow following form full further general ' +
    'give given good group help however include included includes including incident information ' +
    'instead interest into issue keep kind know language last later law laws legal less level like ' +
    'limit limited list long made make manner many matter means measures member name necessary need ' +
    'new next note notice notify number obligation obligations offer order part parties party people ' +
    'period person personal place point policy possible post practice present prior privacy process ' +
    'processed processing processor product provide provided provider provision provisions public ' +
    'purpose purposes reason reasonable receive record regard regarding related relevant report request ' +
    'require required respect responsible result right rights risk rule rules section security see ' +
    'service services set share should sign since site small specific state statement states subject ' +
    'support system take term terms test text third time together transfer transfers two type under ' +
    'use used user users using way well work world write written year years'
  ).split(' '),
);

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u000b\u000c\u0085]/g;
const ZERO_WIDTH = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** C0/C1 controls other than tab and newline: extraction debris. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

const PAGE_LABEL = /^(?:page|seite|sida|p\.)\s*\d{1,4}(?:\s*(?:of|\/|von|av)\s*\d{1,4})?$/i;
const DASHED_NUMBER = /^[-\u2013\u2014]\s*\d{1,4}\s*[-\u2013\u2014]$/;
const NUMBER_OF = /^\d{1,4}\s*(?:\/|of)\s*\d{1,4}$/i;
const BARE_NUMBER = /^\d{1,4}$/;

const WORD = /\p{L}+/gu;
const NON_WORD = /\P{L}+/u;

interface LineJoin {
  line: number;
  at: number;
  len: number;
}

/** What the cleaner did, for measuring the repairs. */
export interface CleanStats {
  pageNumbers: number;
  runningLines: number;
  /** The broken forms rejoined, as found ("confl ict"). */
  joinedWords: string[];
  /** The words rejoined across a line-end hyphen. */
  dehyphenated: string[];
}

/**
 * Indices of page-number lines: "Page 3 of 9" and "- 3 -" always; bare numbers only when they
 * run in sequence (1, 2, 3 ... with small gaps), so a lone "10" in a flattened table survives.
 */
function pageNumberLines(lines: string[]): number[] {
  const found: number[] = [];
  const bare: Array<[number, number]> = [];
  lines.forEach((line, i) => {
    const t = line.trim();
    if (!t || t.length > 24) return;
    if (PAGE_LABEL.test(t) || DASHED_NUMBER.test(t) || NUMBER_OF.test(t)) found.push(i);
    else if (BARE_NUMBER.test(t)) bare.push([i, Number(t)]);
  });
  const seq: number[] = [];
  let last: number | null = null;
  for (const [i, n] of bare) {
    if (last === null ? n <= 3 : n > last && n <= last + 2) {
      seq.push(i);
      last = n;
    }
  }
  // Loops, not push(...seq): a spread of a million lines overflows the call stack.
  if (seq.length >= 2) for (const i of seq) found.push(i);
  return found.sort((a, b) => a - b);
}

/**
 * Running headers/footers: short lines recurring next to page breaks on at least half the pages.
 * Without page breaks nothing is dropped: a recurring short line is then more likely a heading.
 */
function runningLines(lines: string[], breaks: number[]): number[] {
  if (breaks.length < 2) return [];
  const pages = breaks.length + 1;
  const near = new Map<string, Set<number>>();
  const isBreak = new Set(breaks);
  // The document's start and end are page edges too: the first page has a header as well.
  for (const b of [-1, ...breaks, lines.length]) {
    // The two non-blank lines either side of a break are where headers and footers sit.
    for (const dir of [-1, 1]) {
      let seen = 0;
      for (let k = b + dir; k >= 0 && k < lines.length && seen < 2; k += dir) {
        if (isBreak.has(k)) break;
        const t = lines[k].trim();
        if (!t) continue;
        seen++;
        if (t.length > 70 || !/\p{L}/u.test(t)) continue;
        const key = t.replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
        let list = near.get(key);
        if (!list) near.set(key, (list = new Set()));
        list.add(k);
      }
    }
  }
  const out: number[] = [];
  for (const idx of near.values()) if (idx.size >= Math.max(3, Math.ceil(pages / 2))) for (const k of idx) out.push(k);
  return out;
}

/** Starts only where a word starts, so a long run of letters is read once (linear, see test/hardening). */
const COMPOUND = /(?<!\p{L})\p{L}+-\p{L}+/gu;

/** Hyphenated compounds written on one line ("sub-processor"), lower-cased, with how often each occurs. */
function countCompounds(lines: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of lines) for (const m of line.matchAll(COMPOUND)) out.set(m[0].toLowerCase(), (out.get(m[0].toLowerCase()) ?? 0) + 1);
  return out;
}

/** A line that ends a sentence, a heading or a list item's lead-in: the page break after it may end a paragraph. */
const ENDS_BLOCK = /[.!?:;)\]"'’”»]$/;

/**
 * A sentence running on over a page break ("(1) notify Customer of the" / page / "Security Incident;")
 * is one paragraph: the blank lines at the page edge go when the line before them is a full line (as
 * wide as the page's text usually runs) that does not end a sentence. A short line before the break
 * (a heading, the end of a paragraph) keeps the break.
 */
function joinAcrossPages(lines: string[], kept: number[], feeds: Set<number>): { lines: string[]; kept: number[] } {
  if (!feeds.size) return { lines, kept };
  const widths = lines.map((l) => l.trim().length).filter((n) => n >= 20).sort((a, b) => a - b);
  if (widths.length < 10) return { lines, kept };
  const full = 0.8 * widths[Math.floor(widths.length * 0.75)];
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!feeds.has(kept[i])) continue;
    let a = i - 1;
    while (a >= 0 && !lines[a].trim()) a--;
    let b = i + 1;
    while (b < lines.length && !lines[b].trim()) b++;
    if (a < 0 || b >= lines.length) continue;
    const before = lines[a].trim();
    if (before.length < full || ENDS_BLOCK.test(before)) continue;
    for (let k = a + 1; k < b; k++) drop.add(k);
  }
  if (!drop.size) return { lines, kept };
  return { lines: lines.filter((_, i) => !drop.has(i)), kept: kept.filter((_, i) => !drop.has(i)) };
}

function countWords(text: string): Map<string, number> {
  const vocab = new Map<string, number>();
  for (const w of text.toLowerCase().split(NON_WORD)) if (w) vocab.set(w, (vocab.get(w) ?? 0) + 1);
  return vocab;
}

/**
 * Languages that write compounds closed (Auftragsverarbeiter, personuppgiftsbiträde): there a word broken at a line
 * end with a lowercase continuation is hyphenation, whether or not the whole word occurs elsewhere in the document.
 */
const CLOSED_COMPOUNDS = new Set(['de', 'sv', 'da', 'no', 'nl', 'fi']);
/**
 * The conjunctions after a suspended compound ("Ein- und Ausgabe", "person- och organisationsnummer", "pre- and
 * post-processing"): the hyphen is the writer's and the line break stands for the space after it.
 */
/** A word in capitals (an abbreviation such as "EU", or text set in capitals). */
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const SUSPENSION = new Set(['and', 'or', 'und', 'oder', 'bzw', 'sowie', 'och', 'eller', 'samt']);

/**
 * Rejoins "notifi-\ncation" when "notification" is a known word; the fragment moves up so line
 * structure is kept. A compound broken at its own hyphen ("Sub-\nprocessor", "third-\nparty": the
 * word without the hyphen is unknown) keeps the hyphen and loses only the line break, so it reads
 * as the document writes it elsewhere ("Sub-processor"). In a language that writes compounds closed
 * ("Auftrags-\nverarbeiter"), the word is joined unless the document writes it with the hyphen, the
 * part before is an abbreviation ("EU-\nrätt"); a suspended compound ("Ein-\nund Ausgabe") is left as written.
 */
function dehyphenate(lines: string[], known: (w: string) => boolean, compounds: Map<string, number>, vocab: Map<string, number>, stats: CleanStats, joins: LineJoin[]): void {
  let closed: boolean | null = null;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    if (!line.endsWith('-')) continue;
    let start = line.length - 1;
    while (start > 0 && /\p{L}/u.test(line[start - 1])) start--;
    if (start === line.length - 1) continue;
    const head = [line.slice(start), line.slice(start, -1)];
    const tail = /^(\s*)(\p{L}+)([.,;:)]?)(\s?)/u.exec(lines[i + 1]);
    if (!tail || SUSPENSION.has(tail[2])) continue;
    const joined = head[1] + tail[2];
    const lower = joined.toLowerCase();
    // Written with its hyphen elsewhere at least as often as without ("Sub-processor" 31 times, "SUBPROCESSOR" once);
    // a capital after the hyphen is a compound's own ("Sub-\nProcessor", "EU-\nKommission"), never hyphenation —
    // except in text set in capitals ("PERSONEN-\nBEZOGENEN"), where capitals say nothing.
    const capitals = ALL_CAPS.test(head[1]) && ALL_CAPS.test(tail[2]);
    const hyphenated = compounds.get(`${head[1]}-${tail[2]}`.toLowerCase()) ?? 0;
    const writersHyphen = (!capitals && /^\p{Lu}/u.test(tail[2])) || (hyphenated > 0 && hyphenated >= (vocab.get(lower) ?? 0));
    let keepHyphen = writersHyphen || !known(lower);
    if (keepHyphen && !writersHyphen) {
      // Judged once per text, and only when a line-end hyphen leaves the question open.
      closed ??= CLOSED_COMPOUNDS.has(detectLanguage(lines.join('\n')).language);
      // An address's own hyphen ("…/service-\nstandards", "DATA-PROTECTION-\nOFFICER@…") is never hyphenation.
      const address = /[/@:_.\d]/.test(line.slice(line.lastIndexOf(' ') + 1, start)) || /^\S*[@/]/.test(lines[i + 1].slice(tail[1].length));
      if (closed && !address && (capitals || !ALL_CAPS.test(head[1]))) keepHyphen = false;
    }
    if (keepHyphen) {
      // The line break and the next line's indent go; the hyphen stays.
      joins.push({ line: i, at: line.length, len: 1 + tail[1].length });
      continue;
    }
    // The hyphen, the line break and the next line's indent go: "-" at the line end, plus tail[1].
    joins.push({ line: i, at: line.length - 1, len: 2 + tail[1].length });
    stats.dehyphenated.push(joined);
  }
}

/**
 * Rejoins words PDF extraction split with a space ("confl ict", "Inc ident", "th e"): the two
 * fragments join when the whole word is known (elsewhere in the document unbroken, or a very
 * common word) and the fragments are not both words of their own ("a part", "in the").
 */
function joinBrokenWords(lines: string[], vocab: Map<string, number>, stats: CleanStats, joins: LineJoin[]): void {
  const known = (w: string): boolean => COMMON_WORDS.has(w) || (vocab.get(w) ?? 0) > 0;
  type Pair = { line: number; a: RegExpMatchArray; b: RegExpMatchArray };
  const candidates: Pair[] = [];
  /** How often each fragment occurs inside a candidate pair: those uses don't make it a word. */
  const fragmentUses = new Map<string, number>();
  lines.forEach((line, li) => {
    const words = [...line.matchAll(WORD)];
    for (let k = 0; k + 1 < words.length; k++) {
      const a = words[k];
      const b = words[k + 1];
      const aEnd = (a.index as number) + a[0].length;
      if (b.index !== aEnd + 1 || line[aEnd] !== ' ') continue;
      const joined = (a[0] + b[0]).toLowerCase();
      if (!known(joined)) continue;
      // A capital after the gap starts a new word ("Data Processor"), except in all-caps text.
      if (/^\p{Lu}/u.test(b[0]) && !/^\p{Lu}+$/u.test(a[0] + b[0])) continue;
      // Letters glued to digits or apostrophes are not fragments of one word.
      if (/[\p{N}'’]/u.test(line[(a.index as number) - 1] ?? '') || /[\p{N}'’]/u.test(line[b.index + b[0].length] ?? '')) continue;
      candidates.push({ line: li, a, b });
      for (const f of [a[0].toLowerCase(), b[0].toLowerCase()]) fragmentUses.set(f, (fragmentUses.get(f) ?? 0) + 1);
    }
  });
  // Single letters other than "a" and "I" are list labels or initials elsewhere, never words.
  const isWord = (f: string): boolean =>
    f.length === 1 ? f === 'a' || f === 'i' : COMMON_WORDS.has(f) || (vocab.get(f) ?? 0) > (fragmentUses.get(f) ?? 0);
  /** Where each join ends (line and offset), so an overlapping candidate is found without scanning them all. */
  const joinEnds = new Set(joins.map((j) => `${j.line}:${j.at}`));
  for (let k = candidates.length - 1; k >= 0; k--) {
    const { line, a, b } = candidates[k];
    const fa = a[0].toLowerCase();
    const fb = b[0].toLowerCase();
    if (isWord(fa) && isWord(fb)) continue;
    // Two single letters ("a b") are list labels or initials, not a split word.
    if (fa.length === 1 && fb.length === 1) continue;
    const aEnd = (a.index as number) + a[0].length;
    if (joinEnds.has(`${line}:${(b.index as number) + b[0].length}`)) continue; // overlaps a join
    joins.push({ line, at: aEnd, len: 1 });
    joinEnds.add(`${line}:${aEnd}`);
    stats.joinedWords.push(a[0] + ' ' + b[0]);
  }
}

/** Trailing spaces and tabs off (a loop: /[ \t]+$/ backtracks quadratically on long space runs). */
function trimEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** Cleans plain text; `stats` (optional) receives what was repaired. */
export function cleanPlainText(raw: string, stats?: CleanStats): PlainText {
  return cleanLines(raw, stats).plain;
}

/**
 * Characters the cleaner removes before anything else (zero-width and control characters) or
 * reads as a line or page break. A reader that maps the text back to its source (the PDF reader)
 * takes them out itself, so that every line it hands over keeps its length.
 */
export function isDroppedChar(c: string): boolean {
  ZERO_WIDTH.lastIndex = 0;
  CONTROLS.lastIndex = 0;
  return ZERO_WIDTH.test(c) || CONTROLS.test(c);
}

/**
 * cleanPlainText, also telling which input lines were kept (`kept[i]` is the input line of output
 * line i). Each kept line is its input line with odd spaces made plain and trailing blanks cut.
 */
export function cleanLines(raw: string, stats?: CleanStats): { plain: PlainText; kept: number[] } {
  const st: CleanStats = stats ?? { pageNumbers: 0, runningLines: 0, joinedWords: [], dehyphenated: [] };
  const text = raw.replace(/\r\n?/g, '\n').replace(ZERO_WIDTH, '');
  let lines = text.split('\n');
  // Form feeds are page breaks: remember where they were before they become spaces.
  const feedLines: number[] = [];
  lines.forEach((l, i) => {
    if (l.includes('\f')) feedLines.push(i);
  });
  lines = lines.map((l) => trimEnd(l.replace(ODD_SPACES, ' ').replace(CONTROLS, '')));

  const pageLines = pageNumberLines(lines);
  const breaks = [...new Set([...pageLines, ...feedLines])].sort((a, b) => a - b);
  const running = runningLines(lines, breaks);
  const drop = new Set([...pageLines, ...running]);
  st.pageNumbers += pageLines.length;
  st.runningLines += running.length;
  let kept: number[] = [];
  lines = lines.filter((_, i) => !drop.has(i) && kept.push(i) > 0);
  ({ lines, kept } = joinAcrossPages(lines, kept, new Set(feedLines)));

  const vocab = countWords(lines.join('\n'));
  const found: LineJoin[] = [];
  dehyphenate(lines, (w) => COMMON_WORDS.has(w) || (vocab.get(w) ?? 0) > 0, countCompounds(lines), vocab, st, found);
  joinBrokenWords(lines, vocab, st, found);

  // The text stays as written (quotes and highlights must match the page); the joins only steer matching.
  const lineStart: number[] = [];
  let pos = 0;
  for (const l of lines) {
    lineStart.push(pos);
    pos += l.length + 1;
  }
  const joins = found.map((j) => ({ at: lineStart[j.line] + j.at, len: j.len })).sort((a, b) => a.at - b.at);
  const out = lines.join('\n');
  return { plain: { text: out, title: plainTitle(lines), hints: null, joins }, kept };
}

/** Lines that open a document but are not its title: dates, versions, "last updated". */
const NOT_A_TITLE = /^(?:(?:last\s+)?(?:updated|modified|revised|effective|version|date)\b|\(?\s*last updated|\d{4}-\d{2}-\d{2}$)/i;

function plainTitle(lines: string[]): string | null {
  for (const line of lines.slice(0, 40)) {
    const t = line.trim().replace(/\s+/g, ' ');
    if (!t) continue;
    if (t.length > 120 || (t.match(/\p{L}/gu) ?? []).length < 3 || NOT_A_TITLE.test(t)) continue;
    return t;
  }
  return null;
}
