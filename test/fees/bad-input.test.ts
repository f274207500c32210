import { describe, expect, it } from 'vitest';
import { assessLateFees, getFeePreset, isArrearsError } from '../../src/fees/index.js';
import type { AssessLateFeesInput } from '../../src/fees/index.js';

const valid = (): AssessLateFeesInput => ({
  schedule: { currency: 'USD', installments: [{ number: 1, dueDate: '2026-05-01', amount: '200.00', principal: '150.00', interest: '50.00' }] },
  payments: [{ amount: '50.00', date: '2026-05-02' }],
  policy: { trigger: { graceDays: 10 }, amount: { type: 'percent', percent: '5', of: 'installment' } },
  asOf: '2026-06-01',
});

interface Mut {
  schedule: { currency: string; installments: Array<Record<string, unknown>> };
  payments: Array<Record<string, unknown>>;
  policy: Record<string, unknown>;
  asOf: string;
  [key: string]: unknown;
}

function failure(mutate: (input: Mut) => void): { name: string; code: string; path: unknown; message: string } {
  const input = structuredClone(valid()) as unknown as Mut;
  mutate(input);
  try {
    assessLateFees(input as unknown as AssessLateFeesInput);
  } catch (error) {
    expect(isArrearsError(error)).toBe(true);
    const e = error as { name: string; code: string; path: unknown; message: string };
    return { name: e.name, code: e.code, path: e.path, message: e.message };
  }
  throw new Error('expected an error');
}

const policyOf = (i: Mut): Record<string, unknown> => i.policy;

