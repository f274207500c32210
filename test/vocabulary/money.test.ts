import { describe, expect, it } from 'vitest';
import * as money from '../../src/money/index.js';
import { describeVocabulary } from '../support/vocabulary-suite.js';

// Issue 20: arrears/money speaks the vocabulary of STYLE.md. Its functions are small positional
// helpers (amount, currency, options last), so it has no document function and no verdict.
describeVocabulary({ 'arrears/money': money }, {}, { documentFunctions: false });

describe('arrears/money vocabulary', () => {
  it('names rounding options as Intl.NumberFormat does: { roundingMode, roundingIncrement }', () => {
    expect(money.roundAmount('12.37', 'USD', { roundingMode: 'halfEven', roundingIncrement: '0.05' })).toBe('12.35');
    expect(money.RoundOptionsSchema.safeParse({ mode: 'halfEven' }).success).toBe(false);
    expect(money.RoundOptionsSchema.safeParse({ increment: '0.05' }).success).toBe(false);
  });

  it('takes the remainder rule in an options object last, everywhere', () => {
    expect(money.allocate('1.00', 3, 'USD', { remainder: 'last' })).toEqual(['0.33', '0.33', '0.34']);
    expect(money.allocateMinorUnits(100n, [1n, 1n, 1n], { remainder: 'last' })).toEqual([33n, 33n, 34n]);
    expect(money.createMinorUnitCalculator('USD').allocate(100n, [1n, 1n, 1n], { remainder: 'last' })).toEqual([33n, 33n, 34n]);
    expect(money.createSafeIntegerCalculator('USD').allocate(100, [1n, 1n, 1n], { remainder: 'largestRemainder' })).toEqual([34, 33, 33]);
  });

  it('exports nothing internal', () => {
    for (const name of ['amountIn', 'minorUnitsIn', 'AmountListSchema', 'AllocationCountSchema', 'safeParseRatio', 'RatioSchema', 'AllocationWeightsSchema', 'ROUNDING_MODES', 'currencyEntry']) {
      expect([name, name in money]).toEqual([name, false]);
    }
  });

  it('has one positive and one non-negative amount schema, with money codes', () => {
    expect((money.PositiveAmountSchema.safeParse('0').error?.issues[0] as { params?: unknown } | undefined)?.params).toEqual({ arrearsCode: money.MoneyErrorCodes.MONEY_NOT_POSITIVE });
    expect((money.NonNegativeAmountSchema.safeParse('-1').error?.issues[0] as { params?: unknown } | undefined)?.params).toEqual({ arrearsCode: money.MoneyErrorCodes.MONEY_NEGATIVE });
  });
});
