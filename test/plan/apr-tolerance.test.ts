import { describe, expect, it } from 'vitest';
import { isAprWithinTolerance, isArrearsError, safeIsAprWithinTolerance } from '../../src/plan/index.js';
import type { AprToleranceInput } from '../../src/plan/index.js';

describe('isAprWithinTolerance', () => {
  it('accepts a disclosed APR exactly 1/8 point above or below the actual one in a regular transaction (12 CFR 1026.22(a)(2))', () => {
    expect(isAprWithinTolerance({ disclosedPercent: '10.125', actualPercent: '10' })).toEqual({
      withinTolerance: true,
      tolerancePercent: '0.125',
      differencePercent: '0.125',
      citation: '12 CFR 1026.22(a)(2)',
    });
    expect(isAprWithinTolerance({ disclosedPercent: '9.875', actualPercent: '10.00' })).toMatchObject({ withinTolerance: true, differencePercent: '-0.125' });
  });

  it('rejects a disclosed APR just beyond 1/8 point, compared exactly without rounding', () => {
    expect(isAprWithinTolerance({ disclosedPercent: '10.1250000000000000001', actualPercent: '10' }).withinTolerance).toBe(false);
    expect(isAprWithinTolerance({ disclosedPercent: '9.87499', actualPercent: '10' }).withinTolerance).toBe(false);
  });

  it('allows 1/4 point in an irregular transaction (12 CFR 1026.22(a)(3))', () => {
    expect(isAprWithinTolerance({ disclosedPercent: '10.25', actualPercent: '10', irregular: true })).toEqual({
      withinTolerance: true,
      tolerancePercent: '0.25',
      differencePercent: '0.25',
      citation: '12 CFR 1026.22(a)(3)',
    });
    expect(isAprWithinTolerance({ disclosedPercent: '10.26', actualPercent: '10', irregular: true }).withinTolerance).toBe(false);
    expect(isAprWithinTolerance({ disclosedPercent: '10.20', actualPercent: '10', irregular: false }).withinTolerance).toBe(false);
  });

  it('takes the actual APR as a decimal fraction', () => {
    expect(isAprWithinTolerance({ disclosedPercent: '9.69', actualAnnualRate: '0.096857080622807674891' })).toEqual({
      withinTolerance: true,
      tolerancePercent: '0.125',
      differencePercent: '0.0042919377192325109',
      citation: '12 CFR 1026.22(a)(2)',
    });
    expect(isAprWithinTolerance({ disclosedPercent: '12', actualAnnualRate: '0.12' }).differencePercent).toBe('0');
  });

  const bad: Array<[string, unknown, string]> = [
    ['no actual rate', { disclosedPercent: '10' }, 'PLAN_APR_INVALID_TOLERANCE_INPUT'],
    ['both actual rates', { disclosedPercent: '10', actualPercent: '10', actualAnnualRate: '0.1' }, 'PLAN_APR_INVALID_TOLERANCE_INPUT'],
    ['a number', { disclosedPercent: 10, actualPercent: '10' }, 'INPUT_INVALID_TYPE'],
    ['an exponent', { disclosedPercent: '1e1', actualPercent: '10' }, 'MONEY_INVALID_DECIMAL'],
    ['an empty string', { disclosedPercent: '', actualPercent: '10' }, 'MONEY_INVALID_DECIMAL'],
    ['a non-boolean irregular', { disclosedPercent: '10', actualPercent: '10', irregular: 'yes' }, 'INPUT_INVALID_TYPE'],
    ['a missing disclosed APR', { actualPercent: '10' }, 'INPUT_MISSING'],
    ['undefined', undefined, 'INPUT_MISSING'],
  ];
  for (const [what, input, code] of bad) {
    it(`throws ValidationError ${code} for ${what}`, () => {
      let thrown: unknown;
      try {
        isAprWithinTolerance(input as AprToleranceInput);
      } catch (error) {
        thrown = error;
      }
      expect(isArrearsError(thrown) && thrown.name === 'ValidationError' && thrown.code).toBe(code);
    });
  }
});

describe('safeIsAprWithinTolerance', () => {
  it('returns the check as data, and errors as values', () => {
    expect(safeIsAprWithinTolerance({ disclosedPercent: '10.30', actualPercent: '10.08', irregular: true })).toEqual({
      success: true,
      data: { withinTolerance: true, tolerancePercent: '0.25', differencePercent: '0.22', citation: '12 CFR 1026.22(a)(3)' },
    });
    const result = safeIsAprWithinTolerance({ disclosedPercent: '10.30' });
    expect(result.success === false && result.error.code).toBe('PLAN_APR_INVALID_TOLERANCE_INPUT');
  });
});
