import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/index.js';
import { toMinorUnits } from '../../src/money/index.js';
import type { RoundingMode } from '../../src/money/index.js';
import { buildSchedule } from '../../src/plan/index.js';
import { civilOf, dayInMonth, isoOfDay } from '../../src/plan/day-numbers.js';
import { occurrenceDay, occurrenceIsos } from '../../src/plan/due-dates.js';
import { fastTerms } from '../../src/plan/fast-terms.js';
import { bigintOps, levelPayment, levelPaymentExact, levelPaymentFloat } from '../../src/plan/plan-arithmetic.js';
import { planSpec } from '../../src/plan/plan-spec.js';
import { computeRows, fastRows } from '../../src/plan/schedule.js';
import { PlanTermsSchema } from '../../src/plan/schemas.js';
import { annualRateArb, minorToAmountString, planCurrencyArb, planFrequencyArb, planTermsArb, withoutIdleOptions } from '../arbitraries/plan.js';

// Every fast path of buildSchedule against the exact path it replaces: the float level payment
// against the bigint formula (ties included), the number rows against the bigint rows, the hand
// check of plain terms against PlanTermsSchema.

const modeArb = fc.constantFrom<RoundingMode>('halfExpand', 'halfEven', 'halfTrunc', 'halfCeil', 'halfFloor', 'expand', 'trunc', 'ceil', 'floor');

describe('levelPaymentFloat (properties)', () => {
  it('is the exactly rounded level payment whenever it answers, in every roundingMode mode', () => {
    const arb = fc.record({
      financed: fc.bigInt({ min: 1n, max: 10n ** 13n }),
      a: fc.bigInt({ min: 1n, max: 10n ** 6n }),
      b: fc.bigInt({ min: 1n, max: 10n ** 8n }),
      n: fc.integer({ min: 1, max: 10_000 }),
      mode: modeArb,
    });
    let answered = 0;
    fc.assert(
      fc.property(arb, ({ financed, a, b, n, mode }) => {
        const exact = levelPaymentExact(financed, 0n, a, b, n, mode, 0n);
        const fast = levelPaymentFloat(financed, a, b, n, mode);
        if (fast !== undefined) {
          answered += 1;
          expect(fast).toBe(exact);
        }
        expect(levelPayment(financed, 0n, a, b, n, mode, 0n)).toBe(exact);
      }),
    );
    // The float path must actually run (else the test above proves nothing).
    expect(answered).toBeGreaterThan(50);
  });

  it('declines exact half-unit ties and near-integers, and the result is still the exact one', () => {
    // One installment: X = B·(a+b)/b. With B = 1, b = 2c and a = (2k−1)c, X = k + 1/2 exactly.
    const tie = fc.record({ c: fc.bigInt({ min: 1n, max: 10n ** 6n }), k: fc.bigInt({ min: 1n, max: 10n ** 6n }), mode: modeArb });
    fc.assert(
      fc.property(tie, ({ c, k, mode }) => {
        const a = (2n * k - 1n) * c;
        const b = 2n * c;
        const halfMode = mode.startsWith('half');
        if (halfMode) expect(levelPaymentFloat(1n, a, b, 1, mode)).toBeUndefined();
        expect(levelPayment(1n, 0n, a, b, 1, mode, 0n)).toBe(levelPaymentExact(1n, 0n, a, b, 1, mode, 0n));
        // X = k exactly (B = 1, a = (k − 1)·b): the directed modes cannot tell k from k ± ε.
        const whole = levelPaymentFloat(1n, (k - 1n) * b + (k === 1n ? b : 0n), b, 1, mode);
        if (!halfMode) expect(whole).toBeUndefined();
      }),
    );
    expect(levelPayment(1n, 0n, 1n, 2n, 1, 'halfEven', 0n)).toBe(2n); // 1.5 -> 2
    expect(levelPayment(5n, 0n, 1n, 2n, 1, 'halfEven', 0n)).toBe(8n); // 7.5 -> 8
    expect(levelPayment(3n, 0n, 1n, 2n, 1, 'halfTrunc', 0n)).toBe(4n); // 4.5 -> 4
    expect(levelPayment(3n, 0n, 1n, 2n, 1, 'halfCeil', 0n)).toBe(5n); // 4.5 -> 5
    expect(levelPayment(3n, 0n, 1n, 2n, 1, 'halfFloor', 0n)).toBe(4n); // 4.5 -> 4
  });
});

