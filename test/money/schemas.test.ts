import { describe, expect, it } from 'vitest';
import {
  AllocateOptionsSchema,
  AllocationRatiosSchema,
  AllocationRemainderSchema,
  AmountSchema,
  CurrencyCodeSchema,
  DecimalStringSchema,
  MoneySchema,
  NonNegativeAmountSchema,
  PositiveAmountSchema,
  RoundOptionsSchema,
  RoundingModeSchema,
} from '../../src/money/index.js';
// Internal since issue 20 (no longer exported from arrears/money): tested from their file.
import { AllocationCountSchema, AllocationWeightsSchema, AmountListSchema, RatioSchema, amountIn, minorUnitsIn } from '../../src/money/schemas.js';
import { parseInput } from '../../src/internal/parse.js';
import { MALFORMED_DECIMALS } from '../arbitraries/money.js';
import { caught, failure } from './support/errors.js';

/** The arrears codes a schema reports for an input. */
function codes(schema: Parameters<typeof parseInput>[0], input: unknown): string[] {
  try {
    parseInput(schema, input);
    return [];
  } catch (error) {
    return (error as { issues: Array<{ code: string }> }).issues.map((i) => i.code);
  }
}

describe('CurrencyCodeSchema', () => {
  it('accepts table codes and reports MONEY_UNKNOWN_CURRENCY otherwise', () => {
    expect(CurrencyCodeSchema.parse('CLF')).toBe('CLF');
    expect(codes(CurrencyCodeSchema, 'XAU')).toEqual(['MONEY_UNKNOWN_CURRENCY']);
    expect(codes(CurrencyCodeSchema, 840)).toEqual(['INPUT_INVALID_TYPE']);
  });
});

describe('DecimalStringSchema', () => {
  it.each(MALFORMED_DECIMALS.map((s) => [s]))('rejects %j with MONEY_INVALID_DECIMAL', (text) => {
    expect(codes(DecimalStringSchema, text)).toEqual(['MONEY_INVALID_DECIMAL']);
  });

  it('bounds the digits on both sides of the point', () => {
    expect(codes(DecimalStringSchema, '1'.repeat(30))).toEqual([]);
    expect(codes(DecimalStringSchema, '1'.repeat(31))).toEqual(['MONEY_AMOUNT_TOO_LARGE']);
    expect(codes(DecimalStringSchema, `0.${'1'.repeat(30)}`)).toEqual([]);
    expect(codes(DecimalStringSchema, `0.${'1'.repeat(31)}`)).toEqual(['MONEY_TOO_MANY_DECIMALS']);
  });
});

describe('AmountSchema', () => {
  it('uses the amount code for malformed strings and keeps the input', () => {
    expect(AmountSchema.parse('-0012.5')).toBe('-0012.5');
    expect(codes(AmountSchema, '')).toEqual(['MONEY_INVALID_AMOUNT']);
    expect(caught(() => parseInput(AmountSchema, '', ['fee'])).message).toMatch(/^"fee": An empty string is not a decimal amount/);
  });
});

describe('AmountListSchema', () => {
  it('checks every element', () => {
    expect(codes(AmountListSchema, ['1', 'x', '2e2'])).toEqual(['MONEY_INVALID_AMOUNT', 'MONEY_INVALID_AMOUNT']);
  });
});

describe('amountIn', () => {
  it('checks the minor unit and outputs the canonical amount', () => {
    expect(amountIn('KWD').parse('1.5')).toBe('1.500');
    expect(amountIn('USD').parse('-0.0')).toBe('0.00');
    expect(codes(amountIn('USD'), '1.005')).toEqual(['MONEY_TOO_MANY_DECIMALS']);
    expect(codes(amountIn('USD'), '1e3')).toEqual(['MONEY_INVALID_AMOUNT']);
    expect(codes(amountIn('USD'), 5)).toEqual(['INPUT_INVALID_TYPE']);
  });

  it('rejects an unknown currency when the schema is built', () => {
    expect(failure(() => amountIn('EURO'))).toBe('ValidationError MONEY_UNKNOWN_CURRENCY');
  });
});

