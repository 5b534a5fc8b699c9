/**
 * Hostile inputs for the engine, shared by test/hardening/*.test.ts and scripts/bench-hostile.ts:
 * an inventory of every regex written in lib/ (read with the TypeScript compiler, so a new one
 * cannot hide), worst-case strings pumped from each regex's own pieces, and pathological documents.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const ROOT = join(import.meta.dirname, '..', '..');
const LIB = join(ROOT, 'lib');

/** A regex evaluable from the source alone. */
export interface StaticRegex {
  kind: 'static';
  /** "lib/engine/tag/rules.ts:42" */
  where: string;
  source: string;
  flags: string;
}

/** A `new RegExp(...)` built at run time from tables; covered by calling what uses it. */
export interface DynamicRegex {
  kind: 'dynamic';
  where: string;
  /** "lib/engine/terms/durations.ts#DURATION_RE": the declaration (or rule id) that holds it, stable across edits. */
  label: string;
}

function libFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? libFiles(p) : /\.tsx?$/.test(f) && !f.endsWith('.d.ts') ? [p] : [];
  });
}

/** The variable, property or rule id (first string argument of an enclosing call) a node sits in. */
function holderName(node: ts.Node): string {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isVariableDeclaration(n) || ts.isPropertyAssignment(n)) return n.name.getText();
    if (ts.isCallExpression(n) && n.arguments.length && ts.isStringLiteral(n.arguments[0])) return n.arguments[0].text;
  }
  return '?';
}

/** Every regex literal and `RegExp(...)` call in lib/**.ts. */
export function regexInventory(): (StaticRegex | DynamicRegex)[] {
  const out: (StaticRegex | DynamicRegex)[] = [];
  for (const file of libFiles(LIB).sort()) {
    const rel = relative(ROOT, file).split('\\').join('/');
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (n: ts.Node) => `${rel}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        out.push({ kind: 'static', where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(sf) === 'RegExp') {
        const args = node.arguments ?? [];
        const literal = (a: ts.Expression | undefined) => a !== undefined && (ts.isStringLiteral(a) || ts.isNoSubstitutionTemplateLiteral(a));
        if (args.length >= 1 && literal(args[0]) && (args.length === 1 || literal(args[1]))) {
          const [p, f] = args as ts.NodeArray<ts.StringLiteral>;
          out.push({ kind: 'static', where: where(node), source: p.text, flags: f?.text ?? '' });
        } else {
          out.push({ kind: 'dynamic', where: where(node), label: `${rel}#${holderName(node)}` });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Pumps

/** Characters tried, in order, as the sample of a character class. */
const CANDIDATES = ['a', 'e', 's', '1', ' ', '.', '-', 'x', 'A', '\n', '\t', ',', '/', "'", ':', 'é', 'ß', '(', ')', '•', '#', '_', '<', '>', '*', '\u0000'];

function sampleOf(atom: string, flags: string): string {
  const u = flags.includes('u') || flags.includes('v') ? 'u' : '';
  const i = flags.includes('i') ? 'i' : '';
  try {
    const re = new RegExp(`^(?:${atom})$`, u + i);
    return CANDIDATES.find((c) => re.test(c)) ?? '';
  } catch {
    return '';
  }
}

/**
 * Literal runs of a pattern ("notif", "within", a class's sample): the pieces a worst case is
 * built from. Structure (groups, alternation, quantifiers, anchors) only separates them.
 */
export function fragmentsOf(source: string, flags: string): string[] {
  const frags: string[] = [];
  let cur = '';
  const cut = () => {
    if (cur) frags.push(cur);
    cur = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const n = source[i + 1];
      if (n === 'p' || n === 'P') {
        const close = source.indexOf('}', i);
        cur += sampleOf(source.slice(i, close + 1), flags);
        i = close;
      } else if (n === 'b' || n === 'B') {
        i++;
      } else if (n === 'u' && source[i + 2] === '{') {
        const close = source.indexOf('}', i);
        cur += sampleOf(source.slice(i, close + 1), flags) || 'x';
        i = close;
      } else if (n === 'u') {
        cur += String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
        i += 5;
      } else if (n === 'x') {
        cur += String.fromCharCode(parseInt(source.slice(i + 2, i + 4), 16));
        i += 3;
      } else if (/[sSdDwW]/.test(n)) {
        cur += sampleOf('\\' + n, flags);
        i++;
      } else if (n === 'n') { cur += '\n'; i++; }
      else if (n === 't') { cur += '\t'; i++; }
      else if (n === 'k') {
        i = source.indexOf('>', i);
      } else {
        cur += n;
        i++;
      }
    } else if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      cur += sampleOf(source.slice(i, j + 1), flags);
      i = j;
    } else if (c === '(') {
      cut();
      if (source[i + 1] === '?') {
        // (?: (?= (?! (?<= (?<! (?<name>
        if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') i = source.indexOf('>', i);
        else i += source[i + 2] === '<' ? 3 : 2;
      }
    } else if (c === '{' && /^\{\d*,?\d*\}/.test(source.slice(i))) {
      i = source.indexOf('}', i);
    } else if ('|)^$'.includes(c)) {
      cut();
    } else if ('?*+'.includes(c)) {
      // The atom may repeat: keep it, it is what a pump should repeat.
    } else if (c === '.') {
      cur += 'x';
    } else {
      cur += c;
    }
  }
  cut();
  return [...new Set(frags.filter((f) => f.length > 0))];
}

