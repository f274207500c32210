import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessLateFees } from '../../src/fees/index.js';
import type { FeeExpression, LateFeeAssessment, LateFeePolicyInput } from '../../src/fees/index.js';
import { centsArb, expressionArb, lateFeePolicyArb, paymentsArb, plusDays, scheduleArb, usd } from '../arbitraries/fees.js';

// Issue 19 item 7: a ledger posts a fee once. For asOf2 > asOf1, assessment(asOf2) holds every
// fee of assessment(asOf1) unchanged (same id, date, amount, boundBy; a fee still accruing on
// asOf1 only grows), and adds only fees dated after asOf1, whatever the caps that total several
// fees (per installment, per period, lifetime), presets, waivers, payments and rounding. And no
// cap is ever exceeded.

function cents(amount: string): bigint {
  const [int = '0', frac = ''] = amount.split('.');
  return BigInt(int) * 100n + BigInt(frac.padEnd(2, '0'));
}

const accruingArb: fc.Arbitrary<FeeExpression> = fc.oneof(
  expressionArb,
  fc.tuple(centsArb, fc.integer({ min: 1, max: 500 }), fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined })).map(
    ([flat, perDay, maxDays]) => ({ type: 'sum', of: [{ type: 'flat', amount: usd(flat / 20n) }, { type: 'daily', perDay: { type: 'flat', amount: usd(BigInt(perDay)) }, ...(maxDays === undefined ? {} : { maxDays }) }] }) as const,
  ),
  fc.tuple(fc.integer({ min: 1, max: 3600 }), fc.constantFrom('feeDate', undefined)).map(([p, from]) => ({ type: 'interest', annualRate: (p / 10_000).toFixed(4), ...(from === undefined ? {} : { from }) }) as const),
  fc.tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 5 })).map(([perDay, percent]) => ({ type: 'daily', perDay: { type: 'percent', rate: `0.0${percent}`, of: 'pastDue' } , maxDays: perDay }) as const),
  fc.constant({ type: 'repeat', first: { type: 'flat', amount: '30.00' }, repeat: { type: 'sum', of: [{ type: 'flat', amount: '11.00' }, { type: 'daily', perDay: { type: 'flat', amount: '0.75' } }] }, withinCycles: 2 } as const),
);

const capsArb = fc.record(
  {
    perFee: centsArb.map((c) => ({ type: 'flat', amount: usd(c / 20n) }) as const),
    perInstallment: centsArb.map((c) => ({ type: 'flat', amount: usd(c / 10n) }) as const),
    perPeriod: fc.record({ period: fc.constantFrom('calendarMonth', 'calendarYear'), max: centsArb.map((c) => usd(c / 10n)) }),
    lifetime: fc.record({ max: centsArb.map((c) => usd(c / 5n)), originalBalanceRate: fc.integer({ min: 0, max: 2000 }).map((p) => (p / 10_000).toFixed(4)) }, { requiredKeys: [] }).filter((l) => Object.keys(l).length > 0),
  },
  { requiredKeys: [] },
);

// Presets of one kind of account at a time (a policy with presets names its accountKind, and
// each preset covers some kinds only): cards, rent (three statutes together), high-cost mortgages.
const PRESET_GROUPS = [
  { accountKind: 'creditCard', presets: ['us-card-act'] },
  { accountKind: 'residentialRent', presets: ['us-ny-rent', 'us-tx-rent-small', 'us-co-rent'] },
  { accountKind: 'highCostMortgage', presets: ['us-ny-mortgage', 'us-hoepa'] },
] as const;
const presetsArb = fc.oneof(
  fc.constant({}),
  ...PRESET_GROUPS.map((g) => fc.subarray([...g.presets], { minLength: 1 }).map((presets) => ({ accountKind: g.accountKind, presets }))),
);
const policyArb: fc.Arbitrary<LateFeePolicyInput> = fc
  .tuple(lateFeePolicyArb(accruingArb, capsArb, { paymentApplication: fc.constantFrom('currentFirst', 'oldestFirst') }), presetsArb)
  .map(([policy, presets]) => ({ ...policy, ...presets }));