describe('MoneySchema', () => {
  it('parses and canonicalises an amount with its currency', () => {
    expect(MoneySchema.parse({ amount: '12.5', currency: 'USD' })).toEqual({ amount: '12.50', currency: 'USD' });
  });

  it('reports the amount path for decimals the currency lacks', () => {
    const error = caught(() => parseInput(MoneySchema, { amount: '1.5', currency: 'JPY' }));
    expect([error.code, error.path]).toEqual(['MONEY_TOO_MANY_DECIMALS', ['amount']]);
  });

  it('still checks the amount grammar when the currency is unknown', () => {
    expect(codes(MoneySchema, { amount: '1e3', currency: 'ZZZ' })).toEqual(['MONEY_UNKNOWN_CURRENCY', 'MONEY_INVALID_AMOUNT']);
    expect(codes(MoneySchema, { amount: '1.00', currency: 'ZZZ' })).toEqual(['MONEY_UNKNOWN_CURRENCY']);
  });

  it('rejects unknown keys and missing fields', () => {
    expect(codes(MoneySchema, { amount: '1.00', currency: 'USD', extra: 1 })).toEqual(['INPUT_UNRECOGNIZED_KEYS']);
    expect(codes(MoneySchema, { amount: '1.00' })).toEqual(['INPUT_MISSING']);
  });
});

describe('RoundingModeSchema', () => {
  it('lists the nine modes of Intl.NumberFormat', () => {
    for (const mode of ['halfExpand', 'halfEven', 'halfTrunc', 'halfCeil', 'halfFloor', 'expand', 'trunc', 'ceil', 'floor']) expect(RoundingModeSchema.parse(mode)).toBe(mode);
    // Every value Intl.NumberFormat reports back is accepted: the two lists are the same.
    for (const mode of ['halfExpand', 'halfEven', 'halfTrunc', 'halfCeil', 'halfFloor', 'expand', 'trunc', 'ceil', 'floor']) {
      const intl = new Intl.NumberFormat('en-US', { roundingMode: mode } as Intl.NumberFormatOptions).resolvedOptions() as { roundingMode?: string };
      expect(intl.roundingMode).toBe(mode);
    }
    expect(codes(RoundingModeSchema, 'half_up')).toEqual(['INPUT_INVALID_VALUE']);
    // The names before issue 20 are refused, not mapped.
    for (const old of ['half-up', 'half-even', 'half-down', 'up', 'down', 'ceiling']) expect(codes(RoundingModeSchema, old)).toEqual(['INPUT_INVALID_VALUE']);
  });
});

describe('AllocationRemainderSchema', () => {
  it('lists the three remainder rules', () => {
    for (const rule of ['largestRemainder', 'first', 'last']) expect(AllocationRemainderSchema.parse(rule)).toBe(rule);
    expect(codes(AllocationRemainderSchema, 'largest')).toEqual(['INPUT_INVALID_VALUE']);
    // The kebab-case name before issue 20 is refused, not mapped.
    expect(codes(AllocationRemainderSchema, 'largest-remainder')).toEqual(['INPUT_INVALID_VALUE']);
  });
});

describe('PositiveAmountSchema', () => {
  it('accepts amounts above zero and refuses zero and negatives with MONEY_NOT_POSITIVE', () => {
    for (const ok of ['0.01', '12.50', '1', '0.000000000000000000000000000001']) expect(PositiveAmountSchema.parse(ok)).toBe(ok);
    for (const bad of ['0', '0.00', '-0', '-0.00', '-0.01', '-5']) expect(codes(PositiveAmountSchema, bad)).toEqual(['MONEY_NOT_POSITIVE']);
  });

  it('reports a malformed amount once, with the grammar code, and a non-string as a type error', () => {
    expect(codes(PositiveAmountSchema, '1e3')).toEqual(['MONEY_INVALID_AMOUNT']);
    expect(codes(PositiveAmountSchema, '-')).toEqual(['MONEY_INVALID_AMOUNT']);
    expect(codes(PositiveAmountSchema, 5)).toEqual(['INPUT_INVALID_TYPE']);
  });
});

