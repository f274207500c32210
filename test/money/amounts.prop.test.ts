import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addAmounts, compareAmounts, multiplyAmount, parseAmount, roundAmount, subtractAmounts, sumAmounts } from '../../src/money/index.js';
import type { RoundingMode } from '../../src/money/index.js';
import { MODES } from '../support/decimal-modes.js';
import { amountArb, currencyAmountArb, currencyArb, decimalArb, formatScaled, roundingModeArb, tieArb } from '../arbitraries/money.js';

// decimal.js is the independent reference here: a private constructor, never Decimal.set.
const D = Decimal.clone({ precision: 200, toExpNeg: -1000, toExpPos: 1000 });

/** decimal.js result as an amount string (no "-0.00"). */
function reference(x: Decimal, places: number): string {
  return (x.isZero() ? new D(0) : x).toFixed(places);
}

/** A value with up to 30 decimals, built from bigints. */
const valueArb = fc.oneof(
  decimalArb(12),
  decimalArb(30, 10n ** 20n),
  currencyArb.chain((c) => tieArb(c.minorUnits)),
);

describe('roundAmount', () => {
  it('agrees with decimal.js toDecimalPlaces for every mode and currency', () => {
    fc.assert(
      fc.property(currencyArb, valueArb, roundingModeArb, (currency, value, mode) => {
        const expected = reference(new D(value.text).toDecimalPlaces(currency.minorUnits, MODES[mode]), currency.minorUnits);
        expect(roundAmount(value.text, currency.code, { roundingMode: mode })).toBe(expected);
      }),
    );
  });

  it('agrees with decimal.js on exact ties (x.xx5), where the modes differ', () => {
    fc.assert(
      fc.property(currencyArb.chain((c) => fc.tuple(fc.constant(c), tieArb(c.minorUnits))), roundingModeArb, ([currency, tie], mode) => {
        const expected = reference(new D(tie.text).toDecimalPlaces(currency.minorUnits, MODES[mode]), currency.minorUnits);
        expect(roundAmount(tie.text, currency.code, { roundingMode: mode })).toBe(expected);
      }),
    );
  });

  it('agrees with decimal.js when rounding to an increment: round(value / increment) * increment', () => {
    const incrementArb = fc.constantFrom('0.01', '0.05', '0.10', '0.25', '1', '5', '10', '100', '0.5');
    fc.assert(
      fc.property(decimalArb(6, 10n ** 9n), incrementArb, roundingModeArb, (value, increment, mode) => {
        const inc = new D(increment);
        const expected = reference(new D(value.text).div(inc).toDecimalPlaces(0, MODES[mode]).times(inc), 2);
        expect(roundAmount(value.text, 'USD', { roundingMode: mode, roundingIncrement: increment })).toBe(expected);
      }),
    );
  });

  it('agrees with Intl.NumberFormat (exact decimal strings) for every mode, ties and negatives included', () => {
    // A second, independent reference: Intl.NumberFormat formats a decimal string exactly, and
    // the modes are its own names. "-0" is the one difference (amounts never say "-0.00").
    const formats = new Map<string, Intl.NumberFormat>();
    const intl = (text: string, places: number, mode: RoundingMode): string => {
      const key = `${places}:${mode}`;
      let f = formats.get(key);
      if (f === undefined) {
        f = new Intl.NumberFormat('en-US', { minimumFractionDigits: places, maximumFractionDigits: places, roundingMode: mode, useGrouping: false } as Intl.NumberFormatOptions);
        formats.set(key, f);
      }
      const out = f.format(text as unknown as number);
      return /^-0(\.0*)?$/.test(out) ? out.slice(1) : out;
    };
    fc.assert(
      fc.property(currencyArb, valueArb, roundingModeArb, (currency, value, mode) => {
        expect(roundAmount(value.text, currency.code, { roundingMode: mode })).toBe(intl(value.text, currency.minorUnits, mode));
      }),
    );
  });

  it('mirrors halfCeil and halfFloor: halfCeil(x) = -halfFloor(-x), and they equal halfExpand / halfTrunc above zero', () => {
    fc.assert(
      fc.property(currencyArb, valueArb, (currency, value) => {
        const negated = value.text.startsWith('-') ? value.text.slice(1) : `-${value.text}`;
        const negate = (a: string): string => (/^-?0(\.0*)?$/.test(a) ? a : a.startsWith('-') ? a.slice(1) : `-${a}`);
        const ceil = roundAmount(value.text, currency.code, { roundingMode: 'halfCeil' });
        expect(ceil).toBe(negate(roundAmount(negated, currency.code, { roundingMode: 'halfFloor' })));
        const positive = !value.text.startsWith('-');
        expect(ceil).toBe(roundAmount(value.text, currency.code, { roundingMode: positive ? 'halfExpand' : 'halfTrunc' }));
      }),
    );
  });

  it('returns exact amounts unchanged in every mode', () => {
    fc.assert(
      fc.property(currencyAmountArb, roundingModeArb, ({ currency, text }, mode) => {
        expect(roundAmount(text, currency.code, { roundingMode: mode })).toBe(parseAmount(text, currency.code));
      }),
    );
  });

  it('is symmetric around zero for the symmetric modes', () => {
    fc.assert(
      fc.property(currencyArb, valueArb, fc.constantFrom<RoundingMode>('halfExpand', 'halfTrunc', 'halfEven', 'expand', 'trunc'), (currency, value, mode) => {
        const negated = value.text.startsWith('-') ? value.text.slice(1) : `-${value.text}`;
        const a = roundAmount(value.text, currency.code, { roundingMode: mode });
        const negatedA = /^-?0(\.0*)?$/.test(a) ? a : a.startsWith('-') ? a.slice(1) : `-${a}`;
        expect(roundAmount(negated, currency.code, { roundingMode: mode })).toBe(negatedA);
      }),
    );
  });
});