function limitsHold(result: LateFeeAssessment, policy: LateFeePolicyInput, original: bigint): void {
  const caps = policy.caps ?? {};
  const byRow = new Map<number, bigint>();
  const byPeriod = new Map<string, bigint>();
  let total = 0n;
  for (const fee of result.fees) {
    const amount = cents(fee.amount);
    expect(amount).toBeGreaterThan(0n);
    if (caps.perFee?.type === 'flat') expect(amount).toBeLessThanOrEqual(cents(caps.perFee.amount));
    byRow.set(fee.installment, (byRow.get(fee.installment) ?? 0n) + amount);
    const period = caps.perPeriod?.period === 'calendarYear' ? fee.date.slice(0, 4) : fee.date.slice(0, 7);
    byPeriod.set(period, (byPeriod.get(period) ?? 0n) + amount);
    total += amount;
  }
  if (caps.perInstallment?.type === 'flat') for (const sum of byRow.values()) expect(sum).toBeLessThanOrEqual(cents(caps.perInstallment.amount));
  if (caps.perPeriod !== undefined) for (const sum of byPeriod.values()) expect(sum).toBeLessThanOrEqual(cents(caps.perPeriod.max));
  if (caps.lifetime?.max !== undefined) expect(total).toBeLessThanOrEqual(cents(caps.lifetime.max));
  if (caps.lifetime?.originalBalanceRate !== undefined) expect(total * 1_000_000n).toBeLessThanOrEqual(original * cents(caps.lifetime.originalBalanceRate) * 10_000n);
  expect(cents(result.totals.charged)).toBe(total);
}

describe('a later assessment keeps every earlier fee (prefix stability)', () => {
  it('adds only later fees, keeps each earlier one (an accruing one only grows), and never exceeds a cap', () => {
    fc.assert(
      fc.property(scheduleArb, paymentsArb(16), policyArb, fc.integer({ min: 0, max: 420 }), fc.integer({ min: 1, max: 300 }), (schedule, payments, policy, first, later) => {
        const asOf1 = plusDays('2026-01-01', first);
        const asOf2 = plusDays(asOf1, later);
        const before = assessLateFees({ schedule, payments, policy, asOf: asOf1 });
        const after = assessLateFees({ schedule, payments, policy, asOf: asOf2 });
        const original = schedule.installments.reduce((s, r) => s + cents(r.amount), 0n);
        limitsHold(before, policy, original);
        limitsHold(after, policy, original);
        const again = new Map(after.fees.map((f) => [f.id, f]));
        for (const fee of before.fees) {
          const next = again.get(fee.id);
          expect(next?.date, fee.id).toBe(fee.date);
          if (fee.status === 'final') {
            expect([next?.amount, next?.boundBy, next?.status], fee.id).toEqual([fee.amount, fee.boundBy, 'final']);
          } else {
            expect(cents(next?.amount ?? '0'), fee.id).toBeGreaterThanOrEqual(cents(fee.amount));
          }
        }
        // Only later fees are added; or one that had accrued less than a minor unit by asOf1 (it
        // was listed as computing to zero so far: nothing was posted, so nothing changes).
        const earlier = new Set(before.fees.map((f) => f.id));
        const zeroSoFar = new Set(before.notCharged.filter((n) => n.code === 'FEES_BELOW_MINIMUM' && n.message.endsWith('so far.')).map((n) => `late-fee:${n.details.installment}:${n.details.occurrence}`));
        for (const fee of after.fees) if (fee.date <= asOf1) expect(earlier.has(fee.id) || zeroSoFar.has(fee.id), `${fee.id} dated ${fee.date} is new after ${asOf1}`).toBe(true);
        // What was kept off on or before asOf1 (waived, limit reached) stays kept off.
        const kept = new Set(after.notCharged.filter((n) => n.code === 'FEES_WAIVED' || n.code === 'FEES_CAP_REACHED').map((n) => `${n.details.installment}:${n.details.occurrence}:${n.code}`));
        for (const n of before.notCharged) if ((n.code === 'FEES_WAIVED' || n.code === 'FEES_CAP_REACHED') && n.details.date <= asOf1) expect(kept.has(`${n.details.installment}:${n.details.occurrence}:${n.code}`), `${n.details.installment}:${n.details.occurrence}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
