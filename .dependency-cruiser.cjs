/**
 * The layers of DESIGN.md, enforced in `npm test` (`npm run lint:layers`): each folder depends only
 * on the folders below it, and nothing imports in a cycle (type-only imports included). Top first:
 */
const LAYERS = [
  'entrypoints',
  'components',
  'lib/messaging',
  'lib/store',
  'lib/journal',
  'lib/practice',
  'lib/platforms',
  'lib/presets',
  'lib/templates',
  'lib/i18n',
  'lib/checks',
];

const esc = (s) => s.replace(/[/.]/g, '\\$&');

const layerRules = LAYERS.slice(1).map((layer, i) => ({
  name: `layer-${layer.replace('/', '-')}`,
  comment: `${layer} may only use the layers below it (${LAYERS.slice(i + 2).join(', ') || 'none'})`,
  severity: 'error',
  from: { path: `^${esc(layer)}/`, pathNot: '\\.test\\.tsx?$' },
  to: { path: `^(${LAYERS.slice(0, i + 1).map(esc).join('|')})/` },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-scripts-from-the-product',
      comment: 'scripts/ are Node tools: they may use any layer, nothing in the extension uses them',
      severity: 'error',
      from: { path: '^(lib|components|entrypoints)/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'no-circular',
      comment: 'no import cycle, type-only imports included',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|\\.output|\\.wxt|tests)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
};
