// One scenario, run both in Node and in a real browser against the built ESM bundle: the
// results must be identical (same exact arithmetic, same formatting, no Node-only API).
// Plain JavaScript so the browser can import it as is.
export function scenario(k) {
  const m = k.presets.ombudsman2022;
  const ids = k.indicatorOrder(m);
  const answers = Object.fromEntries(ids.map((id, i) => [id, (i * 7) % 4]));
  answers[ids[3]] = 'na';
  const unit = k.scoreUnit(m, answers);
  const batch = Array.from(k.scoreBatch(m, Float64Array.from(ids, (_, i) => (i * 5) % 4)));
  const cilegon = k.aggregate(['97,55', '97,02', '96,29', '95,22', '93,98', '93,63', '93,46'], { scale: k.scales.ombudsman2022 });
  let error = null;
  try {
    k.parseScore('sembilan puluh');
  } catch (e) {
    error = { name: e.name, code: e.code, path: e.path, isLibraryError: e instanceof k.KepatuhanError };
  }
  // Seeded sensitivity study: same seed → same output in Node and in the browser.
  const entities = [0, 1, 2].map((u) => ({ id: `u${u}`, answers: Object.fromEntries(ids.map((id, i) => [id, (i + u * 3) % 4])) }));
  const study = k.sensitivity(m, entities, { runs: 12, seed: 2024, weightNoise: 0.3 });
  const ranked = k.rank([{ id: 'a', score: '95,31' }, { id: 'b', score: 95.305 }, { id: 'c', score: 94 }]).map((r) => [r.id, r.rank]);
  return {
    study: JSON.parse(JSON.stringify(study)),
    ranked,
    unit: { score: unit.score, category: unit.classification.category, notApplicable: unit.notApplicable, lost: unit.dimensions.map((d) => d.pointsLost) },
    batch,
    cilegon: { score: cilegon.score, zone: cilegon.classification.zone },
    rounding: [k.roundScore(88.005), k.roundScore('91,975'), k.roundScore(4.505, 'halfEven')],
    formatted: [k.formatScore(95.305), k.formatScore(95.305, { locale: 'en' })],
    classified: [k.classify(87.995, k.scales.ombudsman2022).category, k.classify(4.5, k.scales.pekppp2022).category],
    error,
  };
}
