/**
 * The local history of the documents a reader has read: one compact version per distinct text
 * (clauses compressed, terms, deviations, the date read and the document's own "last updated"),
 * bounded by a size cap that drops the oldest versions of the least recently read documents first.
 * Pure model: the background's history store is its only writer.
 */
import { blockKey, compareVersions, type Comparison, type VersionBlock, type VersionSide } from '../engine/compare';
import type { Deviation, DocType, Report, Terms } from '../engine/report';

export const HISTORY_SCHEMA = 1;

/** Default size cap: well inside storage.local's 10 MB, leaving room for the notebook and baselines. */
export const DEFAULT_HISTORY_CAP = 4 * 1024 * 1024;

export interface StoredVersion {
  /** When this text was first read (ms since the epoch). */
  readAt: number;
  /** When it was last read: a revisit of the same text moves this, and adds nothing else. */
  seenAt: number;
  /** The date the document states it was last updated or took effect (YYYY-MM-DD), if any. */
  stated: string | null;
  /** Fingerprint of the blocks' matching keys: two texts that differ only in formatting share it. */
  fingerprint: string;
  docType: DocType;
  title: string | null;
  /** The blocks, JSON then deflate-raw, base64. */
  blocks: string;
  /** Characters of block text before compression (for the options page's figures). */
  chars: number;
  terms: Terms;
  deviations: Pick<Deviation, 'rule' | 'severity' | 'title' | 'expected' | 'found'>[];
}

export interface DocHistory {
  /** Keyed as saved highlights are: the address without its fragment; a PDF by its bytes. */
  key: string;
  url: string;
  vendor: string;
  lastRead: number;
  /** Oldest first. */
  versions: StoredVersion[];
}

export interface History {
  schema: typeof HISTORY_SCHEMA;
  docs: DocHistory[];
}

export const emptyHistory = (): History => ({ schema: HISTORY_SCHEMA, docs: [] });

// ---- compact versions -------------------------------------------------------------------------

