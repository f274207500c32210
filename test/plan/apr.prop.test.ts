import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, fromDayNumber, toDayNumber } from '../../src/calendar/index.js';
import { AprInputSchema, apr, isAprWithinTolerance, isArrearsError, safeApr } from '../../src/plan/index.js';
import type { AprFrequency, AprInput } from '../../src/plan/index.js';
import { basisPointsArb, centsArb, centsToAmount, dateArb, levelUnitArb } from '../arbitraries/plan.js';

const D = Decimal.clone({ precision: 60 });

/** The first payment date one unit period after the advance, for an advance the arbitrary built. */
function oneUnitLater(advance: string, unit: AprFrequency): string {
  switch (typeof unit === 'string' ? unit : 'everyMonths') {
    case 'monthly':
      return addMonths(advance, 1);
    case 'everyMonths':
      return addMonths(advance, 2);
    case 'quarterly':
      return addMonths(advance, 3);
    case 'weekly':
      return addDays(advance, 7);
    case 'biweekly':
      return addDays(advance, 14);
    case 'fourWeekly':
      return addDays(advance, 28);
    default:
      return addDays(advance, 15); // semiMonthly: advance on day 1-12, first payment on day 16-27
  }
}

/** An advance date whose day suits the unit: day 1-28 (1-12 for semimonths). */
const advanceFor = (unit: AprFrequency): fc.Arbitrary<string> =>
  fc.record({ year: fc.integer({ min: 1950, max: 2080 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: unit === 'semiMonthly' ? 12 : 28 }) }).map(
    ({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );

describe('apr (properties)', () => {
  it('recovers the periodic rate of a level-payment stream built from that rate', () => {
    const arb = levelUnitArb.chain((unit) =>
      fc.record({ unit: fc.constant(unit), advance: advanceFor(unit), bp: basisPointsArb, n: fc.integer({ min: 1, max: 120 }), cents: fc.bigInt({ min: 10_000n, max: 100_000_000n }) }),
    );
    fc.assert(
      fc.property(arb, ({ unit, advance, bp, n, cents }) => {
        const i = new D(bp).div(10_000);
        const principal = new D(cents.toString()).div(100);
        // Level payment P = A i / (1 - (1 + i)^-n), scaled by 10^18 so that rounding it to the cent
        // is exact enough for 1e-18 (a currency is required, so its minor unit bounds the decimals).
        const scale = new D('1e18');
        const payment = principal.times(scale).times(i).div(new D(1).minus(i.plus(1).pow(-n))).toFixed(2);
        const input: AprInput = { amountFinanced: principal.times(scale).toFixed(2), advanceDate: advance, currency: 'USD', payments: [{ amount: payment, count: n, frequency: unit, firstDueDate: oneUnitLater(advance, unit) }] };
        const result = apr(input);
        expect(new D(result.periodicRate).minus(i).abs().lessThan('1e-18')).toBe(true);
        if (n >= 2) {
          expect(result.unitPeriod).toEqual(unit);
          expect(result.regular).toBe(true);
          expect(result.schedule.filter((e) => e.type === 'payment').every((e, k) => e.t === k + 1 && e.f === '0')).toBe(true);
        }
      }),
    );
  });

  /** An irregular stream: an advance and 1-12 payments at increasing random dates, paying back 100-150%. */
  const streamArb = fc
    .record({
      advance: dateArb,
      gaps: fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 12 }),
      cents: fc.array(fc.bigInt({ min: 100n, max: 1_000_000n }), { minLength: 12, maxLength: 12 }),
      share: fc.integer({ min: 50, max: 100 }),
    })
    .map(({ advance, gaps, cents, share }) => {
      let day = toDayNumber(advance);
      const payments = gaps.map((gap, k) => {
        day += gap;
        return { amount: centsToAmount(cents[k] ?? 100n), date: fromDayNumber(day) };
      });
      const total = payments.reduce((s, p) => s + BigInt(p.amount.replace('.', '')), 0n);
      return { amountFinanced: centsToAmount((total * BigInt(share)) / 100n || 1n), advanceDate: advance, currency: 'USD', payments };
    });

  it('raises the APR when any one payment increases', () => {
    fc.assert(
      fc.property(streamArb, fc.nat(), centsArb(1n, 100_000n), (input, pick, extra) => {
        const index = pick % input.payments.length;
        const bigger = input.payments.map((p, k) => (k === index ? { ...p, amount: new D(p.amount).plus(extra).toFixed(2) } : p));
        const before = apr(input);
        const after = apr({ ...input, payments: bigger });
        expect(new D(after.annualRate).greaterThan(before.annualRate)).toBe(true);
        expect(after.unitPeriod).toEqual(before.unitPeriod);
      }),
    );
  });

  it('returns APR 0 when the payments add up to the amount financed', () => {
    fc.assert(
      fc.property(streamArb, (input) => {
        const total = input.payments.reduce((s, p) => s.plus(p.amount), new D(0));
        const result = apr({ ...input, amountFinanced: total.toFixed(2) });
        expect([result.annualRate, result.aprPercent, result.financeCharge]).toEqual(['0', '0.00', '0.00']);
      }),
    );
  });

  it('gives every flow t >= 0 and a fraction below one, in date order, and never a negative rate', () => {
    fc.assert(
      fc.property(streamArb, (input) => {
        const result = apr(input);
        expect(result.schedule).toHaveLength(input.payments.length + 1);
        for (const entry of result.schedule) {
          expect(entry.t).toBeGreaterThanOrEqual(0);
          if (entry.f !== '0') {
            const [num, den] = entry.f.split('/').map(Number);
            expect((num ?? 0) > 0 && (num ?? 0) < (den ?? 0)).toBe(true);
          }
        }
        expect([...result.schedule].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))).toEqual(result.schedule);
        expect(new D(result.annualRate).isNegative()).toBe(false);
      }),
    );
  });

  it('gives the same result for a month-based series and for its dates listed one by one', () => {
    const arb = fc.record({
      advance: dateArb,
      lead: fc.integer({ min: 1, max: 60 }),
      anchor: fc.constantFrom<number | 'last'>(28, 29, 30, 31, 'last', 15),
      count: fc.integer({ min: 2, max: 30 }),
      frequency: fc.constantFrom('monthly', 'quarterly', 'annually', 'semiMonthly', 'semiAnnually'),
    });
    fc.assert(
      fc.property(arb, ({ advance, lead, anchor, count, frequency }) => {
        const near = addDays(advance, lead);
        let firstDueDate: string;
        let extra: Record<string, unknown>;
        if (frequency === 'semiMonthly') {
          firstDueDate = near;
          extra = {};
        } else {
          const lastDay = Number(addDays(addMonths(near.slice(0, 8) + '01', 1), -1).slice(8));
          const day = anchor === 'last' ? lastDay : Math.min(anchor, lastDay);
          firstDueDate = `${near.slice(0, 8)}${String(day).padStart(2, '0')}`;
          if (firstDueDate <= advance) firstDueDate = addMonths(firstDueDate, 1, { anchorDay: anchor });
          extra = { anchorDay: anchor };
        }
        const series = apr({ amountFinanced: '150.00', advanceDate: advance, currency: 'USD', payments: [{ amount: '100.00', count, frequency, firstDueDate, ...extra }] });
        const listed = apr({ amountFinanced: '150.00', advanceDate: advance, currency: 'USD', payments: series.schedule.filter((e) => e.type === 'payment').map((e) => ({ amount: e.amount, date: e.date })) });
        expect(listed.annualRate).toBe(series.annualRate);
        expect(listed.schedule).toEqual(series.schedule);
      }),
    );
  });

  it('throws a ValidationError for any junk input', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        let thrown: unknown;
        try {
          apr(junk as AprInput);
        } catch (error) {
          thrown = error;
        }
        expect(isArrearsError(thrown) && thrown.name === 'ValidationError').toBe(true);
      }),
    );
  });

  it('throws a ValidationError for junk in any one field, and nothing but arrears errors otherwise', () => {
    const base: Record<string, unknown> = { amountFinanced: '5000.00', advanceDate: '1978-01-10', currency: 'USD', payments: [{ amount: '230.00', count: 24, frequency: 'monthly', firstDueDate: '1978-02-10' }] };
    const fields = ['amountFinanced', 'advanceDate', 'payments', 'unitPeriod', 'currency', 'aprPercentDecimals', 'disclosedAprRate', 'highApr', 'advances'];
    const junk = fc.oneof(fc.anything(), fc.constantFrom('', 'NaN', 'Infinity', '1e3', '-1', '0', ' 1', '9'.repeat(50), 'USD', 'week', '9.69', { everyWeeks: 0 }), fc.double());
    fc.assert(
      fc.property(fc.constantFrom(...fields), junk, (field, value) => {
        const input = { ...base, [field]: value };
        // safeApr rethrows anything that is not an arrears error, which fails the property.
        const result = safeApr(input);
        if (!AprInputSchema.safeParse(input).success) expect(result.success === false && result.error.name).toBe('ValidationError');
      }),
    );
  });
});

