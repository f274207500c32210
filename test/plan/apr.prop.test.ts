import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, fromDayNumber, toDayNumber } from '../../src/calendar/index.js';
import { AprInputSchema, apr, isAprWithinTolerance, isArrearsError, safeApr } from '../../src/plan/index.js';
import type { AprInput } from '../../src/plan/index.js';
import { basisPointsArb, centsArb, centsToAmount, dateArb, levelUnitArb } from '../arbitraries/plan.js';

const D = Decimal.clone({ precision: 60 });

/** The first payment date one unit period after the advance, for an advance the arbitrary built. */
function oneUnitLater(advance: string, unit: string): string {
  switch (unit) {
    case 'month':
      return addMonths(advance, 1);
    case '2-month':
      return addMonths(advance, 2);
    case 'quarter':
      return addMonths(advance, 3);
    case 'week':
      return addDays(advance, 7);
    case 'biweek':
      return addDays(advance, 14);
    case '4-week':
      return addDays(advance, 28);
    default:
      return addDays(advance, 15); // semimonth: advance on day 1-12, first payment on day 16-27
  }
}

/** An advance date whose day suits the unit: day 1-28 (1-12 for semimonths). */
const advanceFor = (unit: string): fc.Arbitrary<string> =>
  fc.record({ year: fc.integer({ min: 1950, max: 2080 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: unit === 'semimonth' ? 12 : 28 }) }).map(
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
        // Level payment P = A i / (1 - (1 + i)^-n), written to 30 decimals (exact enough for 1e-18).
        const payment = principal.times(i).div(new D(1).minus(i.plus(1).pow(-n))).toFixed(30);
        const input: AprInput = { amountFinanced: principal.toFixed(2), advanceDate: advance, payments: [{ amount: payment, count: n, frequency: unit, firstDate: oneUnitLater(advance, unit) }] };
        const result = apr(input);
        expect(new D(result.periodicRate).minus(i).abs().lessThan('1e-18')).toBe(true);
        if (n >= 2) {
          expect(result.unitPeriod).toBe(unit);
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
      return { amountFinanced: centsToAmount((total * BigInt(share)) / 100n || 1n), advanceDate: advance, payments };
    });

  it('raises the APR when any one payment increases', () => {
    fc.assert(
      fc.property(streamArb, fc.nat(), centsArb(1n, 100_000n), (input, pick, extra) => {
        const index = pick % input.payments.length;
        const bigger = input.payments.map((p, k) => (k === index ? { ...p, amount: new D(p.amount).plus(extra).toFixed(2) } : p));
        const before = apr(input);
        const after = apr({ ...input, payments: bigger });
        expect(new D(after.annualRate).greaterThan(before.annualRate)).toBe(true);
        expect(after.unitPeriod).toBe(before.unitPeriod);
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
      frequency: fc.constantFrom('month', 'quarter', 'year', 'semimonth'),
    });
    fc.assert(
      fc.property(arb, ({ advance, lead, anchor, count, frequency }) => {
        const near = addDays(advance, lead);
        let firstDate: string;
        let extra: Record<string, unknown>;
        if (frequency === 'semimonth') {
          firstDate = near;
          extra = {};
        } else {
          const lastDay = Number(addDays(addMonths(near.slice(0, 8) + '01', 1), -1).slice(8));
          const day = anchor === 'last' ? lastDay : Math.min(anchor, lastDay);
          firstDate = `${near.slice(0, 8)}${String(day).padStart(2, '0')}`;
          if (firstDate <= advance) firstDate = addMonths(firstDate, 1, { anchorDay: anchor });
          extra = { anchorDay: anchor };
        }
        const series = apr({ amountFinanced: '150.00', advanceDate: advance, payments: [{ amount: '100.00', count, frequency, firstDate, ...extra }] });
        const listed = apr({ amountFinanced: '150.00', advanceDate: advance, payments: series.schedule.filter((e) => e.type === 'payment').map((e) => ({ amount: e.amount, date: e.date })) });
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
    const base: Record<string, unknown> = { amountFinanced: '5000.00', advanceDate: '1978-01-10', payments: [{ amount: '230.00', count: 24, frequency: 'month', firstDate: '1978-02-10' }] };
    const fields = ['amountFinanced', 'advanceDate', 'payments', 'unitPeriod', 'currency', 'aprPercentDecimals', 'disclosedAprPercent', 'advances'];
    const junk = fc.oneof(fc.anything(), fc.constantFrom('', 'NaN', 'Infinity', '1e3', '-1', '0', ' 1', '9'.repeat(50), 'USD', 'week'), fc.double());
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
  it('is within tolerance exactly when |disclosed - actual| <= 1/8 (1/4 if irregular), symmetrically', () => {
    const pct = fc.bigInt({ min: 0n, max: 3_000_000n }).map((n) => new D(n.toString()).div(10_000).toFixed(4));
    fc.assert(
      fc.property(pct, pct, fc.boolean(), (disclosed, actual, irregular) => {
        const result = isAprWithinTolerance({ disclosedPercent: disclosed, actualPercent: actual, irregular });
        const diff = new D(disclosed).minus(actual);
        expect(result.withinTolerance).toBe(diff.abs().lessThanOrEqualTo(irregular ? '0.25' : '0.125'));
        expect(new D(result.differencePercent).equals(diff)).toBe(true);
        expect(isAprWithinTolerance({ disclosedPercent: actual, actualPercent: disclosed, irregular }).withinTolerance).toBe(result.withinTolerance);
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
