/** The CLI's file arguments: files as given, folders walked, globs expanded (the shell may not have). */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** What a folder or glob contributes: documents ClauseLens reads. */
export const DOCUMENT_FILE = /\.(?:txt|text|md|markdown|rmd|html?|xhtml|pdf)$/i;

const GLOB_CHARS = /[*?[{]/;

function walk(dir: string, out: string[]) {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(p, out);
    else if (DOCUMENT_FILE.test(name)) out.push(p);
  }
}

/** A glob as a regular expression over '/'-separated paths: **, *, ?, [...] and {a,b}. */
export function globRegex(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '{') {
      const end = glob.indexOf('}', i + 1);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map((alt) => alt.replace(/[.+^$()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]'))
          .join('|')})`;
        i = end;
      }
    } else re += /[.+^$()|\\/]/.test(c) ? `\\${c}` : c;
  }
  return new RegExp(`^${re}$`);
}

/** Files matching a glob, walked from its longest literal folder prefix. */
function expandGlob(glob: string): string[] {
  const parts = glob.split(/[\\/]/);
  const lit: string[] = [];
  while (parts.length > 1 && !GLOB_CHARS.test(parts[0])) lit.push(parts.shift()!);
  const base = lit.length ? lit.join('/') || '/' : '.';
  const re = globRegex(parts.join('/'));
  const all: string[] = [];
  walk(base, all);
  return all.filter((f) => re.test(relative(base, f).split(sep).join('/'))).map((f) => (base === '.' ? relative('.', f) : f));
}

export interface Expanded {
  files: string[];
  /** Arguments that named nothing: a glob without matches, a folder without documents. */
  empty: string[];
}

/** Files from arguments, in argument order, each at most once. */
export function expandArgs(args: string[]): Expanded {
  const files: string[] = [];
  const empty: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const a of args) {
    let st;
    try {
      st = statSync(a);
    } catch {
      st = null;
    }
    if (st?.isDirectory()) {
      const found: string[] = [];
      walk(a, found);
      if (!found.length) empty.push(a);
      found.forEach(add);
    } else if (!st && GLOB_CHARS.test(a)) {
      const found = expandGlob(a);
      if (!found.length) empty.push(a);
      found.forEach(add);
    } else add(a);
  }
  return { files, empty };
}
