// ESLint rule: imports go one way through the layers, engine <- report <- notebook <- page | components
// <- extension <- entrypoints (see README "Architecture"). The specifier is resolved to a path first, so a
// relative import and an `@/` import are judged alike.
import { dirname, relative, resolve } from 'node:path';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');

/** Layer of a repository path, or null for paths outside the layers (scripts, tests, configs). */
export function layerOf(path) {
  const p = relative(ROOT, path).split('\\').join('/');
  for (const [prefix, layer] of [
    ['lib/engine/', 'engine'],
    ['lib/report/', 'report'],
    ['lib/notebook/', 'notebook'],
    ['lib/page/', 'page'],
    ['components/', 'components'],
    ['lib/extension/', 'extension'],
    ['entrypoints/', 'entrypoints'],
  ])
    if (p.startsWith(prefix)) return layer;
  return null;
}

/** What each layer may import besides itself. page and components are siblings: neither imports the other. */
export const MAY_IMPORT = {
  engine: [],
  report: ['engine'],
  notebook: ['engine', 'report'],
  page: ['engine', 'report', 'notebook'],
  components: ['engine', 'report', 'notebook'],
  extension: ['engine', 'report', 'notebook', 'page'],
  entrypoints: ['engine', 'report', 'notebook', 'page', 'components', 'extension'],
};

/** The typed message protocol is the contract between the surfaces and the background: its types may be read from below. */
const PROTOCOL = 'lib/extension/protocol';

function resolveSpecifier(file, spec) {
  if (spec.startsWith('@/')) return resolve(ROOT, spec.slice(2));
  if (spec.startsWith('.')) return resolve(dirname(file), spec);
  return null;
}

export default {
  meta: { type: 'problem', docs: { description: 'imports follow the layer order' }, schema: [] },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const from = layerOf(file);
    if (!from) return {};
    const check = (node, spec, typeOnly) => {
      if (typeof spec !== 'string') return;
      const target = resolveSpecifier(file, spec);
      if (!target) return;
      const to = layerOf(target);
      if (!to || to === from || MAY_IMPORT[from].includes(to)) return;
      const rel = relative(ROOT, target).replace(/\.(ts|tsx)$/, '');
      if (typeOnly && rel === PROTOCOL && (from === 'page' || from === 'components')) return;
      context.report({ node, message: `${from} may not import ${to} (${spec}): imports go engine <- report <- notebook <- page | components <- extension <- entrypoints` });
    };
    const typeOnly = (node) =>
      node.importKind === 'type' || (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type'));
    return {
      ImportDeclaration: (node) => check(node, node.source.value, typeOnly(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, false),
    };
  },
};
