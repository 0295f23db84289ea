/**
 * Every error names the field to fix: over every public function (the fuzz harness's targets,
 * hostile and edge input), a thrown KepatuhanError has a non-empty `path`, and so has each of
 * its issues (the argument itself is named by its parameter: `input`, `value`, `methodology` …).
 * The fuzz suite checks the same on every call (tests/fuzz/harness.ts, errorProblem); this file
 * states the invariant on its own, with fewer runs.
 */
import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { KepatuhanError } from '../../src/index.js';
import { targets } from '../fuzz/harness.js';
import { materialize } from '../fuzz/values.js';

describe('error paths', () => {
  for (const target of targets) {
    test.prop([target.cases], { numRuns: 50 })(`every error ${target.name} throws names a non-empty path`, (c) => {
      let error: unknown;
      try {
        target.call(c.args.map((a) => materialize(a)));
      } catch (e) {
        error = e;
      }
      if (!(error instanceof KepatuhanError)) return; // other exceptions are the fuzz suite's concern
      expect(error.path, `${error.code}: ${error.message}`).not.toBe('');
      for (const issue of error.issues) expect(issue.path, `${issue.code}: ${issue.message}`).not.toBe('');
    }, 60_000);
  }
});
