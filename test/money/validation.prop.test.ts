import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as money from '../../src/money/index.js';
import { isArrearsError } from '../../src/money/index.js';
import { amountToMinor } from '../../src/money/decimal-string.js';
// Internal since issue 20 (no longer exported from arrears/money): checked from their files.
import { AllocationWeightsSchema, RatioSchema, amountIn, minorUnitsIn } from '../../src/money/schemas.js';
import { safeParseRatio } from '../../src/money/minor-units.js';
import { currencyArb, junkArb } from '../arbitraries/money.js';

// Every exported function fed random junk in each argument (the others valid) either returns
// or throws an arrears error of the documented class: never a TypeError, RangeError, ZodError
// or a NaN result.

type Call = (junk: unknown) => unknown;

const valid = { amount: '12.34', currency: 'USD', calc: money.createMinorUnitCalculator('USD'), safe: money.createSafeIntegerCalculator('USD') };

const calls: Record<string, Call[]> = {
  getCurrency: [(j) => money.getCurrency(j as string)],
  isCurrencyCode: [(j) => money.isCurrencyCode(j)],
  listCurrencies: [() => money.listCurrencies()],
  amountIn: [(j) => amountIn(j as string)],
  minorUnitsIn: [(j) => minorUnitsIn(j as string)],
  parseAmount: [(j) => money.parseAmount(j as string, 'USD'), (j) => money.parseAmount(valid.amount, j as string)],
  toMinorUnits: [(j) => money.toMinorUnits(j as string, 'USD'), (j) => money.toMinorUnits(valid.amount, j as string)],
  fromMinorUnits: [(j) => money.fromMinorUnits(j as bigint, 'USD'), (j) => money.fromMinorUnits(1n, j as string)],
  parseRatio: [(j) => money.parseRatio(j as string)],
  roundAmount: [
    (j) => money.roundAmount(j as string, 'USD'),
    (j) => money.roundAmount(valid.amount, j as string),
    (j) => money.roundAmount(valid.amount, 'USD', j as never),
    (j) => money.roundAmount(valid.amount, 'USD', { roundingMode: j as never }),
    (j) => money.roundAmount(valid.amount, 'USD', { roundingIncrement: j as string }),
  ],
  addAmounts: [(j) => money.addAmounts(j as string, '1', 'USD'), (j) => money.addAmounts('1', j as string, 'USD'), (j) => money.addAmounts('1', '1', j as string)],
  subtractAmounts: [(j) => money.subtractAmounts(j as string, '1', 'USD'), (j) => money.subtractAmounts('1', j as string, 'USD')],
  sumAmounts: [(j) => money.sumAmounts(j as string[], 'USD'), (j) => money.sumAmounts(['1', j as string], 'USD'), (j) => money.sumAmounts(['1'], j as string)],
  multiplyAmount: [
    (j) => money.multiplyAmount(j as string, '2', 'USD'),
    (j) => money.multiplyAmount('1', j as string, 'USD'),
    (j) => money.multiplyAmount('1', '2', j as string),
    (j) => money.multiplyAmount('1', '2', 'USD', j as never),
  ],
  compareAmounts: [(j) => money.compareAmounts(j as string, '1', 'USD'), (j) => money.compareAmounts('1', j as string, 'USD')],
  minAmount: [(j) => money.minAmount(j as string[], 'USD'), (j) => money.minAmount([j as string], 'USD')],
  maxAmount: [(j) => money.maxAmount(j as string[], 'USD'), (j) => money.maxAmount(['1', j as string], 'USD')],
  isZeroAmount: [(j) => money.isZeroAmount(j as string, 'USD'), (j) => money.isZeroAmount('0', j as string)],
  isNegativeAmount: [(j) => money.isNegativeAmount(j as string, 'USD')],
  allocate: [
    (j) => money.allocate(j as string, 3, 'USD'),
    (j) => money.allocate('1', j as number, 'USD'),
    (j) => money.allocate('1', [1, j as string], 'USD'),
    (j) => money.allocate('1', 3, j as string),
    (j) => money.allocate('1', 3, 'USD', j as never),
  ],
  allocateMinorUnits: [(j) => money.allocateMinorUnits(j as bigint, [1n]), (j) => money.allocateMinorUnits(1n, j as bigint[]), (j) => money.allocateMinorUnits(1n, [1n], j as never)],
  divideRounded: [(j) => money.divideRounded(j as bigint, 2n, 'expand'), (j) => money.divideRounded(1n, j as bigint, 'expand'), (j) => money.divideRounded(1n, 2n, j as never)],
  multiplyMinorUnits: [(j) => money.multiplyMinorUnits(j as bigint, { numerator: 1n, denominator: 2n }, 'expand'), (j) => money.multiplyMinorUnits(1n, j as never, 'expand')],
  createMinorUnitCalculator: [(j) => money.createMinorUnitCalculator(j as string)],
  createSafeIntegerCalculator: [(j) => money.createSafeIntegerCalculator(j as string)],
  'safe-integer calculator methods': [
    (j) => valid.safe.fromAmount(j as string),
    (j) => valid.safe.toAmount(j as number),
    (j) => valid.safe.add(j as number, 1),
    (j) => valid.safe.subtract(1, j as number),
    (j) => valid.safe.compare(j as number, 1),
    (j) => valid.safe.multiply(1, j as never, 'expand'),
    (j) => valid.safe.mulDiv(1, j as bigint, 3n, 'expand'),
    (j) => valid.safe.mulDiv(1, 1n, j as bigint, 'expand'),
    (j) => valid.safe.mulDiv(j as number, 1n, 3n, 'expand'),
    (j) => valid.safe.allocate(1, j as bigint[], { remainder: 'first' }),
    (j) => valid.safe.allocate(j as number, [1n], { remainder: 'first' }),
  ],
  'MoneyCalculator methods': [
    (j) => valid.calc.fromAmount(j as string),
    (j) => valid.calc.toAmount(j as bigint),
    (j) => valid.calc.add(j as bigint, 1n),
    (j) => valid.calc.subtract(1n, j as bigint),
    (j) => valid.calc.compare(j as bigint, 1n),
    (j) => valid.calc.multiply(1n, j as never, 'expand'),
    (j) => valid.calc.mulDiv(1n, j as bigint, 3n, 'expand'),
    (j) => valid.calc.mulDiv(1n, 1n, j as bigint, 'expand'),
    (j) => valid.calc.allocate(1n, j as bigint[], { remainder: 'first' }),
  ],
};

