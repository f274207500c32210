import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideRounded } from '../../src/money/index.js';
import { MODES } from '../support/decimal-modes.js';
import { roundingModeArb } from '../arbitraries/money.js';

const D = Decimal.clone({ precision: 300 });

const numeratorArb = fc.oneof(fc.bigInt({ min: -1000n, max: 1000n }), fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }));
const denominatorArb = fc.oneof(fc.bigInt({ min: -12n, max: 12n }), fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n })).filter((d) => d !== 0n);

describe('divideRounded', () => {
  it('agrees with decimal.js for every mode on random quotients', () => {
    fc.assert(
      fc.property(numeratorArb, denominatorArb, roundingModeArb, (n, d, mode) => {
        const expected = new D(n.toString()).div(d.toString()).toDecimalPlaces(0, MODES[mode]);
        expect(divideRounded(n, d, mode).toString()).toBe(expected.isZero() ? '0' : expected.toFixed(0));
      }),
    );
  });

  it('agrees with decimal.js on exact ties (odd / 2 and odd * 5 / 10)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.constantFrom(2n, -2n, 10n), roundingModeArb, (k, d, mode) => {
        const n = d === 10n ? (2n * k + 1n) * 5n : 2n * k + 1n;
        const expected = new D(n.toString()).div(d.toString()).toDecimalPlaces(0, MODES[mode]);
        expect(divideRounded(n, d, mode).toString()).toBe(expected.isZero() ? '0' : expected.toFixed(0));
      }),
    );
  });

  it('never moves more than one unit from the exact quotient', () => {
    fc.assert(
      fc.property(numeratorArb, denominatorArb, roundingModeArb, (n, d, mode) => {
        const q = divideRounded(n, d, mode);
        const gap = q * d - n; // |q - n/d| < 1  <=>  |q*d - n| < |d|
        const absD = d < 0n ? -d : d;
        expect((gap < 0n ? -gap : gap) < absD).toBe(true);
      }),
    );
  });
});
