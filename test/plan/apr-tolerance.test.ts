import { describe, expect, it } from 'vitest';
import { apr, isAprWithinTolerance, isArrearsError, safeIsAprWithinTolerance } from '../../src/plan/index.js';
import type { IsAprWithinToleranceInput } from '../../src/plan/index.js';

describe('isAprWithinTolerance', () => {
  it('accepts a disclosed APR exactly 1/8 point above or below the actual one in a regular transaction (12 CFR 1026.22(a)(2))', () => {
    expect(isAprWithinTolerance({ disclosedAprRate: '0.10125', actualAprRate: '0.1' })).toEqual({
      ok: true,
      findings: [],
      tolerancePercent: '0.125',
      differencePercent: '0.125',
      citation: '12 CFR 1026.22(a)(2)',
    });
    expect(isAprWithinTolerance({ disclosedAprRate: '0.09875', actualAprRate: '0.1000' })).toMatchObject({ ok: true, differencePercent: '-0.125' });
  });

  it('rejects a disclosed APR just beyond 1/8 point, compared exactly without rounding, with one violation finding', () => {
    expect(isAprWithinTolerance({ disclosedAprRate: '0.101250000000000000000001', actualAprRate: '0.1' }).ok).toBe(false);
    const below = isAprWithinTolerance({ disclosedAprRate: '0.0987499', actualAprRate: '0.1' });
    expect(below).toEqual({
      ok: false,
      findings: [
        {
          code: 'PLAN_APR_OUTSIDE_TOLERANCE',
          severity: 'violation',
          message: 'The disclosed APR of 9.87499% is 0.12501 percentage points below the actual 10%, more than the 0.125 allowed for a regular transaction.',
          citation: '12 CFR 1026.22(a)(2)',
          path: ['disclosedAprRate'],
          details: { disclosedAprRate: '0.0987499', actualAprRate: '0.1', differencePercent: '-0.12501', tolerancePercent: '0.125' },
        },
      ],
      tolerancePercent: '0.125',
      differencePercent: '-0.12501',
      citation: '12 CFR 1026.22(a)(2)',
    });
  });

  it('allows 1/4 point in an irregular transaction (12 CFR 1026.22(a)(3))', () => {
    expect(isAprWithinTolerance({ disclosedAprRate: '0.1025', actualAprRate: '0.1', irregular: true })).toEqual({
      ok: true,
      findings: [],
      tolerancePercent: '0.25',
      differencePercent: '0.25',
      citation: '12 CFR 1026.22(a)(3)',
    });
    const beyond = isAprWithinTolerance({ disclosedAprRate: '0.1026', actualAprRate: '0.1', irregular: true });
    expect([beyond.ok, beyond.findings.map((f) => [f.code, f.citation])]).toEqual([false, [['PLAN_APR_OUTSIDE_TOLERANCE', '12 CFR 1026.22(a)(3)']]]);
    expect(isAprWithinTolerance({ disclosedAprRate: '0.1020', actualAprRate: '0.1', irregular: false }).ok).toBe(false);
  });

  it('takes the annualRate apr() returns, unchanged, as actualAprRate', () => {
    const loan = apr({ amountFinanced: '5000.00', advanceDate: '1978-01-10', currency: 'USD', payments: [{ amount: '230.00', count: 24, frequency: 'monthly', firstDueDate: '1978-02-10' }] });
    expect(isAprWithinTolerance({ disclosedAprRate: '0.0969', actualAprRate: loan.annualRate, irregular: !loan.regular })).toEqual({
      ok: true,
      findings: [],
      tolerancePercent: '0.125',
      differencePercent: '0.0042919377192325109',
      citation: '12 CFR 1026.22(a)(2)',
    });
    expect(isAprWithinTolerance({ disclosedAprRate: '0.12', actualAprRate: '0.12' }).differencePercent).toBe('0');
  });

  it('refuses a percent typed into a rate field (F5), and takes rates above 1 only with highApr', () => {
    // The old trap: 12 (percent) against 0.12 (fraction) compared as 12 points apart.
    expect(safeIsAprWithinTolerance({ disclosedAprRate: '12.00', actualAprRate: '0.12' })).toMatchObject({ success: false, error: { code: 'PLAN_INVALID_RATE', path: ['disclosedAprRate'] } });
    expect(safeIsAprWithinTolerance({ disclosedAprRate: '0.12', actualAprRate: '12' })).toMatchObject({ success: false, error: { code: 'PLAN_INVALID_RATE', path: ['actualAprRate'] } });
    expect(isAprWithinTolerance({ disclosedAprRate: '1', actualAprRate: '1' }).ok).toBe(true);
    expect(isAprWithinTolerance({ disclosedAprRate: '3.91', actualAprRate: '3.9107142857142857143', highApr: true }).ok).toBe(true);
    expect(safeIsAprWithinTolerance({ disclosedAprRate: '3.91', actualAprRate: '3.9107142857142857143' })).toMatchObject({ success: false, error: { code: 'PLAN_INVALID_RATE' } });
    expect(safeIsAprWithinTolerance({ disclosedAprRate: '10.5', actualAprRate: '10.5', highApr: true })).toMatchObject({ success: false, error: { code: 'PLAN_INVALID_RATE' } });
  });

  const bad: Array<[string, unknown, string]> = [
    ['no actual rate', { disclosedAprRate: '0.1' }, 'INPUT_MISSING'],
    ['the old percent fields', { disclosedPercent: '10', actualPercent: '10' }, 'INPUT_MISSING'],
    ['the old fraction field besides the new one', { disclosedAprRate: '0.1', actualAprRate: '0.1', actualAnnualRate: '0.1' }, 'INPUT_UNRECOGNIZED_KEYS'],
    ['a number', { disclosedAprRate: 0.1, actualAprRate: '0.1' }, 'INPUT_INVALID_TYPE'],
    ['an exponent', { disclosedAprRate: '1e-1', actualAprRate: '0.1' }, 'MONEY_INVALID_DECIMAL'],
    ['an empty string', { disclosedAprRate: '', actualAprRate: '0.1' }, 'MONEY_INVALID_DECIMAL'],
    ['a negative rate', { disclosedAprRate: '-0.1', actualAprRate: '0.1' }, 'PLAN_INVALID_RATE'],
    ['a non-boolean irregular', { disclosedAprRate: '0.1', actualAprRate: '0.1', irregular: 'yes' }, 'INPUT_INVALID_TYPE'],
    ['a missing disclosed APR', { actualAprRate: '0.1' }, 'INPUT_MISSING'],
    ['undefined', undefined, 'INPUT_MISSING'],
  ];
  for (const [what, input, code] of bad) {
    it(`throws ValidationError ${code} for ${what}`, () => {
      let thrown: unknown;
      try {
        isAprWithinTolerance(input as IsAprWithinToleranceInput);
      } catch (error) {
        thrown = error;
      }
      expect(isArrearsError(thrown) && thrown.name === 'ValidationError' && thrown.code).toBe(code);
    });
  }
});

describe('safeIsAprWithinTolerance', () => {
  it('returns the verdict as data, and errors as values', () => {
    expect(safeIsAprWithinTolerance({ disclosedAprRate: '0.103', actualAprRate: '0.1008', irregular: true })).toEqual({
      success: true,
      data: { ok: true, findings: [], tolerancePercent: '0.25', differencePercent: '0.22', citation: '12 CFR 1026.22(a)(3)' },
    });
    const result = safeIsAprWithinTolerance({ disclosedAprRate: '0.103' });
    expect(result.success === false && result.error.code).toBe('INPUT_MISSING');
  });
});
