// Bundle sizes a user pays for (esbuild, minified, tree-shaken, gzip), enforced in .ci/run by
// `npm run size`. The four import sets of docs/performance.md. Limits are ratchets at today's
// size (rounded up); each comment gives the goal it must reach.
module.exports = [
  { name: 'classify + one scale', path: 'dist/index.js', import: '{ classify, scales }', gzip: true, limit: '7.5 kB' }, // goal ≤ 1.5 kB
  { name: "a dashboard's imports: aggregate, classify, rank, formatScore + one scale", path: 'dist/index.js', import: '{ aggregate, classify, rank, formatScore, scales }', gzip: true, limit: '11.5 kB' }, // goal ≤ 5 kB
  { name: 'scoreUnit + one preset', path: 'dist/index.js', import: '{ scoreUnit, presets }', gzip: true, limit: '21.5 kB' }, // goal ≤ 8 kB
  { name: 'everything in the root entry', path: 'dist/index.js', import: '*', gzip: true, limit: '44 kB' }, // goal ≤ 30 kB
];