/** The whole pattern read as one string, structure ignored: a near-match to repeat. */
export function skeletonOf(source: string, flags: string): string {
  return fragmentsOf(source.replace(/\|/g, ''), flags).join('');
}

const fill = (unit: string, size: number, tail = '\u0001'): string => unit.repeat(Math.max(1, Math.ceil(size / Math.max(1, unit.length)))).slice(0, size) + tail;

/** Generic runs every pattern meets: white space, digits, letters, dots, hyphens, and mixes. */
export const GENERIC_UNITS = ['a', ' ', '\t', '\n', '1', '.', '-', 'a ', 'a.', '1.', '1 ', ' \n', 'A ', 'aA1 .-', 'a\n', ': ', '. A', ', ', '(1) ', 'a-'];

/** Named worst-case strings of about `size` characters for one regex. */
export function pumpsFor(source: string, flags: string, size = 50_000): { name: string; text: string }[] {
  const frags = fragmentsOf(source, flags);
  const out = new Map<string, string>();
  const add = (name: string, unit: string, prefix = '') => {
    if (!unit || out.has(name)) return;
    out.set(name, prefix + fill(unit, size));
  };
  for (const u of GENERIC_UNITS) add(`run ${JSON.stringify(u)}`, u);
  // Longest fragments first; a pattern's leading fragment followed by a run of each later one is
  // the classic "prefix, then something that keeps the engine going, then a failure".
  const ordered = frags.slice(0, 40);
  for (const f of ordered) {
    add(`frag ${JSON.stringify(f.slice(0, 20))}`, f);
    add(`frag+space ${JSON.stringify(f.slice(0, 20))}`, f + ' ');
  }
  for (let k = 0; k + 1 < ordered.length && k < 20; k++) {
    add(`${JSON.stringify(ordered[k].slice(0, 12))} then ${JSON.stringify(ordered[k + 1].slice(0, 12))}`, ordered[k + 1], ordered[k]);
    add(`(${JSON.stringify(ordered[k].slice(0, 12))}+${JSON.stringify(ordered[k + 1].slice(0, 12))})*`, ordered[k] + ordered[k + 1]);
  }
  add('skeleton', skeletonOf(source, flags));
  add('skeleton+space', skeletonOf(source, flags) + ' ');
  return [...out].map(([name, text]) => ({ name, text }));
}

/** Runs a regex over the whole text as the engine would at worst: every match, every start. */
export function scanAll(source: string, flags: string, text: string): number {
  const re = new RegExp(source, flags.replace(/[gy]/g, '') + 'g');
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    n++;
    if (m[0] === '') re.lastIndex++;
  }
  return n;
}