/** Two FNV-1a hashes with different seeds: 64 bits, enough that distinct versions never collide in practice. */
function hash64(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export function fingerprint(blocks: VersionBlock[]): string {
  return hash64(blocks.map((b) => blockKey(b.text)).filter(Boolean).join('\n'));
}

const KIND_CODES = { heading: 'h', paragraph: 'p', 'list-item': 'l' } as const;
const CODE_KINDS = { h: 'heading', p: 'paragraph', l: 'list-item' } as const;

async function pipe(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(s: string): Uint8Array<ArrayBuffer> {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The blocks as [kind, start, text] rows, compressed (deflate-raw) and base64-encoded for storage. */
export async function packBlocks(blocks: VersionBlock[]): Promise<string> {
  const rows = blocks.map((b) => [KIND_CODES[b.kind], b.start, b.text]);
  return toBase64(await pipe(new TextEncoder().encode(JSON.stringify(rows)), new CompressionStream('deflate-raw')));
}

/** The blocks back from storage; throws on anything that is not what packBlocks wrote. */
export async function unpackBlocks(packed: string): Promise<VersionBlock[]> {
  const rows = JSON.parse(new TextDecoder().decode(await pipe(fromBase64(packed), new DecompressionStream('deflate-raw')))) as unknown;
  if (!Array.isArray(rows)) throw new Error('stored version: blocks are not a list');
  return rows.map((r) => {
    if (!Array.isArray(r) || !(r[0] in CODE_KINDS) || typeof r[1] !== 'number' || typeof r[2] !== 'string') throw new Error('stored version: malformed block');
    return { kind: CODE_KINDS[r[0] as keyof typeof CODE_KINDS], start: r[1], end: r[1] + r[2].length, text: r[2] };
  });
}

/** Terms without the rule traces (`why`): a version keeps what was read and where, not how. */
function compactTerms(t: Terms): Terms {
  const strip = <T extends { why: unknown[] } | null>(o: T): T => (o ? { ...o, why: [] } : o);
  return {
    breachNotice: strip(t.breachNotice),
    transfers: strip(t.transfers),
    subprocessors: strip(t.subprocessors),
    deletion: strip(t.deletion),
    retention: t.retention.map(strip),
    audit: strip(t.audit),
    liability: strip(t.liability),
    governingLaw: strip(t.governingLaw),
    dsrResponseDays: t.dsrResponseDays,
    dsrResponse: strip(t.dsrResponse),
    outdatedLaw: strip(t.outdatedLaw),
  };
}

/** A compact version of an analyzed document. */
export async function makeVersion(report: Report, blocks: VersionBlock[], stated: string | null, now: number): Promise<StoredVersion> {
  return {
    readAt: now,
    seenAt: now,
    stated,
    fingerprint: fingerprint(blocks),
    docType: report.docType,
    title: report.title,
    blocks: await packBlocks(blocks),
    chars: blocks.reduce((n, b) => n + b.text.length, 0),
    terms: compactTerms(report.terms),
    deviations: report.deviations.map(({ rule, severity, title, expected, found }) => ({ rule, severity, title, expected, found })),
  };
}

/** What the comparison needs of a stored version. */
export async function versionSide(v: StoredVersion): Promise<VersionSide> {
  return { blocks: await unpackBlocks(v.blocks), terms: v.terms, deviations: v.deviations };
}

/** What changed from a stored version to the text being read now. */
export async function compareWithStored(previous: StoredVersion, current: VersionSide): Promise<Comparison> {
  return compareVersions(await versionSide(previous), current);
}

// ---- the bounded history ---------------------------------------------------------------------

/** Storage a version takes, in characters of its JSON (what storage.local counts). */
export const versionSize = (v: StoredVersion) => JSON.stringify(v).length;

export function historySize(h: History): number {
  return JSON.stringify(h).length;
}

export interface RecordResult {
  history: History;
  /** 'first': the document was not in the history; 'same': this text was already the latest version. */
  outcome: 'first' | 'same' | 'changed';
  /** The latest version before this one ('same': the version itself, before this visit). */
  previous: StoredVersion | null;
  /** Versions dropped to stay under the cap (oldest versions of the least recently read documents). */
  dropped: number;
}

export interface DocIdentity {
  key: string;
  url: string;
  vendor: string;
}

/**
 * Adds a version of a document unless it is the same text as its latest one; then keeps under the cap.
 * `replaceLatest`: the latest version was made earlier in this same visit (a page whose text arrives in
 * steps); it is replaced, so the comparison stays with what the reader saw on their previous visit.
 */
export function recordVersion(h: History, doc: DocIdentity, v: StoredVersion, cap = DEFAULT_HISTORY_CAP, opts: { replaceLatest?: boolean } = {}): RecordResult {
  const docs = h.docs.map((d) => ({ ...d, versions: [...d.versions] }));
  let entry = docs.find((d) => d.key === doc.key);
  if (entry && opts.replaceLatest && entry.versions.length) {
    const mine = entry.versions[entry.versions.length - 1];
    if (mine.fingerprint === v.fingerprint) {
      entry.versions[entry.versions.length - 1] = { ...mine, seenAt: v.seenAt };
      entry.lastRead = v.seenAt;
      const before = entry.versions[entry.versions.length - 2] ?? null;
      return { history: { schema: HISTORY_SCHEMA, docs }, outcome: before ? 'changed' : 'first', previous: before, dropped: 0 };
    }
    entry.versions.pop();
  }
  const previous = entry?.versions[entry.versions.length - 1] ?? null;
  if (entry && previous && previous.fingerprint === v.fingerprint) {
    entry.versions[entry.versions.length - 1] = { ...previous, seenAt: v.seenAt };
    entry.lastRead = v.seenAt;
    entry.url = doc.url;
    return { history: { schema: HISTORY_SCHEMA, docs }, outcome: 'same', previous, dropped: 0 };
  }
  if (!entry) {
    entry = { key: doc.key, url: doc.url, vendor: doc.vendor, lastRead: v.readAt, versions: [] };
    docs.push(entry);
  }
  entry.versions.push(v);
  entry.lastRead = v.readAt;
  entry.url = doc.url;
  entry.vendor = doc.vendor || entry.vendor;
  const capped = enforceCap({ schema: HISTORY_SCHEMA, docs }, cap, doc.key);
  return { history: capped.history, outcome: previous ? 'changed' : 'first', previous, dropped: capped.dropped };
}

/**
 * Drops versions until the history fits the cap: the oldest version of the least recently read
 * document first. The latest version of `keep` (the one just read) is never dropped.
 */
export function enforceCap(h: History, cap: number, keep?: string): { history: History; dropped: number } {
  const docs = h.docs.map((d) => ({ ...d, versions: [...d.versions] }));
  let size = historySize({ schema: HISTORY_SCHEMA, docs });
  let dropped = 0;
  const order = [...docs].sort((a, b) => a.lastRead - b.lastRead);
  for (const d of order) {
    while (size > cap && d.versions.length > (d.key === keep ? 1 : 0)) {
      const v = d.versions.shift()!;
      size -= versionSize(v) + 1;
      dropped++;
    }
    if (size <= cap) break;
  }
  const kept = docs.filter((d) => d.versions.length);
  return { history: { schema: HISTORY_SCHEMA, docs: kept }, dropped };
}

/** The latest version of a document, or null. */
export function latestVersion(h: History, key: string): StoredVersion | null {
  const d = h.docs.find((x) => x.key === key);
  return d?.versions[d.versions.length - 1] ?? null;
}

/** Reads stored history, repairing what can be repaired and dropping what cannot (never throwing). */
export function parseHistory(raw: unknown): { history: History; problems: string[] } {
  const problems: string[] = [];
  if (raw === null || raw === undefined) return { history: emptyHistory(), problems };
  if (typeof raw !== 'object' || !Array.isArray((raw as History).docs)) return { history: emptyHistory(), problems: ['history: not a history object; started afresh'] };
  const docs: DocHistory[] = [];
  for (const d of (raw as History).docs) {
    if (!d || typeof d.key !== 'string' || typeof d.url !== 'string' || !Array.isArray(d.versions)) {
      problems.push('history: a document entry was malformed and was dropped');
      continue;
    }
    const versions = d.versions.filter((v) => v && typeof v.blocks === 'string' && typeof v.fingerprint === 'string' && typeof v.readAt === 'number' && v.terms && Array.isArray(v.deviations));
    if (versions.length < d.versions.length) problems.push(`history: ${d.versions.length - versions.length} malformed version(s) of ${d.url} dropped`);
    if (versions.length) docs.push({ key: d.key, url: d.url, vendor: typeof d.vendor === 'string' ? d.vendor : '', lastRead: typeof d.lastRead === 'number' ? d.lastRead : 0, versions });
  }
  return { history: { schema: HISTORY_SCHEMA, docs }, problems };
}