// Junk that can be valid input and then break a domain rule instead: a zero divisor, or a
// result beyond 10^30. Those throw a DomainRuleError, as documented.
const allowed = (name: string): string[] =>
  ['divideRounded', 'MoneyCalculator methods', 'safe-integer calculator methods', 'roundAmount', 'addAmounts', 'subtractAmounts', 'sumAmounts', 'multiplyAmount'].includes(name)
    ? ['ValidationError', 'DomainRuleError']
    : ['ValidationError'];

describe('every money function', () => {
  for (const [name, fns] of Object.entries(calls)) {
    it(`${name} throws only typed arrears errors on random junk`, () => {
      fc.assert(
        fc.property(junkArb, fc.nat({ max: fns.length - 1 }), (junk, index) => {
          let result: unknown;
          try {
            result = (fns[index] as Call)(junk);
          } catch (error) {
            expect(isArrearsError(error) && allowed(name).includes(error.name), String(error)).toBe(true);
            return;
          }
          expect(typeof result === 'number' && Number.isNaN(result)).toBe(false);
        }),
      );
    });
  }

  it('covers every exported function', () => {
    const exported = Object.entries(money)
      .filter(([key, value]) => typeof value === 'function' && !/^[A-Z]/.test(key) && !['isArrearsError', 'attempt'].includes(key) && !key.startsWith('safe'))
      .map(([key]) => key);
    for (const key of exported) expect(Object.keys(calls), key).toContain(key);
  });
});