describe('assessLateFees with bad input', () => {
  it('accepts the valid input the cases start from', () => {
    expect(assessLateFees(valid()).fees).toHaveLength(1);
  });

  const cases: Array<[string, (i: Mut) => void, string, string, unknown[]]> = [
    ['a negative percent', (i) => { policyOf(i).amount = { type: 'percent', percent: '-5', of: 'installment' }; }, 'ValidationError', 'FEES_INVALID_PERCENT', ['policy', 'amount', 'percent']],
    ['a percent above 100', (i) => { policyOf(i).amount = { type: 'percent', percent: '100.01', of: 'installment' }; }, 'ValidationError', 'FEES_INVALID_PERCENT', ['policy', 'amount', 'percent']],
    ['a negative interest rate', (i) => { policyOf(i).amount = { type: 'interest', annualPercent: '-1' }; }, 'ValidationError', 'FEES_INVALID_RATE', ['policy', 'amount', 'annualPercent']],
    ['a rate as a number', (i) => { policyOf(i).amount = { type: 'percent', percent: 5, of: 'installment' }; }, 'ValidationError', 'INPUT_INVALID_TYPE', ['policy', 'amount', 'percent']],
    ['a grace period that is not a whole number of days', (i) => { policyOf(i).trigger = { graceDays: 2.5 }; }, 'ValidationError', 'FEES_INVALID_DAYS', ['policy', 'trigger', 'graceDays']],
    ['a negative grace period', (i) => { policyOf(i).trigger = { graceDays: -3 }; }, 'ValidationError', 'FEES_INVALID_DAYS', ['policy', 'trigger', 'graceDays']],
    ['a cap below zero', (i) => { policyOf(i).caps = { perFee: { type: 'flat', amount: '-1.00' } }; }, 'ValidationError', 'FEES_NEGATIVE_AMOUNT', ['policy', 'caps', 'perFee', 'amount']],
    ['a lifetime cap below zero', (i) => { policyOf(i).caps = { lifetime: { max: '-10' } }; }, 'ValidationError', 'FEES_NEGATIVE_AMOUNT', ['policy', 'caps', 'lifetime', 'max']],
    ['an empty lifetime cap', (i) => { policyOf(i).caps = { lifetime: {} }; }, 'ValidationError', 'FEES_INVALID_EXPRESSION', ['policy', 'caps', 'lifetime']],
    ['an unknown jurisdiction', (i) => { policyOf(i).jurisdictions = ['us-ny-rent', 'us-zz-rent']; }, 'UnsupportedOptionError', 'FEES_UNKNOWN_JURISDICTION', ['policy', 'jurisdictions', 1]],
    ['a preset outside the account kind', (i) => { policyOf(i).jurisdictions = ['us-card-act']; policyOf(i).accountKind = 'mortgage'; }, 'DomainRuleError', 'FEES_PRESET_SCOPE_MISMATCH', ['policy', 'jurisdictions', 0]],
    ['a preset on a non-dollar schedule', (i) => { policyOf(i).jurisdictions = ['us-ny-rent']; i.schedule.currency = 'EUR'; }, 'DomainRuleError', 'FEES_PRESET_SCOPE_MISMATCH', ['policy', 'jurisdictions', 0]],
    ['tiers out of order', (i) => { policyOf(i).amount = { type: 'tiers', tiers: [{ fromDaysLate: 15, amount: { type: 'flat', amount: '1' } }, { fromDaysLate: 10, amount: { type: 'flat', amount: '2' } }] }; }, 'ValidationError', 'FEES_INVALID_EXPRESSION', ['policy', 'amount', 'tiers', 1, 'fromDaysLate']],
    ['bands out of order', (i) => { policyOf(i).amount = { type: 'bands', of: 'installment', bands: [{ upTo: '10', amount: { type: 'flat', amount: '1' } }, { upTo: '5', amount: { type: 'flat', amount: '2' } }] }; }, 'ValidationError', 'FEES_INVALID_EXPRESSION', ['policy', 'amount', 'bands', 1, 'upTo']],
    ['a band without upTo before the last', (i) => { policyOf(i).amount = { type: 'bands', of: 'installment', bands: [{ amount: { type: 'flat', amount: '1' } }, { amount: { type: 'flat', amount: '2' } }] }; }, 'ValidationError', 'FEES_INVALID_EXPRESSION', ['policy', 'amount', 'bands', 0, 'upTo']],
    ['an unknown expression type', (i) => { policyOf(i).amount = { type: 'magic' }; }, 'ValidationError', 'INPUT_INVALID_VALUE', ['policy', 'amount', 'type']],
    ['too many decimals for the currency', (i) => { policyOf(i).amount = { type: 'flat', amount: '1.005' }; }, 'ValidationError', 'MONEY_TOO_MANY_DECIMALS', ['policy', 'amount', 'amount']],
    ['an amount in exponent form', (i) => { policyOf(i).amount = { type: 'flat', amount: '1e3' }; }, 'ValidationError', 'MONEY_INVALID_AMOUNT', ['policy', 'amount', 'amount']],
    ['pyramiding on a consumer account', (i) => { policyOf(i).noPyramiding = false; }, 'DomainRuleError', 'FEES_PYRAMIDING_NOT_ALLOWED', ['policy', 'noPyramiding']],
    ['a principal-and-interest base without the parts', (i) => { policyOf(i).amount = { type: 'percent', percent: '6', of: 'principalAndInterest' }; i.schedule.installments = [{ number: 1, dueDate: '2026-05-01', amount: '200.00' }]; }, 'DomainRuleError', 'FEES_BASE_UNAVAILABLE', ['schedule', 'installments']],
    ['an empty schedule', (i) => { i.schedule.installments = []; }, 'ValidationError', 'INPUT_OUT_OF_RANGE', ['schedule', 'installments']],
    ['a duplicate installment number', (i) => { i.schedule.installments = [...i.schedule.installments, { number: 1, dueDate: '2026-06-01', amount: '1.00' }]; }, 'ValidationError', 'FEES_INVALID_SCHEDULE', ['schedule', 'installments', 1, 'number']],
    ['an installment without an amount', (i) => { i.schedule.installments = [{ number: 1, dueDate: '2026-05-01' } ]; }, 'ValidationError', 'FEES_INVALID_SCHEDULE', ['schedule', 'installments', 0, 'payment']],
    ['amount and payment that disagree', (i) => { i.schedule.installments = [{ number: 1, dueDate: '2026-05-01', amount: '1.00', payment: '2.00' } ]; }, 'ValidationError', 'FEES_INVALID_SCHEDULE', ['schedule', 'installments', 0, 'amount']],
    ['an impossible due date', (i) => { i.schedule.installments = [{ number: 1, dueDate: '2026-02-30', amount: '1.00' }]; }, 'ValidationError', 'CALENDAR_INVALID_DATE', ['schedule', 'installments', 0, 'dueDate']],
    ['a huge amount', (i) => { i.schedule.installments = [{ number: 1, dueDate: '2026-05-01', amount: '99999999999999.00' }]; }, 'ValidationError', 'FEES_AMOUNT_TOO_LARGE', ['schedule', 'installments', 0, 'amount']],
    ['a zero payment', (i) => { i.payments = [{ amount: '0.00', date: '2026-05-02' }]; }, 'ValidationError', 'FEES_NEGATIVE_AMOUNT', ['payments', 0, 'amount']],
    ['a negative payment', (i) => { i.payments = [{ amount: '-5.00', date: '2026-05-02' }]; }, 'ValidationError', 'FEES_NEGATIVE_AMOUNT', ['payments', 0, 'amount']],
    ['a payment with too many decimals', (i) => { i.payments = [{ amount: '5.001', date: '2026-05-02' }]; }, 'ValidationError', 'MONEY_TOO_MANY_DECIMALS', ['payments', 0, 'amount']],
    ['an unknown currency', (i) => { i.schedule.currency = 'XYZ'; }, 'ValidationError', 'MONEY_UNKNOWN_CURRENCY', ['schedule', 'currency']],
    ['an empty asOf', (i) => { i.asOf = ''; }, 'ValidationError', 'CALENDAR_INVALID_DATE', ['asOf']],
    ['an unknown top-level field', (i) => { i.extra = 1; }, 'ValidationError', 'INPUT_UNRECOGNIZED_KEYS', []],
    ['a NaN recurrence', (i) => { policyOf(i).recurrence = { everyDays: Number.NaN }; }, 'ValidationError', 'INPUT_INVALID_TYPE', ['policy', 'recurrence', 'everyDays']],
    ['a zero-day recurrence', (i) => { policyOf(i).recurrence = { everyDays: 0 }; }, 'ValidationError', 'FEES_INVALID_DAYS', ['policy', 'recurrence', 'everyDays']],
    ['an expression nested too deep', (i) => {
      let e: unknown = { type: 'flat', amount: '1.00' };
      for (let k = 0; k < 9; k++) e = { type: 'greaterOf', of: [e] };
      policyOf(i).amount = e;
    }, 'ValidationError', 'FEES_INVALID_EXPRESSION', ['policy', 'amount']],
  ];

  for (const [what, mutate, name, code, path] of cases) {
    it(`rejects ${what} with ${code} naming the field`, () => {
      const error = failure(mutate);
      expect([error.name, error.code, error.path]).toEqual([name, code, path]);
      expect(error.message.length).toBeGreaterThan(20);
    });
  }

  it('rejects a preset id it does not ship', () => {
    expect(() => getFeePreset('us-zz-rent')).toThrow(/not a jurisdiction preset/);
    expect(() => getFeePreset(42 as never)).toThrow(/not a jurisdiction preset/);
  });
});
