// The layers of src/ (docs/architecture.md), lowest first. A module may import from its own
// folder and from any layer below it, never from a layer above; no cycles, type-only imports
// included. Checked in .ci/run by `npm run depcruise`.
const LAYERS = ['errors', 'rounding', 'provenance', 'internal', 'numbers', 'classification', 'model', 'presets', 'scoring', 'aggregation', 'ranking', 'analysis', 'testing'];

const upward = LAYERS.map((layer, i) => ({
  name: `no-upward-from-${layer}`,
  comment: `${layer} sits below ${LAYERS.slice(i + 1).join(', ') || 'nothing'}: it may not import from them`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${LAYERS.slice(i + 1).join('|') || '$^'})/` },
})).filter((rule) => !rule.to.path.includes('($^)'));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-barrel-inside',
      comment: 'Library modules import each other directly, never through the barrels (the entries of tsup.config.ts).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(index|presets/index|presets/scales/index)\\.ts$' },
      to: { path: '^src/(index|presets/index|presets/scales/index)\\.ts$' },
    },
    ...upward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