// ---------------------------------------------------------------------------------------
// Whole documents

/** Pathological documents of about n characters, by name. */
export const PATHOLOGICAL: Record<string, (n: number) => string> = {
  "'a' only": (n) => 'a'.repeat(n),
  "'a ' repeated": (n) => 'a '.repeat(n / 2),
  'one sentence repeated': (n) => fill('The Processor shall notify the Controller without undue delay and in any event within 24 hours of a personal data breach. ', n, ''),
  "'1. ' repeated": (n) => '1. '.repeat(n / 3),
  'newlines only': (n) => '\n'.repeat(n),
  'spaces then x': (n) => ' '.repeat(n) + 'x',
  'digits only': (n) => '7'.repeat(n),
  'numbers and spaces': (n) => fill('12 345 6.7 ', n, ''),
  'headings only': (n) => fill('DATA PROCESSING AGREEMENT\n\n', n, ''),
  'bullets only': (n) => fill('• \n', n, ''),
  'punctuation only': (n) => fill('.,;:!?()[]{}"\'-–—/\\', n, ''),
  'number words': (n) => fill('one ', n, ''),
  "'within ' repeated": (n) => fill('within ', n, ''),
  'notif + long word': (n) => 'notif' + 'a'.repeat(n),
  'deep markdown list': (n) => {
    const lines: string[] = [];
    for (let used = 0, d = 0; used < n; d = (d + 1) % 400) {
      const line = '  '.repeat(d) + '- item';
      lines.push(line);
      used += line.length + 1;
    }
    return lines.join('\n');
  },
  'clause numbers': (n) => fill('1.1.1.1.1 ', n, ''),
  'abbreviations': (n) => fill('e.g. A i.e. B etc. C ', n, ''),
};

/** Same, for the readers: markup that nests or never closes. */
export const PATHOLOGICAL_MARKUP: Record<string, { format: 'markdown' | 'html' | 'text'; make: (n: number) => string }> = {
  // The plain-text (PDF text) reader: running headers, page numbers, broken and hyphenated words.
  'text "Page 1 of 2" lines': { format: 'text', make: (n) => fill('Page 1 of 2\n', n, '') },
  'text header at every form feed': { format: 'text', make: (n) => fill('ACME Corp - Confidential\n\f', n, '') },
  'text bare page numbers': { format: 'text', make: (n) => Array.from({ length: Math.ceil(n / 6) }, (_, i) => String(i + 1)).join('\n').slice(0, n) },
  'text split words ("confl ict")': { format: 'text', make: (n) => fill('the confl ict and conflict ', n, '') },
  'text line-end hyphens': { format: 'text', make: (n) => fill('notifi-\ncation notification\n', n, '') },
  'html <ul><li> never closed': { format: 'html', make: (n) => fill('<ul><li>x', n, '') },
  'html <div> never closed': { format: 'html', make: (n) => fill('<div>', n, '') },
  'html stray </p>': { format: 'html', make: (n) => fill('</p>', n, '') },
  'html unterminated tag': { format: 'html', make: (n) => '<a ' + fill('b=c ', n, '') },
  "html '&' without ';'": { format: 'html', make: (n) => fill('&amp', n, '') },
  'html comments never closed': { format: 'html', make: (n) => fill('<!-', n, '') },
  'markdown emphasis': { format: 'markdown', make: (n) => fill('*a ', n, '') },
  'markdown brackets': { format: 'markdown', make: (n) => fill('[a](', n, '') },
  'markdown backticks': { format: 'markdown', make: (n) => fill('`` ` ', n, '') },
  'markdown blockquote': { format: 'markdown', make: (n) => '>'.repeat(n) },
  'markdown fences never closed': { format: 'markdown', make: (n) => fill('```\n', n, '') },
  'markdown liquid never closed': { format: 'markdown', make: (n) => fill('{% ', n, '') },
  'markdown table rows': { format: 'markdown', make: (n) => '| a | b |\n|---|---|\n' + fill('| x | y |\n', n, '') },
};
