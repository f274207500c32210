import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber, usFederalCalendar } from '../../src/calendar/index.js';
import { parseRatio } from '../../src/money/index.js';
import { apr, buildSchedule, validatePlanTerms } from '../../src/plan/index.js';
import type { AprInput, PlanSchedule, PlanTermsInput } from '../../src/plan/index.js';
import { aprPercentAbove, flowsAprAbove } from '../../src/plan/apr-limit.js';
import type { ParsedAprInput } from '../../src/plan/apr-limit.js';
import { rateOf } from '../../src/plan/apr-tolerance.js';
import { dayOfIso } from '../../src/plan/day-numbers.js';
import { isWholeMonths, monthsBack, shiftMonths } from '../../src/plan/month-counting.js';
import { monthIndexOf } from '../../src/plan/day-numbers.js';
import { centsArb, dateArb, planTermsArb } from '../arbitraries/plan.js';
import '../support/fast-check.js';

/** Solving then comparing: the answer the decision must give. */
function solvedAbove(aprPercent: string, maxPercent: string): boolean {
  const a = parseRatio(aprPercent);
  const m = parseRatio(maxPercent);
  return a.numerator * m.denominator > m.numerator * a.denominator;
}

/**
 * The plan policy with a limit written in percent, as `maxAprRate` (a fraction; `highApr` above
 * 100%), or `undefined` above the highest rate a policy takes (1000%).
 */
function policyOf(maxAprPercent: string): { maxAprRate: string; highApr?: true } | undefined {
  const maxAprRate = rateOf(maxAprPercent);
  if (solvedAbove(maxAprPercent, '1000')) return undefined;
  return solvedAbove(maxAprPercent, '100') ? { maxAprRate, highApr: true } : { maxAprRate };
}

function scheduleOrUndefined(terms: PlanTermsInput): PlanSchedule | undefined {
  try {
    return buildSchedule(terms);
  } catch {
    return undefined; // terms that cannot be scheduled are not the point here
  }
}

/** The APR input of a schedule, as its own `apr` reads it (no business-day moves in these plans). */
function aprInputOf(schedule: PlanSchedule, agreementDate: string): ParsedAprInput {
  return { amountFinanced: schedule.amountFinanced, advanceDate: agreementDate, currency: schedule.currency as 'USD', payments: schedule.installments.map((r) => ({ amount: r.payment, date: r.dueDate })) };
}

/**
 * Limits around an APR: the disclosed value and its neighbours a hundredth away, the rounding
 * boundaries half a hundredth away, the exact rate truncated (within 1e-6 of a point), and
 * limits far away; every one of them within or around the 1/8-point tolerance of 12 CFR 1026.22(a)(2).
 */
function limitsAround(aprPercent: string, annualRate: string, extra: number): string[] {
  const disclosed = Number(aprPercent);
  const exact = Number(annualRate) * 100;
  const near = [disclosed, disclosed - 0.01, disclosed + 0.01, disclosed - 0.005, disclosed + 0.005, exact - 1e-6, exact + 1e-6, exact - 0.125, exact + 0.125, exact + extra];
  return [...near.filter((x) => x >= 0).map((x) => x.toFixed(6)), aprPercent, '0', '100000'];
}

/** Plans with high rates (up to 999%) and long odd first periods, besides those of planTermsArb. */
const highRatePlanArb = fc
  .record({
    principal: centsArb(10_000n, 5_000_000n),
    rate: fc.integer({ min: 1, max: 9_990 }),
    frequency: fc.constantFrom('weekly', 'biweekly', 'semiMonthly', 'monthly', 'quarterly'),
    agreement: fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2040-12-31') }),
    firstAfter: fc.integer({ min: 1, max: 120 }),
    installments: fc.integer({ min: 1, max: 72 }),
  })
  .map(
    (r): PlanTermsInput => ({
      principal: r.principal,
      currency: 'USD',
      annualRate: (r.rate / 1000).toFixed(3),
      frequency: r.frequency as 'monthly',
      agreementDate: fromDayNumber(r.agreement),
      firstDueDate: fromDayNumber(r.agreement + r.firstAfter),
      installments: r.installments,
    }),
  );

