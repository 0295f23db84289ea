import { describe, expectTypeOf, it } from 'vitest';
import {
  ERROR_CODES,
  formatScore,
  KepatuhanError,
  parseScore,
  roundScore,
  type ErrorCode,
  type RoundingMode,
  type RoundingRule,
  type ScoreInput,
} from '../../src/index.js';

describe('number and error types', () => {
  it('roundScore, parseScore and formatScore', () => {
    expectTypeOf(roundScore).returns.toEqualTypeOf<number>();
    expectTypeOf(roundScore).parameter(0).toEqualTypeOf<ScoreInput>();
    expectTypeOf(roundScore).parameter(1).toEqualTypeOf<RoundingMode | Partial<RoundingRule> | undefined>();
    expectTypeOf(parseScore).returns.toEqualTypeOf<number>();
    expectTypeOf(formatScore).returns.toEqualTypeOf<string>();
    expectTypeOf<ScoreInput>().toEqualTypeOf<number | string>();
    roundScore(1, { decimals: 4 });
    // @ts-expect-error unknown mode
    roundScore(1, 'bankers');
    // @ts-expect-error unknown locale option name
    formatScore(1, { lang: 'en' });
  });

  it('error codes are a closed union, and KepatuhanError carries one', () => {
    expectTypeOf<ErrorCode>().toEqualTypeOf<keyof typeof ERROR_CODES>();
    expectTypeOf<KepatuhanError['code']>().toEqualTypeOf<ErrorCode>();
    expectTypeOf<'DUPLICATE_ID'>().toMatchTypeOf<ErrorCode>();
    // @ts-expect-error not a code
    const nope: ErrorCode = 'SOMETHING_ELSE';
    void nope;
  });
});
