// Run by tests/dist/testing.test.ts with `node --test`: kepatuhan/testing inside node:test,
// imported by package name (Node resolves the package's own "exports"), as a team would.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { presets } from 'kepatuhan';
import { assertImplementation, checkImplementation } from 'kepatuhan/testing';

const ids = presets.skm2017.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => i.id)));

// IKM × 100 = 2500 · S / (9n), rounded half-up in integers (domain reference §6).
const exact = (qs) => {
  const S = qs.reduce((s, q) => s + ids.reduce((t, id) => t + q[id], 0), 0);
  return Math.floor((2 * 2500 * S + 9 * qs.length) / (2 * 9 * qs.length)) / 100;
};
// The rounded weight of some apps.
const weight0111 = (qs) => {
  const nrr = ids.map((id) => qs.reduce((s, q) => s + q[id], 0) / qs.length);
  return Math.round(nrr.reduce((s, x) => s + x * 0.111, 0) * 25 * 100) / 100;
};

test('an exact SKM implementation passes', () => {
  assertImplementation(presets.skm2017, exact, { input: 'questionnaires', seed: 1, numRuns: 50 });
});

test('the 0.111 weight is caught, with a readable message', () => {
  assert.throws(() => assertImplementation(presets.skm2017, weight0111, { input: 'questionnaires', seed: 1 }), /Expected: 25 D \(Tidak Baik\)/);
  assert.equal(checkImplementation(presets.skm2017, weight0111, { input: 'questionnaires', seed: 1 }).ok, false);
});
