// An ESLint rule that keeps the layers pointing one way, in the spirit of VS Code's layering rule: every
// import is resolved against the file that makes it, and the layer it lands in must be one the importing
// layer may depend on. Patterns on the raw specifier cannot tell `../native/x` from a local `./native`.
import { builtinModules } from 'node:module';
import path from 'node:path';

/**
 * What each layer may import. `layers`: project folders (besides its own; `resources` holds data files
 * such as the model catalogue); `node`: Node builtins;
 * `electron`: the electron package; `packages`: other npm packages.
 */
export const LAYERS = {
  common: { layers: [], node: false, electron: false, packages: true },
  native: { layers: ['common', 'resources'], node: true, electron: false, packages: true },
  renderer: { layers: ['common'], node: false, electron: false, packages: true },
  'electron/preload': { layers: ['common'], node: false, electron: true, packages: false },
  'electron/main': { layers: ['common', 'native', 'resources'], node: true, electron: true, packages: true },
};

const builtins = new Set(builtinModules);

/** The layer a path (relative to the project root, `/`-separated) belongs to, or undefined outside them. */
export function layerOf(relativePath) {
  const parts = relativePath.split('/');
  if (parts[0] === 'electron' && (parts[1] === 'main' || parts[1] === 'preload')) return `electron/${parts[1]}`;
  return (parts[0] in LAYERS || parts[0] === 'resources') && parts.length > 1 ? parts[0] : undefined;
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Why `specifier`, imported from `file` (absolute), breaks the layering; undefined when it is allowed. */
export function layeringViolation(root, file, specifier) {
  const from = layerOf(path.relative(root, file).split(path.sep).join('/'));
  const rules = from === undefined ? undefined : LAYERS[from];
  if (rules === undefined) return undefined;
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
    const target = path
      .relative(root, path.resolve(path.dirname(file), specifier))
      .split(path.sep)
      .join('/');
    const to = layerOf(target);
    if (to === from || (to !== undefined && rules.layers.includes(to))) return undefined;
    return `${from}/ may not import ${to === undefined ? target : `${to}/`} (allowed: ${[from, ...rules.layers].join(', ')})`;
  }
  if (specifier.startsWith('node:') || builtins.has(packageName(specifier))) {
    return rules.node ? undefined : `${from}/ may not import the Node builtin '${specifier}'`;
  }
  if (packageName(specifier) === 'electron') {
    return rules.electron ? undefined : `${from}/ may not import 'electron'`;
  }
  return rules.packages ? undefined : `${from}/ may not import the package '${specifier}'`;
}

/** @param {string} root the project root the layer folders live in */
export function layersPlugin(root) {
  return {
    rules: {
      imports: {
        meta: { type: 'problem', docs: { description: 'Keep imports within the allowed layers' }, schema: [] },
        create(context) {
          const check = (node, source) => {
            if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
            const message = layeringViolation(root, context.filename, source.value);
            if (message) context.report({ node: source, message });
          };
          return {
            ImportDeclaration: (node) => check(node, node.source),
            ExportNamedDeclaration: (node) => check(node, node.source),
            ExportAllDeclaration: (node) => check(node, node.source),
            ImportExpression: (node) => check(node, node.source),
            TSImportType: (node) => check(node, node.argument?.literal ?? node.argument),
            CallExpression: (node) => {
              if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0]);
            },
          };
        },
      },
    },
  };
}