describe('NonNegativeAmountSchema', () => {
  it('accepts zero and positives and refuses negatives with MONEY_NEGATIVE', () => {
    for (const ok of ['0', '0.00', '-0', '-0.00', '0.01', '100']) expect(NonNegativeAmountSchema.parse(ok)).toBe(ok);
    for (const bad of ['-0.01', '-1', '-0.000000000000000000000000000001']) expect(codes(NonNegativeAmountSchema, bad)).toEqual(['MONEY_NEGATIVE']);
    expect(codes(NonNegativeAmountSchema, '1,00')).toEqual(['MONEY_INVALID_AMOUNT']);
  });
});

describe('RoundOptionsSchema', () => {
  it('accepts an empty object and rejects unknown keys', () => {
    expect(RoundOptionsSchema.parse({})).toEqual({});
    expect(codes(RoundOptionsSchema, { roundingIncrement: '0.05', step: 1 })).toEqual(['INPUT_UNRECOGNIZED_KEYS']);
  });
});

describe('AllocateOptionsSchema', () => {
  it('rejects unknown remainder rules', () => {
    expect(codes(AllocateOptionsSchema, { remainder: 'random' })).toEqual(['INPUT_INVALID_VALUE']);
  });
});

describe('AllocationCountSchema', () => {
  it('accepts 1 to 100000', () => {
    expect(codes(AllocationCountSchema, 1)).toEqual([]);
    expect(codes(AllocationCountSchema, 100_000)).toEqual([]);
    expect(codes(AllocationCountSchema, 100_001)).toEqual(['INPUT_OUT_OF_RANGE']);
  });
});

describe('AllocationRatiosSchema', () => {
  it('reports every bad ratio at its index', () => {
    const error = caught(() => parseInput(AllocationRatiosSchema, [1, -1, '-2', 'x', 0.5]));
    expect((error as unknown as { issues: Array<{ code: string; path: unknown[] }> }).issues.map((i) => [i.code, i.path])).toEqual([
      ['MONEY_INVALID_RATIOS', [1]],
      ['MONEY_INVALID_RATIOS', [2]],
      ['MONEY_INVALID_DECIMAL', [3]],
      ['MONEY_INVALID_RATIOS', [4]],
    ]);
  });
});

describe('RatioSchema', () => {
  it('requires bigints and a positive denominator', () => {
    expect(RatioSchema.parse({ numerator: -3n, denominator: 4n, extra: true })).toEqual({ numerator: -3n, denominator: 4n });
    expect(codes(RatioSchema, { numerator: 1n, denominator: -4n })).toEqual(['MONEY_INVALID_RATIO']);
    expect(codes(RatioSchema, { numerator: 1, denominator: 4n })).toEqual(['INPUT_INVALID_TYPE']);
  });
});

describe('AllocationWeightsSchema', () => {
  it('rejects negative and all-zero weights', () => {
    expect(codes(AllocationWeightsSchema, [1n, -1n])).toEqual(['MONEY_INVALID_RATIOS']);
    expect(codes(AllocationWeightsSchema, [0n, 0n])).toEqual(['MONEY_INVALID_RATIOS']);
  });
});

describe('minorUnitsIn', () => {
  it('bounds minor units at 10^30 major units for the currency', () => {
    expect(codes(minorUnitsIn('JPY'), 10n ** 30n - 1n)).toEqual([]);
    expect(codes(minorUnitsIn('JPY'), 10n ** 30n)).toEqual(['MONEY_AMOUNT_TOO_LARGE']);
    expect(codes(minorUnitsIn('CLF'), -(10n ** 34n) + 1n)).toEqual([]);
    expect(codes(minorUnitsIn('CLF'), 1)).toEqual(['INPUT_INVALID_TYPE']);
  });
});
