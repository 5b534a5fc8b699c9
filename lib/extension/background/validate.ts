/** Payload checks for the background's messages: a page (or a compromised renderer) can send anything. */
import { CATEGORIES, type Category } from '@/lib/engine/report';
import { lineMarks, type PlainText } from '@/lib/engine/text/types';
import { selectorsError } from '@/lib/notebook/anchor';
import type { SaveRequest } from '../protocol';

/** A message payload that is not what its type declares. */
export class PayloadError extends Error {}

type Json = Record<string, unknown>;
const object = (v: unknown, what: string): Json => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new PayloadError(`${what}: expected an object`);
  return v as Json;
};
export const text = (v: unknown, what: string, max = 1_000_000): string => {
  if (typeof v !== 'string' || v.length > max) throw new PayloadError(`${what}: expected text of at most ${max} characters`);
  return v;
};
export const flag = (v: unknown, what: string): boolean => {
  if (typeof v !== 'boolean') throw new PayloadError(`${what}: expected true or false`);
  return v;
};
export const tabId = (v: unknown): number => {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new PayloadError('tabId: expected a tab id');
  return v;
};
export const id = (v: unknown, what = 'id'): string => text(v, what, 64);
export const category = (v: unknown): Category | null => {
  if (v === null || (typeof v === 'string' && (CATEGORIES as readonly string[]).includes(v))) return v as Category | null;
  throw new PayloadError('category: expected a category id or null');
};

/** Page text as the page's extraction makes it (the engine caps what it reads). */
export function plainText(v: unknown): PlainText {
  const o = object(v, 'plain');
  const t = text(o.text, 'plain.text', 50_000_000);
  const title = o.title === null ? null : text(o.title, 'plain.title', 10_000);
  if (o.hints !== null && !Array.isArray(o.hints)) throw new PayloadError('plain.hints: expected a list or null');
  const hints = (o.hints as unknown[] | null)?.map((h, i) => {
    const b = object(h, `plain.hints[${i}]`);
    if (typeof b.start !== 'number' || typeof b.end !== 'number' || typeof b.kind !== 'string') throw new PayloadError(`plain.hints[${i}]: expected kind, start and end`);
    return b;
  }) ?? null;
  if (o.joins !== undefined && !(Array.isArray(o.joins) && o.joins.every((j) => typeof j === 'object' && j !== null && Number.isSafeInteger((j as Json).at) && Number.isSafeInteger((j as Json).len)))) {
    throw new PayloadError('plain.joins: expected a list of { at, len }');
  }
  const siteName = o.siteName === undefined || o.siteName === null ? undefined : text(o.siteName, 'plain.siteName', 200);
  for (const key of ['headingLines', 'itemLines'] as const) {
    const at = o[key];
    if (at !== undefined && !(Array.isArray(at) && at.length <= 200_000 && at.every((k) => Number.isSafeInteger(k) && k >= 0 && k <= t.length))) {
      throw new PayloadError(`plain.${key}: expected a list of offsets into the text`);
    }
  }
  return {
    text: t,
    title,
    hints: hints as unknown as PlainText['hints'],
    ...(o.joins !== undefined ? { joins: o.joins as PlainText['joins'] } : {}),
    ...(siteName !== undefined ? { siteName } : {}),
    ...lineMarks(o as Pick<PlainText, 'headingLines' | 'itemLines'>),
  };
}

/** One clause or selection to save. */
export function saveRequest(v: unknown, i: number): SaveRequest {
  const o = object(v, `items[${i}]`);
  const refused = selectorsError(o.selectors);
  if (refused) throw new PayloadError(`items[${i}].${refused}`);
  if (o.origin !== 'clause' && o.origin !== 'selection') throw new PayloadError(`items[${i}].origin: expected "clause" or "selection"`);
  const note = o.note === undefined ? undefined : text(o.note, `items[${i}].note`, 100_000);
  // Structured cloning on the way may drop a null field: a missing category is none.
  return { selectors: o.selectors as SaveRequest['selectors'], origin: o.origin, category: o.category === undefined ? null : category(o.category), ...(note !== undefined ? { note } : {}) };
}

export function saveRequests(v: unknown): SaveRequest[] {
  if (!Array.isArray(v) || v.length > 10_000) throw new PayloadError('items: expected a list of at most 10,000 save requests');
  return v.map(saveRequest);
}

export { object };