describe('parseAmount', () => {
  it('round-trips canonical strings and normalises padded ones', () => {
    fc.assert(
      fc.property(
        currencyArb.chain((c) => amountArb(c.minorUnits).map((a) => ({ c, a }))),
        fc.nat({ max: 5 }),
        fc.nat({ max: 5 }),
        ({ c, a }, leadingZeros, trailingZeros) => {
          expect(parseAmount(a.text, c.code)).toBe(a.text);
          const negative = a.text.startsWith('-');
          const body = negative ? a.text.slice(1) : a.text;
          const padded = `${negative ? '-' : ''}${'0'.repeat(leadingZeros)}${body}${c.minorUnits === 0 && trailingZeros > 0 ? '.' : ''}${'0'.repeat(trailingZeros)}`;
          expect(parseAmount(padded, c.code)).toBe(a.text);
        },
      ),
    );
  });
});

describe('addAmounts', () => {
  it('agrees with decimal.js', () => {
    fc.assert(
      fc.property(currencyArb.chain((c) => fc.tuple(fc.constant(c), amountArb(c.minorUnits), amountArb(c.minorUnits))), ([c, a, b]) => {
        expect(addAmounts(a.text, b.text, c.code)).toBe(reference(new D(a.text).plus(b.text), c.minorUnits));
        expect(subtractAmounts(a.text, b.text, c.code)).toBe(reference(new D(a.text).minus(b.text), c.minorUnits));
        expect(compareAmounts(a.text, b.text, c.code)).toBe(new D(a.text).cmp(b.text));
      }),
    );
  });
});

describe('sumAmounts', () => {
  it('agrees with decimal.js', () => {
    fc.assert(
      fc.property(currencyArb.chain((c) => fc.tuple(fc.constant(c), fc.array(amountArb(c.minorUnits), { maxLength: 20 }))), ([c, list]) => {
        const expected = list.reduce((s, a) => s.plus(a.text), new D(0));
        expect(sumAmounts(list.map((a) => a.text), c.code)).toBe(reference(expected, c.minorUnits));
      }),
    );
  });
});

describe('multiplyAmount', () => {
  it('agrees with decimal.js: exact product, one rounding to the minor unit', () => {
    fc.assert(
      fc.property(
        currencyArb.chain((c) => fc.tuple(fc.constant(c), amountArb(c.minorUnits))),
        fc.oneof(decimalArb(10, 10n ** 4n), tieArb(1)),
        roundingModeArb,
        ([c, a], factor, mode) => {
          const exact = new D(a.text).times(factor.text);
          fc.pre(exact.abs().lt(new D(10).pow(29)));
          const text = formatScaled(factor.value, factor.scale);
          expect(multiplyAmount(a.text, text, c.code, mode)).toBe(reference(exact.toDecimalPlaces(c.minorUnits, MODES[mode]), c.minorUnits));
        },
      ),
    );
  });
});