describe('fastRows (properties)', () => {
  const arb = fc
    .record({ terms: planTermsArb, roundingMode: modeArb, sameDay: fc.boolean() })
    .map(({ terms, roundingMode, sameDay }) => {
      // Half the cases without an odd first period (the fast path's domain).
      if (!sameDay) return { ...terms, roundingMode };
      const agreement = toDayNumber(terms.firstDueDate) - 400;
      return { ...terms, roundingMode, agreementDate: fromDayNumber(agreement), firstDueDate: fromDayNumber(agreement + 400) };
    })
    .map(withoutIdleOptions);

  it('gives the rows of the bigint path whenever it applies, and applies to periodic plans without an odd first period', () => {
    let applied = 0;
    fc.assert(
      fc.property(arb, (input) => {
        const terms = PlanTermsSchema.parse(input);
        const spec = planSpec(terms);
        const n = terms.installments as number;
        const built = buildSchedule(input);
        const payment = toMinorUnits((built.regularInstallmentAmount ?? built.regularPrincipalAmount) as string, terms.currency);
        const dates = occurrenceIsos(spec.rule, n);
        const fast = fastRows(spec, n, payment, dates);
        const exact = computeRows(bigintOps(spec.currency, spec.rounding), spec, n, payment, dates);
        if (fast === undefined) {
          // Only day-count interest and odd first periods are left to computeRows.
          expect(spec.kind !== 'flat' && (spec.interestMethod === 'dayCount' || occurrenceDay(spec.rule, -1) !== spec.agreementDay)).toBe(true);
          return;
        }
        applied += 1;
        expect(fast.rows).toEqual(exact?.rows);
        expect(BigInt(fast.totalPayments)).toBe(exact?.totalPayments);
        expect(BigInt(fast.totalInterest)).toBe(exact?.totalInterest);
      }),
    );
    expect(applied).toBeGreaterThan(20);
  });

  it('handles half-unit interest ties like the bigint path (250000.00 at 6.5% and 1000.05 at 9%)', () => {
    for (const [principal, annualRate, n] of [['250000.00', '0.065', 360], ['1000.05', '0.09', 6], ['5000.50', '0.03', 24]] as const) {
      for (const roundingMode of ['halfExpand', 'halfEven', 'halfTrunc'] as const) {
        const terms = PlanTermsSchema.parse({ principal, currency: 'USD', annualRate, frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01', installments: n, roundingMode });
        const spec = planSpec(terms);
        const payment = levelPaymentExact(spec.financed, 0n, spec.a, spec.b, n, roundingMode, 0n);
        const dates = occurrenceIsos(spec.rule, n);
        expect(fastRows(spec, n, payment, dates)?.rows).toEqual(computeRows(bigintOps('USD', roundingMode), spec, n, payment, dates)?.rows);
      }
    }
  });
});

describe('fastTerms (properties)', () => {
  /** Mostly `valid`, sometimes `broken`. */
  const mostly = <T, U>(valid: fc.Arbitrary<T>, broken: fc.Arbitrary<U>): fc.Arbitrary<T | U> => fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: broken, weight: 1 });
  /** Terms close to valid: plain values, some of them broken. */
  const termsArb = fc
    .record({
      currency: mostly(planCurrencyArb, fc.constantFrom(['XYZ', 2] as const, ['usd', 2] as const)),
      principal: mostly(fc.bigInt({ min: 1n, max: 10n ** 14n }), fc.constantFrom(0n, -5n)),
      extraDigit: mostly(fc.constant(false), fc.constant(true)),
      annualRate: mostly(annualRateArb, fc.constantFrom('10', '10.5', '-0.1', '1e-2', '.5', '0.', '', '9.999', '0.0650')),
      frequency: mostly(planFrequencyArb, fc.constantFrom('daily', 'annually', 'Monthly')),
      agreement: fc.integer({ min: toDayNumber('0001-01-01'), max: toDayNumber('9999-11-01') }),
      firstAfter: mostly(fc.integer({ min: 1, max: 60 }), fc.integer({ min: -3, max: 0 })),
      badDate: mostly(fc.constant(undefined), fc.constantFrom('2026-02-30', '0000-01-01', '2026-1-01', '2026-13-01', 20260101)),
      count: mostly(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom(undefined, 0, -1, 10_001, 2.5, '3')),
      amount: mostly(fc.constant(undefined), fc.bigInt({ min: 1n, max: 10n ** 9n })),
      method: mostly(fc.constantFrom(undefined, 'level', 'equalPrincipal'), fc.constantFrom('interestFree', 'other')),
      interestMethod: mostly(fc.constantFrom(undefined, 'periodic', 'dayCount'), fc.constant('daily')),
      roundingMode: mostly(fc.constantFrom(undefined, 'halfExpand', 'halfEven', 'floor'), fc.constant('nearest')),
      extra: mostly(fc.constant(undefined), fc.constantFrom(['dayCount', 'thirty360'], ['residual', 'first'], ['nonsense', 1], ['method', undefined])),
    })
    .map((r) => {
      const m = r.currency[1];
      const principal = minorToAmountString(r.principal < 0n ? -r.principal : r.principal, m) + (r.extraDigit ? '1' : '');
      const input: Record<string, unknown> = {
        principal: r.principal < 0n ? `-${principal}` : principal,
        currency: r.currency[0],
        annualRate: r.annualRate,
        frequency: r.frequency,
        agreementDate: fromDayNumber(r.agreement),
        firstDueDate: r.badDate ?? fromDayNumber(Math.max(toDayNumber('0001-01-01'), Math.min(toDayNumber('9999-12-31'), r.agreement + r.firstAfter))),
      };
      if (r.count !== undefined) input.installments = r.count;
      if (r.amount !== undefined) input.installmentAmount = minorToAmountString(r.amount, m);
      if (r.method !== undefined) input.method = r.method;
      if (r.interestMethod !== undefined) input.interestMethod = r.interestMethod;
      if (r.roundingMode !== undefined) input.roundingMode = r.roundingMode;
      if (r.extra !== undefined) input[r.extra[0]] = r.extra[1];
      return input;
    });

  it('accepts only what PlanTermsSchema accepts, and returns what it returns (keys in the same order)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(termsArb, (input) => {
        const fast = fastTerms(input);
        const schema = PlanTermsSchema.safeParse(input);
        if (fast === undefined) return;
        accepted += 1;
        expect(schema.success).toBe(true);
        expect(fast).toStrictEqual(schema.data);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(schema.data));
      }),
    );
    expect(accepted).toBeGreaterThan(20);
  });

  it('takes the plain terms of the examples, and leaves everything else to the schema', () => {
    const plain = { principal: '250000.00', currency: 'USD', annualRate: '0.065', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01', installments: 360 };
    expect(fastTerms(plain)).toStrictEqual(PlanTermsSchema.parse(plain));
    expect(fastTerms({ ...plain, installments: 0 })).toBeUndefined();
    expect(fastTerms({ ...plain, dayCount: 'actual360' })).toBeUndefined();
    expect(fastTerms({ ...plain, firstDueDate: '2026-01-01' })).toBeUndefined();
    expect(fastTerms({ ...plain, principal: '1.001' })).toBeUndefined();
    expect(fastTerms({ ...plain, method: 'interestFree' })).toBeUndefined();
    expect(fastTerms(Object.assign(Object.create({ inherited: 1 }) as object, plain))).toBeUndefined();
    expect(fastTerms(null)).toBeUndefined();
  });
});

describe('day numbers outside years 1-9999 (occurrence -1 of an early plan, the end of a long one)', () => {
  it('follow the 400-year Gregorian cycle on both sides of the supported range', () => {
    const first = toDayNumber('0001-01-01');
    const last = toDayNumber('9999-12-31');
    expect(civilOf(first - 1)).toEqual({ year: 0, month: 12, day: 31 });
    expect(civilOf(last + 1)).toEqual({ year: 10000, month: 1, day: 1 });
    expect(dayInMonth(11, 31)).toBe(first - 1); // month index 11: 0000-12
    expect(dayInMonth(10000 * 12, 1)).toBe(last + 1);
    expect(isoOfDay(first - 1)).toBe('0000-12-31');
  });
});
