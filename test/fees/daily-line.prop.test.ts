import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessLateFees } from '../../src/fees/index.js';
import type { FeeExpression, LateFeeAssessment, LateFeePolicyInput } from '../../src/fees/index.js';
import { compare, dailyLine, evaluate, extendLine, lineDays } from '../../src/fees/expression.js';
import type { FeeContext, Trace } from '../../src/fees/expression.js';
import { centsArb, lateFeePolicyArb, paymentsArb, plusDays, scheduleArb, usd } from '../arbitraries/fees.js';

// A fee that grows by a fixed amount a day (a daily term alone, or summed with terms that do not
// grow) is priced again at a later end of accrual from its first price plus the days since
// (src/fees/expression.ts dailyLine/extendLine), not evaluated again. The oracle is the full
// evaluation: the same value and the same trace; and a whole assessment equals the one of the
// same amount wrapped in a one-term greaterOf (evaluated in full at every price).

const perDayArb: fc.Arbitrary<FeeExpression> = fc.oneof(
  fc.integer({ min: 1, max: 500 }).map((c) => ({ type: 'flat', amount: usd(BigInt(c)) }) as const),
  fc.integer({ min: 1, max: 5 }).map((percent) => ({ type: 'percent', rate: `0.0${percent}`, of: 'pastDue' }) as const),
  fc.integer({ min: 1, max: 3 }).map((percent) => ({ type: 'percent', rate: `0.00${percent}5`, of: 'installment' }) as const),
);
const dailyArb = fc.record({ perDay: perDayArb, maxDays: fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }) }).map(
  ({ perDay, maxDays }) => ({ type: 'daily', perDay, ...(maxDays === undefined ? {} : { maxDays }) }) as const,
);
const lineArb: fc.Arbitrary<FeeExpression> = fc.oneof(
  dailyArb,
  fc.tuple(fc.array(centsArb.map((c) => ({ type: 'flat', amount: usd(c / 20n) }) as const), { maxLength: 2 }), dailyArb, fc.nat(2)).map(([flats, daily, at]) => {
    const of: FeeExpression[] = [...flats];
    of.splice(Math.min(at, of.length), 0, daily);
    return { type: 'sum', of } as FeeExpression;
  }),
);

function context(end: number, pastDue: number): FeeContext {
  return {
    base: (name) => (name === 'pastDue' ? pastDue : 12_345),
    daysLate: 15,
    feeDay: 1000,
    dueDay: 985,
    accrualEnd: end,
    pastDueSegments: () => [],
    chargedWithin: () => false,
    minorOf: (amount) => Number(amount.replace('.', '')),
  };
}

describe('a daily line is priced again from its first price (dailyLine, extendLine)', () => {
  it('gives the value and trace of a full evaluation at any later end', () => {
    fc.assert(
      fc.property(lineArb, fc.integer({ min: 1000, max: 1100 }), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 1_000_000 }), (expr, first, later, pastDue) => {
        const line = dailyLine(expr);
        expect(line).toBeDefined();
        if (line === undefined) return;
        const t0: Trace = { term: '' };
        const v0 = evaluate(expr, context(first, pastDue), t0);
        const perDay = evaluate(line.perDay, context(first, pastDue), { term: '' });
        const end = first + later;
        const extended = extendLine(v0, t0, perDay, lineDays(line, 1000, first), lineDays(line, 1000, end));
        const t1: Trace = { term: '' };
        const v1 = evaluate(expr, context(end, pastDue), t1);
        expect(compare(extended.value, v1)).toBe(0);
        expect(JSON.stringify(extended.trace)).toBe(JSON.stringify(t1));
      }),
      { numRuns: 200 },
    );
  });

  it('is refused for any other expression (evaluated in full)', () => {
    const daily = { type: 'daily', perDay: { type: 'flat', amount: '1.00' } } as const;
    expect(dailyLine({ type: 'flat', amount: '5.00' })).toBeUndefined();
    expect(dailyLine({ type: 'greaterOf', of: [daily] })).toBeUndefined();
    expect(dailyLine({ type: 'sum', of: [daily, daily] })).toBeUndefined();
    expect(dailyLine({ type: 'daily', perDay: daily })).toBeUndefined();
    expect(dailyLine({ type: 'sum', of: [{ type: 'flat', amount: '5.00' }, { type: 'interest', annualRate: '0.1' }] })).toBeUndefined();
    expect(dailyLine({ type: 'sum', of: [{ type: 'flat', amount: '5.00' }, daily] })).toEqual({ perDay: daily.perDay, maxDays: undefined });
  });
});

/** An assessment with the formula's term and its description left out (they name the greaterOf wrapper). */
function comparable(result: LateFeeAssessment): unknown {
  const fee = (f: LateFeeAssessment['fees'][number]): unknown => ({ ...f, explanation: undefined, breakdown: { ...f.breakdown, term: undefined } });
  return { ...result, fees: result.fees.map(fee), nextFees: result.nextFees.map(fee), notCharged: result.notCharged.map((n) => ({ ...n, explanation: n.code === 'FEES_WAIVED' || n.code === 'FEES_CAP_REACHED' ? n.message : undefined })) };
}

const policyArb: fc.Arbitrary<LateFeePolicyInput> = lateFeePolicyArb(
  lineArb,
  fc.record(
    {
      perFee: centsArb.map((c) => ({ type: 'flat', amount: usd(c / 20n) }) as const),
      perInstallment: centsArb.map((c) => ({ type: 'flat', amount: usd(c / 10n) }) as const),
      perPeriod: fc.record({ period: fc.constantFrom('calendarMonth', 'calendarYear'), max: centsArb.map((c) => usd(c / 10n)) }),
      lifetime: fc.record({ max: centsArb.map((c) => usd(c / 5n)) }),
    },
    { requiredKeys: [] },
  ),
);

describe('an assessment of a daily line equals the full evaluation at every price', () => {
  it('gives the same fees, amounts, limits and outcomes as the amount wrapped in a one-term greaterOf', () => {
    fc.assert(
      fc.property(scheduleArb, paymentsArb(16), policyArb, fc.integer({ min: 0, max: 500 }), (schedule, payments, policy, days) => {
        const asOf = plusDays('2026-01-01', days);
        const fast = assessLateFees({ schedule, payments, policy, asOf });
        const full = assessLateFees({ schedule, payments, policy: { ...policy, amount: { type: 'greaterOf', of: [policy.amount] } }, asOf });
        expect(comparable(fast)).toEqual(comparable(full));
      }),
      { numRuns: 150 },
    );
  });
});