describe('isAprWithinTolerance (properties)', () => {
  it('is within tolerance exactly when |disclosed - actual| <= 1/8 (1/4 if irregular) of a point, symmetrically', () => {
    // Rates 0 to 3 (300%, with highApr), to 6 decimals (4 decimals of a percent).
    const rate = fc.bigInt({ min: 0n, max: 3_000_000n }).map((n) => new D(n.toString()).div(1_000_000).toFixed(6));
    fc.assert(
      fc.property(rate, rate, fc.boolean(), (disclosed, actual, irregular) => {
        const result = isAprWithinTolerance({ disclosedAprRate: disclosed, actualAprRate: actual, irregular, highApr: true });
        const diff = new D(disclosed).minus(actual).times(100);
        expect(result.ok).toBe(diff.abs().lessThanOrEqualTo(irregular ? '0.25' : '0.125'));
        expect(result.findings.length).toBe(result.ok ? 0 : 1);
        expect(new D(result.differencePercent).equals(diff)).toBe(true);
        expect(isAprWithinTolerance({ disclosedAprRate: actual, actualAprRate: disclosed, irregular, highApr: true }).ok).toBe(result.ok);
      }),
    );
  });

  it('throws a ValidationError for any junk input', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        let thrown: unknown;
        try {
          isAprWithinTolerance(junk as never);
        } catch (error) {
          thrown = error;
        }
        expect(isArrearsError(thrown) && thrown.name === 'ValidationError').toBe(true);
      }),
    );
  });
});
