// Bundle sizes a user pays for (esbuild, minified, tree-shaken, gzip), enforced in .ci/run by
// `npm run size`. The four import sets of docs/performance.md ("Bundle sizes"): a scale or a
// preset is imported by name from its subpath (kepatuhan/scales, kepatuhan/presets), so "one"
// means one. Limits are ratchets at today's size, rounded up slightly (the measured sizes and
// their history: docs/performance.md, "Bundle sizes"); each comment gives the goal. Why no goal is met yet, and what weighs
// what: docs/performance.md ("Bundle sizes") and `node scripts/size-breakdown.mjs`.
module.exports = [
  {
    name: 'classify + one scale',
    import: { 'dist/index.js': '{ classify }', 'dist/scales.js': '{ ombudsman2022 }' },
    gzip: true,
    limit: '3.55 kB',
  }, // goal ≤ 1.5 kB
  {
    name: "a dashboard's imports: aggregate, classify, rank, formatScore + one scale",
    import: { 'dist/index.js': '{ aggregate, classify, rank, formatScore }', 'dist/scales.js': '{ ombudsman2022 }' },
    gzip: true,
    limit: '11.35 kB',
  }, // goal ≤ 5 kB
  {
    name: 'scoreUnit + one preset',
    import: { 'dist/index.js': '{ scoreUnit }', 'dist/presets.js': '{ ombudsman2022 }' },
    gzip: true,
    limit: '13.95 kB',
  }, // goal ≤ 8 kB
  { name: 'everything in the root entry', path: 'dist/index.js', import: '*', gzip: true, limit: '63.1 kB' }, // goal ≤ 30 kB
];
