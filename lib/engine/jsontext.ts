/** Reading a JSON file a user imports (a baseline, a notebook): byte-order mark, empty file, size cap, syntax errors with line and column. */

/** A JSON object (not null, not a list). */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as it appears in an error message: `-5`, `"24"`, `a list`. */
export function shown(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (isObject(v)) return 'an object';
  const s = JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 37)}..."` : s;
}

export type JsonText =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'empty' | 'too-large' | 'syntax'; message: string; line?: number; column?: number };

/** Parses `text`, refusing an empty file, one over `maxChars`, and invalid JSON (located by the grammar, the same on every engine). */
export function readJsonText(text: string, maxChars: number): JsonText {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, reason: 'empty', message: 'the file is empty' };
  if (body.length > maxChars) return { ok: false, reason: 'too-large', message: `the file is too large (${body.length} characters)` };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    // Engines word (and position) JSON errors differently, so locate the error ourselves.
    const located = locateJsonError(body) ?? { offset: 0, message: e instanceof Error ? e.message : String(e) };
    const { line, column } = lineColumn(body, located.offset);
    return { ok: false, reason: 'syntax', line, column, message: `invalid JSON at line ${line}, column ${column}: ${located.message}` };
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** First syntax error in `text` by the JSON grammar (RFC 8259), or null when it is valid. */
export function locateJsonError(text: string): { offset: number; message: string } | null {
  let i = 0;
  const describe = (at: number) => (at >= text.length ? 'the end of the file' : `${JSON.stringify(text[at])}`);
  const fail = (expected: string): never => {
    throw new JsonSyntaxError(i, `expected ${expected}, found ${describe(i)}`);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const string = () => {
    i++; // opening quote
    while (true) {
      if (i >= text.length) fail('a closing \'"\'');
      const c = text[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c < ' ') throw new JsonSyntaxError(i, 'line breaks and control characters must be escaped inside a string');
      if (c === '\\') {
        i++;
        if (/^u[0-9a-fA-F]{4}/.test(text.slice(i, i + 5))) i += 5;
        else if (i < text.length && '"\\/bfnrt'.includes(text[i])) i++;
        else fail('a valid escape (\\", \\\\, \\n, \\uXXXX, ...)');
      } else {
        i++;
      }
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '-') fail('a number');
    i += m![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 256) throw new JsonSyntaxError(i, 'nested too deeply');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      while (true) {
        ws();
        if (text[i] !== '"') fail(text[i] === '}' ? 'a property name after the comma (remove the trailing comma)' : 'a property name in double quotes');
        string();
        ws();
        if (text[i] !== ':') fail("':' after the property name");
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail("',' or '}' after a property value");
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      while (true) {
        ws();
        if (text[i] === ']') fail('a value after the comma (remove the trailing comma)');
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail("',' or ']' after a list item");
      }
    } else if (c === '"') {
      string();
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      number();
    } else {
      for (const lit of ['true', 'false', 'null']) {
        if (text.startsWith(lit, i)) {
          i += lit.length;
          return;
        }
      }
      fail('a value');
    }
  };
  try {
    value(0);
    ws();
    if (i < text.length) throw new JsonSyntaxError(i, `unexpected ${describe(i)} after the end of the JSON value`);
    return null;
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { offset: e.offset, message: e.message };
    throw e;
  }
}
