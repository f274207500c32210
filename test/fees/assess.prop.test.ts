import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessLateFees, firstLateFeeDate, isArrearsError } from '../../src/fees/index.js';
import type { AssessLateFeesInput, LateFeePolicyInput } from '../../src/fees/index.js';
import { centsArb, monthly, paymentsArb, plusDays, policyArb, scheduleArb, simpleExpressionArb, usd } from '../arbitraries/fees.js';

const ASOF = '2027-06-30';

function cents(amount: string): bigint {
  const [int = '0', frac = ''] = amount.split('.');
  return BigInt(int) * 100n + BigInt(frac.padEnd(2, '0'));
}

describe('assessLateFees properties', () => {
  it('never charges a fee above any applicable cap', () => {
    fc.assert(
      fc.property(scheduleArb, paymentsArb(), policyArb, centsArb, centsArb, (schedule, payments, policy, perFee, perInstallment) => {
        const capped: LateFeePolicyInput = {
          ...policy,
          recurrence: { everyDays: 30 },
          caps: { perFee: { type: 'flat', amount: usd(perFee / 20n) }, perInstallment: { type: 'flat', amount: usd(perInstallment / 10n) } },
          accountKind: 'residentialRent', presets: ['us-ny-rent'],
        };
        const result = assessLateFees({ schedule, payments, policy: capped, asOf: ASOF });
        const byInstallment = new Map<number, bigint>();
        for (const fee of result.fees) {
          const amount = cents(fee.amount);
          expect(amount).toBeGreaterThan(0n);
          expect(amount).toBeLessThanOrEqual(perFee / 20n);
          const row = schedule.installments.find((r) => r.number === fee.installment);
          const rent = cents(row?.amount ?? '0');
          // N.Y. Real Prop. Law 238-a(2): the lesser of $50 or 5% of the monthly rent, per late payment.
          const nyCap = rent * 5n / 100n < 5000n ? rent * 5n / 100n : 5000n;
          byInstallment.set(fee.installment, (byInstallment.get(fee.installment) ?? 0n) + amount);
          expect(byInstallment.get(fee.installment)).toBeLessThanOrEqual(nyCap);
          expect(byInstallment.get(fee.installment)).toBeLessThanOrEqual(perInstallment / 10n);
        }
      }),
    );
  });

  it('never charges more in total than the lifetime cap', () => {
    fc.assert(
      fc.property(scheduleArb, paymentsArb(), policyArb, fc.integer({ min: 0, max: 1000 }), centsArb, (schedule, payments, policy, percent, max) => {
        const lifetime = { originalBalanceRate: (percent / 10_000).toFixed(4), max: usd(max / 5n) };
        const result = assessLateFees({ schedule, payments, policy: { ...policy, recurrence: { everyDays: 15 }, caps: { lifetime } }, asOf: ASOF });
        const original = schedule.installments.reduce((s, r) => s + cents(r.amount), 0n);
        const limit = (original * BigInt(percent)) / 10_000n;
        const total = cents(result.totals.charged);
        expect(total).toBeLessThanOrEqual(limit);
        expect(total).toBeLessThanOrEqual(max / 5n);
        expect(result.fees.reduce((s, f) => s + cents(f.amount), 0n)).toBe(total);
      }),
    );
  });

  it('never charges a fee when every installment is paid in full within grace', () => {
    fc.assert(
      fc.property(scheduleArb, policyArb, fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), (schedule, policy, picks) => {
        const payments = schedule.installments.map((row, i) => {
          const first = firstLateFeeDate({ dueDate: row.dueDate, trigger: policy.trigger ?? { graceDays: 0 } });
          const window = Math.round((Date.parse(first) - Date.parse(row.dueDate)) / 86_400_000);
          return { amount: row.amount, date: plusDays(row.dueDate, (picks[i] ?? 0) % window) };
        });
        const result = assessLateFees({ schedule, payments, policy: { ...policy, recurrence: { everyDays: 7 } }, asOf: ASOF });
        expect(result.fees).toEqual([]);
        expect(result.totals.charged).toBe('0.00');
      }),
    );
  });

  it('does not pyramid: an installment paid in full on time or within grace is never charged, whatever else is unpaid', () => {
    fc.assert(
      fc.property(
        scheduleArb,
        paymentsArb(6),
        policyArb,
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
        (schedule, noise, policy, covered, picks) => {
          // Grace shorter than a month, so the on-time windows of two installments never overlap.
          const trigger = { graceDays: Math.min(policy.trigger?.graceDays ?? 0, 20) };
          const onTime = schedule.installments.filter((_, i) => covered[i] === true);
          // Random noise payments land before the first due date or well after the last grace period,
          // so they never cover an installment's on-time window by themselves.
          const late = noise.map((p) => ({ ...p, date: plusDays(monthly(schedule.installments.length + 1), Number(cents(p.amount) % 90n)) }));
          const payments = [
            ...late,
            ...onTime.map((row) => ({ amount: row.amount, date: plusDays(row.dueDate, (picks[row.number - 1] ?? 0) % (trigger.graceDays + 1)) })),
          ];
          const result = assessLateFees({ schedule, payments, policy: { ...policy, trigger, paymentApplication: 'currentFirst', recurrence: { everyDays: 10 } }, asOf: ASOF });
          for (const row of onTime) expect(result.fees.filter((f) => f.installment === row.number)).toEqual([]);
          // ...while the installments left unpaid are charged (unless their fee computes to zero).
          for (const fee of result.fees) expect(onTime.some((r) => r.number === fee.installment)).toBe(false);
        },
      ),
    );
  });

  it('is monotonic in lateness: paying later never costs less', () => {
    fc.assert(
      fc.property(centsArb, simpleExpressionArb, fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 120 }), (amount, expr, graceDays, d1, d2) => {
        const schedule = { currency: 'USD', installments: [{ number: 1, dueDate: '2026-03-01', amount: usd(amount) }] };
        const policy: LateFeePolicyInput = { trigger: { graceDays }, amount: { type: 'greaterOf', of: [expr, { type: 'daily', perDay: { type: 'flat', amount: '1.00' }, maxDays: 30 }] } };
        const at = (offset: number): bigint =>
          cents(assessLateFees({ schedule, payments: [{ amount: usd(amount), date: plusDays('2026-03-01', offset) }], policy, asOf: '2026-12-31' }).totals.charged);
        const [early, later] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(at(later)).toBeGreaterThanOrEqual(at(early));
      }),
    );
  });

  it('does not depend on the order payments are listed in', () => {
    fc.assert(
      fc.property(scheduleArb, paymentsArb(), policyArb, fc.nat(), (schedule, payments, policy, seed) => {
        const shuffled = [...payments];
        let s = seed;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) % 2147483648;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as (typeof shuffled)[number], shuffled[i] as (typeof shuffled)[number]];
        }
        const input: AssessLateFeesInput = { schedule, payments, policy, asOf: ASOF };
        expect(assessLateFees({ ...input, payments: shuffled })).toEqual(assessLateFees(input));
      }),
    );
  });

  it('never charges twice: re-running, or running later, keeps one fee per id and never drops an earlier one', () => {
    fc.assert(
      fc.property(scheduleArb, paymentsArb(), policyArb, fc.integer({ min: 0, max: 400 }), (schedule, payments, policy, extra) => {
        const p = { ...policy, recurrence: { everyDays: 30, maxFees: 3 } };
        const early = assessLateFees({ schedule, payments, policy: p, asOf: '2026-12-31' });
        const again = assessLateFees({ schedule, payments, policy: p, asOf: '2026-12-31' });
        expect(again).toEqual(early);
        const ids = early.fees.map((f) => f.id);
        expect(new Set(ids).size).toBe(ids.length);
        const paidBefore = payments.filter((x) => x.date <= '2026-12-31');
        const later = assessLateFees({ schedule, payments: paidBefore, policy: p, asOf: plusDays('2026-12-31', extra) });
        for (const fee of early.fees) expect(later.fees.some((f) => f.id === fee.id)).toBe(true);
      }),
    );
  });

  it('answers random junk with a ValidationError, never a TypeError', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        try {
          assessLateFees(junk as AssessLateFeesInput);
        } catch (error) {
          expect(isArrearsError(error) && error.name === 'ValidationError').toBe(true);
          return;
        }
        throw new Error('junk was accepted');
      }),
    );
  });

  it('answers junk inside an otherwise valid input with a typed error', () => {
    const base = { schedule: { currency: 'USD', installments: [{ number: 1, dueDate: '2026-01-01', amount: '10.00' }] }, payments: [], policy: { amount: { type: 'flat', amount: '1.00' } }, asOf: '2026-02-01' };
    fc.assert(
      fc.property(fc.constantFrom('schedule', 'payments', 'policy', 'asOf'), fc.anything(), (key, junk) => {
        try {
          assessLateFees({ ...base, [key]: junk } as AssessLateFeesInput);
        } catch (error) {
          expect(isArrearsError(error)).toBe(true);
        }
      }),
    );
  });
});