describe('safeParseAmount', () => {
  it('never throws on junk: it returns a result', () => {
    fc.assert(
      fc.property(junkArb, junkArb, (a, c) => {
        const result = money.safeParseAmount(a, c);
        expect(typeof result.success).toBe('boolean');
        if (!result.success) expect(result.error.name).toBe('ValidationError');
      }),
    );
  });
});

describe('safeParseRatio', () => {
  it('never throws on junk', () => {
    fc.assert(
      fc.property(junkArb, (j) => {
        expect(typeof safeParseRatio(j).success).toBe('boolean');
      }),
    );
  });
});

describe('safeGetCurrency', () => {
  it('never throws on junk', () => {
    fc.assert(
      fc.property(junkArb, (j) => {
        expect(money.safeGetCurrency(j).success).toBe(money.isCurrencyCode(j));
      }),
    );
  });
});

// The fast paths check by hand and fall back to the schema for the error: they must accept
// exactly what the schemas accept.
const nearAmountArb = fc.oneof(
  junkArb,
  fc.stringMatching(/^-?\d{0,33}(\.\d{0,33})?$/),
  fc.stringMatching(/^[-+ .,e0-9]{0,12}$/),
);

describe('amountIn', () => {
  it('accepts exactly the strings the fast amount parser accepts', () => {
    fc.assert(
      fc.property(currencyArb, nearAmountArb, (currency, value) => {
        const fast = amountToMinor(value, currency.minorUnits);
        const schema = amountIn(currency.code).safeParse(value);
        expect(schema.success).toBe(fast !== undefined);
        if (schema.success) expect(money.toMinorUnits(schema.data, currency.code)).toBe(fast);
      }),
    );
  });
});

describe('DecimalStringSchema', () => {
  it('accepts exactly the strings parseRatio accepts', () => {
    fc.assert(
      fc.property(nearAmountArb, (value) => {
        expect(money.DecimalStringSchema.safeParse(value).success).toBe(safeParseRatio(value).success);
      }),
    );
  });
});

describe('RatioSchema', () => {
  it('accepts exactly the ratios multiplyMinorUnits accepts', () => {
    const ratioJunk = fc.oneof(junkArb, fc.record({ numerator: fc.oneof(fc.bigInt(), junkArb), denominator: fc.oneof(fc.bigInt(), junkArb) }));
    fc.assert(
      fc.property(ratioJunk, (ratio) => {
        let fast = true;
        try {
          money.multiplyMinorUnits(1n, ratio as never, 'expand');
        } catch {
          fast = false;
        }
        expect(RatioSchema.safeParse(ratio).success).toBe(fast);
      }),
    );
  });
});

describe('AllocationWeightsSchema', () => {
  it('accepts exactly the weights allocateMinorUnits accepts', () => {
    const weightsJunk = fc.oneof(junkArb, fc.array(fc.oneof(fc.bigInt({ min: -3n, max: 3n }), junkArb), { maxLength: 4 }));
    fc.assert(
      fc.property(weightsJunk, (weights) => {
        let fast = true;
        try {
          money.allocateMinorUnits(1n, weights as never);
        } catch {
          fast = false;
        }
        expect(AllocationWeightsSchema.safeParse(weights).success).toBe(fast);
      }),
    );
  });
});

describe('CurrencyCodeSchema', () => {
  it('accepts exactly the codes isCurrencyCode accepts', () => {
    const codeJunk = fc.oneof(junkArb, fc.stringMatching(/^[A-Za-z]{3}$/), fc.constantFrom('USD', 'JPY', 'usd', 'XAU'));
    fc.assert(
      fc.property(codeJunk, (code) => {
        expect(money.CurrencyCodeSchema.safeParse(code).success).toBe(money.isCurrencyCode(code));
      }),
    );
  });
});
