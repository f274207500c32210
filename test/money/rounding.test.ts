import { describe, expect, it } from 'vitest';
import { divideRounded } from '../../src/money/index.js';
import type { RoundingMode } from '../../src/money/index.js';
import { caught, failure } from './support/errors.js';

describe('divideRounded', () => {
  const modes: RoundingMode[] = ['halfExpand', 'halfTrunc', 'halfEven', 'expand', 'trunc', 'ceil', 'floor', 'halfCeil', 'halfFloor'];
  // numerator/denominator, then the result per mode in the order above.
  const table: Array<[bigint, bigint, bigint[]]> = [
    [5n, 2n, [3n, 2n, 2n, 3n, 2n, 3n, 2n, 3n, 2n]], // 2.5
    [7n, 2n, [4n, 3n, 4n, 4n, 3n, 4n, 3n, 4n, 3n]], // 3.5
    [-5n, 2n, [-3n, -2n, -2n, -3n, -2n, -2n, -3n, -2n, -3n]], // -2.5
    [5n, -2n, [-3n, -2n, -2n, -3n, -2n, -2n, -3n, -2n, -3n]], // -2.5, sign on the denominator
    [-5n, -2n, [3n, 2n, 2n, 3n, 2n, 3n, 2n, 3n, 2n]], // 2.5
    [7n, 3n, [2n, 2n, 2n, 3n, 2n, 3n, 2n, 2n, 2n]], // 2.333..
    [8n, 3n, [3n, 3n, 3n, 3n, 2n, 3n, 2n, 3n, 3n]], // 2.666..
    [-8n, 3n, [-3n, -3n, -3n, -3n, -2n, -2n, -3n, -3n, -3n]], // -2.666..
    [6n, 3n, [2n, 2n, 2n, 2n, 2n, 2n, 2n, 2n, 2n]], // exact
    [0n, 7n, [0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n]],
    [1n, 2n, [1n, 0n, 0n, 1n, 0n, 1n, 0n, 1n, 0n]], // 0.5
    [-1n, 2n, [-1n, 0n, 0n, -1n, 0n, 0n, -1n, 0n, -1n]], // -0.5
  ];
  for (const [n, d, expected] of table) {
    it(`rounds ${n}/${d} as each mode defines`, () => {
      expect(modes.map((mode) => divideRounded(n, d, mode))).toEqual(expected);
    });
  }

  it('works far beyond the float range', () => {
    expect(divideRounded(10n ** 60n + 1n, 2n, 'halfEven')).toBe(5n * 10n ** 59n);
  });

  it('throws a DomainRuleError for a zero denominator', () => {
    const error = caught(() => divideRounded(1n, 0n, 'halfExpand'));
    expect([error.name, error.code, error.path]).toEqual(['DomainRuleError', 'MONEY_DIVISION_BY_ZERO', ['denominator']]);
  });

  it('rejects numbers and unknown modes with typed errors', () => {
    expect(failure(() => divideRounded(1 as never, 2n, 'expand'))).toBe('ValidationError INPUT_INVALID_TYPE');
    expect(caught(() => divideRounded(1n, 2 as never, 'expand')).path).toEqual(['denominator']);
    expect(failure(() => divideRounded(1n, 2n, 'HALF_UP' as never))).toBe('ValidationError INPUT_INVALID_VALUE');
    expect(failure(() => divideRounded(1n, 2n, undefined as never))).toBe('ValidationError INPUT_INVALID_VALUE');
  });
});