describe('APR limit decided without solving (properties)', () => {
  it('validatePlanTerms finds the APR above maxAprRate exactly when the solved APR, as disclosed, is above it', () => {
    fc.assert(
      fc.property(fc.oneof(planTermsArb, highRatePlanArb), fc.double({ min: -2, max: 2, noNaN: true }), (terms, extra) => {
        const schedule = scheduleOrUndefined(terms);
        if (schedule === undefined) return;
        const { aprPercent, annualRate } = schedule.apr;
        for (const maxAprPercent of limitsAround(aprPercent, annualRate, extra)) {
          const policy = policyOf(maxAprPercent);
          if (policy === undefined) continue;
          const flagged = validatePlanTerms(terms, policy).violations.some((v) => v.code === 'PLAN_POLICY_APR_TOO_HIGH');
          expect({ maxAprPercent, flagged }).toEqual({ maxAprPercent, flagged: solvedAbove(aprPercent, maxAprPercent) });
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reads the scheduled dates as the schedule\'s own APR does: anchor days, semi-monthly days, business-day moves, a count solved from a payment', () => {
    const optionsArb = fc.record({
      anchor: fc.constantFrom(undefined, 'last' as const, 28),
      business: fc.boolean(),
      byAmount: fc.boolean(),
    });
    fc.assert(
      fc.property(highRatePlanArb, optionsArb, (base, { anchor, business, byAmount }) => {
        const monthly = base.frequency === 'monthly' || base.frequency === 'quarterly';
        const lastDay = fromDayNumber(toDayNumber(`${base.firstDueDate.slice(0, 7)}-01`) + 40).slice(0, 7);
        let terms: PlanTermsInput = { ...base, ...(business ? { businessDays: { calendar: usFederalCalendar(), convention: 'modifiedFollowing' as const } } : {}) };
        if (monthly && anchor !== undefined) terms = { ...terms, anchorDay: anchor, firstDueDate: anchor === 'last' ? fromDayNumber(toDayNumber(`${lastDay}-01`) - 1) : `${base.firstDueDate.slice(0, 8)}28` };
        if (terms.firstDueDate <= terms.agreementDate) return;
        if (byAmount) {
          const counted = scheduleOrUndefined(terms);
          if (counted === undefined) return;
          const { installments: _count, ...rest } = terms as PlanTermsInput & { installments?: number };
          terms = { ...rest, installmentAmount: (Number(counted.regularInstallmentAmount) + 1.37).toFixed(2) } as PlanTermsInput;
        }
        const schedule = scheduleOrUndefined(terms);
        if (schedule === undefined) return;
        const { aprPercent, annualRate } = schedule.apr;
        for (const maxAprPercent of limitsAround(aprPercent, annualRate, 0.05)) {
          const policy = policyOf(maxAprPercent);
          if (policy === undefined) continue;
          const flagged = validatePlanTerms(terms, policy).violations.some((v) => v.code === 'PLAN_POLICY_APR_TOO_HIGH');
          expect({ maxAprPercent, flagged }).toEqual({ maxAprPercent, flagged: solvedAbove(aprPercent, maxAprPercent) });
        }
      }),
      { numRuns: 40 },
    );
  });

  it('aprPercentAbove agrees with apr for every number of decimals the APR is disclosed with (0-6)', () => {
    fc.assert(
      fc.property(planTermsArb, fc.integer({ min: 0, max: 6 }), (terms, aprPercentDecimals) => {
        const schedule = scheduleOrUndefined(terms);
        if (schedule === undefined) return;
        const input = { ...aprInputOf(schedule, terms.agreementDate), aprPercentDecimals };
        const { aprPercent, annualRate } = apr(input as AprInput);
        for (const limit of limitsAround(aprPercent, annualRate, 0.3)) expect([limit, aprPercentAbove(input, limit)]).toEqual([limit, solvedAbove(aprPercent, limit)]);
      }),
      { numRuns: 40 },
    );
  });

  it('decides a limit away from the APR with one evaluation, without the solver', () => {
    fc.assert(
      fc.property(planTermsArb, (terms) => {
        const schedule = scheduleOrUndefined(terms);
        if (schedule === undefined || schedule.totals.interest.replace(/[0.]/g, '') === '') return; // no interest: APR 0, solved
        const input = aprInputOf(schedule, terms.agreementDate);
        const payments = input.payments.map((p, entry) => ({ day: dayOfIso((p as { date: string }).date), amount: p.amount, entry }));
        const advance = { day: dayOfIso(terms.agreementDate), amount: schedule.amountFinanced, entry: 0 };
        const disclosed = Number(schedule.apr.aprPercent);
        let solves = 0;
        const solve = (): string => {
          solves += 1;
          return schedule.apr.aprPercent;
        };
        expect(flowsAprAbove(advance, payments, {}, (disclosed + 0.5).toFixed(2), solve)).toBe(false);
        if (disclosed >= 0.5) expect(flowsAprAbove(advance, payments, {}, (disclosed - 0.5).toFixed(2), solve)).toBe(true);
        expect(solves).toBe(0);
      }),
      { numRuns: 40 },
    );
  });
});

describe('APR limit decided without solving (examples)', () => {
  // 100,000.00 advanced, one payment of 101,028.75 a month later: i = 0.0102875 a month exactly,
  // APR 12.345% (12 CFR 1026 App. J (b)(5)(vi): 12 unit periods a year), disclosed 12.35.
  const exact: AprInput = { amountFinanced: '100000.00', advanceDate: '2026-01-15', currency: 'USD', payments: [{ amount: '101028.75', date: '2026-02-15' }] };

  it('solves when the APR lies exactly on the rounding boundary, and agrees with the solver there', () => {
    expect(apr(exact).aprPercent).toBe('12.35');
    const advance = { day: dayOfIso('2026-01-15'), amount: '100000.00', entry: 0 };
    const payments = [{ day: dayOfIso('2026-02-15'), amount: '101028.75', entry: 0 }];
    let solves = 0;
    const solve = (): string => {
      solves += 1;
      return apr(exact).aprPercent;
    };
    expect(flowsAprAbove(advance, payments, {}, '12.34', solve)).toBe(true);
    expect(solves).toBe(1);
    // A close negative: a limit of 12.35 is met; 12.344 is not (its boundary, 12.345, is the APR itself).
    expect(aprPercentAbove(exact as ParsedAprInput, '12.35')).toBe(false);
    expect(aprPercentAbove(exact as ParsedAprInput, '12.344')).toBe(true);
  });

  it('decides the worked case of Appendix J (c)(1)(i) (9.69%) on both sides of the 1/8-point tolerance', () => {
    const loan: AprInput = { amountFinanced: '5000.00', advanceDate: '1978-01-10', currency: 'USD', payments: [{ amount: '230.00', count: 24, frequency: 'monthly', firstDueDate: '1978-02-10' }] };
    expect(aprPercentAbove(loan as ParsedAprInput, '9.68')).toBe(true);
    expect(aprPercentAbove(loan as ParsedAprInput, '9.69')).toBe(false);
    expect(aprPercentAbove(loan as ParsedAprInput, '9.565')).toBe(true);
    expect(aprPercentAbove(loan as ParsedAprInput, '9.815')).toBe(false);
  });

  it('treats a plan without interest (APR 0) as never above a limit, 0 included', () => {
    const terms: PlanTermsInput = { principal: '1000.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01', installments: 3 };
    expect(validatePlanTerms(terms, { maxAprRate: '0' })).toEqual({ valid: true, violations: [] });
    expect(validatePlanTerms({ ...terms, annualRate: '0.01' }, { maxAprRate: '0' }).violations.map((v) => [v.code, v.limit, v.actual])).toEqual([['PLAN_POLICY_APR_TOO_HIGH', '0', '0.01']]);
  });

  it('keeps the violation in the unit of maxAprRate: the disclosed APR as a fraction as actual, the limit as limit', () => {
    const terms: PlanTermsInput = { principal: '12345.67', currency: 'USD', annualRate: '0.1899', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-19', installments: 36 };
    const { aprPercent } = buildSchedule(terms).apr;
    expect(validatePlanTerms(terms, { maxAprRate: rateOf(aprPercent) }).valid).toBe(true);
    const limit = rateOf((Number(aprPercent) - 0.01).toFixed(2));
    const [violation] = validatePlanTerms(terms, { maxAprRate: limit }).violations;
    expect(violation).toMatchObject({ code: 'PLAN_POLICY_APR_TOO_HIGH', path: ['annualRate'], limit, actual: rateOf(aprPercent) });
    expect(violation?.message).toBe(`"annualRate": the APR is ${aprPercent}%; the policy allows at most ${(Number(aprPercent) - 0.01).toFixed(2)}% (maxAprRate ${limit}).`);
  });

  it('refuses a percent typed into maxAprRate (F4), and a rate above 1 without highApr', () => {
    const terms: PlanTermsInput = { principal: '1000.00', currency: 'USD', annualRate: '0.12', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01', installments: 12 };
    const code = (policy: unknown): unknown => {
      try {
        validatePlanTerms(terms, policy as never);
      } catch (error) {
        return (error as { code?: unknown; path?: unknown }).path === undefined ? error : [(error as { code: unknown }).code, (error as { path: unknown }).path];
      }
      return 'no error';
    };
    expect(code({ maxAprRate: '36' })).toEqual(['PLAN_INVALID_RATE', ['policy', 'maxAprRate']]);
    expect(code({ maxAprRate: '3.6' })).toEqual(['PLAN_INVALID_RATE', ['policy', 'maxAprRate']]);
    expect(code({ maxAprRate: '3.6', highApr: true })).toBe('no error');
    expect(code({ maxAprRate: '1' })).toBe('no error');
    expect(code({ highApr: true })).toEqual(['PLAN_UNSUPPORTED_OPTION', ['policy', 'highApr']]);
    expect(code({ maxAprPercent: '36' })).toEqual(['INPUT_UNRECOGNIZED_KEYS', ['policy']]);
    // The old trap: 0.36 meant 0.36% and flagged every plan; as a fraction it is 36%.
    expect(validatePlanTerms(terms, { maxAprRate: '0.36' }).valid).toBe(true);
    expect(validatePlanTerms(terms, { maxAprRate: '0.1199' }).violations.map((v) => v.code)).toEqual(['PLAN_POLICY_APR_TOO_HIGH']);
  });
});

describe('monthsBack on civil dates', () => {
  /** The counting as it was written before: months measured back on the calendar, one at a time. */
  function reference(a: number, b: number): { months: number; days: number } {
    let m = monthIndexOf(b) - monthIndexOf(a);
    while (m > 0 && shiftMonths(b, -m) < a) m -= 1;
    if (isWholeMonths(a, b, m + 1)) return { months: m + 1, days: 0 };
    if (m > 0 && isWholeMonths(a, b, m)) return { months: m, days: 0 };
    return { months: m, days: shiftMonths(b, -m) - a };
  }

  it('counts as the month-by-month reference, month ends and leap days included', () => {
    const dayArb = fc.oneof(dateArb.map(toDayNumber), fc.constantFrom('2024-02-29', '2023-02-28', '2024-01-31', '2024-03-31', '2100-02-28', '2000-02-29', '0001-01-01', '9999-12-31').map(toDayNumber));
    fc.assert(
      fc.property(dayArb, fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 4000 })), (a, span) => {
        const b = Math.min(a + span, toDayNumber('9999-12-31'));
        expect(monthsBack(a, b)).toEqual(reference(a, b));
      }),
      { numRuns: 400 },
    );
  });
});
