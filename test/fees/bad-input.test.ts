import { describe, expect, it } from 'vitest';
import { assessLateFees, getFeePreset, isArrearsError } from '../../src/fees/index.js';
import type { AssessLateFeesInput } from '../../src/fees/index.js';

const valid = (): AssessLateFeesInput => ({
  schedule: { currency: 'USD', installments: [{ number: 1, dueDate: '2026-05-01', amount: '200.00', principal: '150.00', interest: '50.00' }] },
  payments: [{ amount: '50.00', date: '2026-05-02' }],
  policy: { trigger: { graceDays: 10 }, amount: { type: 'percent', rate: '0.05', of: 'installment' } },
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
    ['a negative rate', (i) => { policyOf(i).amount = { type: 'percent', rate: '-0.05', of: 'installment' }; }, 'ValidationError', 'FEES_INVALID_RATE', ['policy', 'amount', 'rate']],
    ['a rate above 1', (i) => { policyOf(i).amount = { type: 'percent', rate: '1.0001', of: 'installment' }; }, 'ValidationError', 'FEES_INVALID_RATE', ['policy', 'amount', 'rate']],
    ['a percent typed into a rate', (i) => { policyOf(i).amount = { type: 'percent', rate: '5', of: 'installment' }; }, 'ValidationError', 'FEES_INVALID_RATE', ['policy', 'amount', 'rate']],
    ['an annual rate above the policy ceiling', (i) => { policyOf(i).amount = { type: 'interest', annualRate: '18' }; }, 'ValidationError', 'FEES_INVALID_RATE', ['policy', 'amount', 'annualRate']],
    ['an annual rate above 100% without maxAnnualRate', (i) => { policyOf(i).amount = { type: 'interest', annualRate: '1.2' }; }, 'ValidationError', 'FEES_INVALID_RATE', ['policy', 'amount', 'annualRate']],
    ['a lifetime cap as a percent of the original balance', (i) => { policyOf(i).caps = { lifetime: { originalBalanceRate: '10' } }; }, 'ValidationError', 'FEES_INVALID_RATE', ['policy', 'caps', 'lifetime', 'originalBalanceRate']],
    ['presets without an account kind', (i) => { policyOf(i).presets = ['us-ny-rent']; }, 'ValidationError', 'INPUT_MISSING', ['policy', 'accountKind']],
    ['a negative interest rate', (i) => { policyOf(i).amount = { type: 'interest', annualRate: '-0.01' }; }, 'ValidationError', 'FEES_INVALID_RATE', ['policy', 'amount', 'annualRate']],
    ['a rate as a number', (i) => { policyOf(i).amount = { type: 'percent', rate: 0.05, of: 'installment' }; }, 'ValidationError', 'INPUT_INVALID_TYPE', ['policy', 'amount', 'rate']],
    ['a grace period that is not a whole number of days', (i) => { policyOf(i).trigger = { graceDays: 2.5 }; }, 'ValidationError', 'FEES_INVALID_DAYS', ['policy', 'trigger', 'graceDays']],
    ['a negative grace period', (i) => { policyOf(i).trigger = { graceDays: -3 }; }, 'ValidationError', 'FEES_INVALID_DAYS', ['policy', 'trigger', 'graceDays']],
    ['a cap below zero', (i) => { policyOf(i).caps = { perFee: { type: 'flat', amount: '-1.00' } }; }, 'ValidationError', 'MONEY_NEGATIVE', ['policy', 'caps', 'perFee', 'amount']],
    ['a lifetime cap below zero', (i) => { policyOf(i).caps = { lifetime: { max: '-10' } }; }, 'ValidationError', 'MONEY_NEGATIVE', ['policy', 'caps', 'lifetime', 'max']],
    ['an empty lifetime cap', (i) => { policyOf(i).caps = { lifetime: {} }; }, 'ValidationError', 'FEES_INVALID_EXPRESSION', ['policy', 'caps', 'lifetime']],
    ['an unknown preset', (i) => { policyOf(i).presets = ['us-ny-rent', 'us-zz-rent']; policyOf(i).accountKind = 'residentialRent'; }, 'UnsupportedOptionError', 'FEES_UNKNOWN_PRESET', ['policy', 'presets', 1]],
    ['a preset outside the account kind', (i) => { policyOf(i).presets = ['us-card-act']; policyOf(i).accountKind = 'mortgage'; }, 'DomainRuleError', 'FEES_PRESET_SCOPE_MISMATCH', ['policy', 'presets', 0]],
    ['a preset on a non-dollar schedule', (i) => { policyOf(i).presets = ['us-ny-rent']; policyOf(i).accountKind = 'residentialRent'; i.schedule.currency = 'EUR'; }, 'DomainRuleError', 'FEES_PRESET_SCOPE_MISMATCH', ['policy', 'presets', 0]],
    ['tiers out of order', (i) => { policyOf(i).amount = { type: 'tiers', tiers: [{ minDaysLate: 15, amount: { type: 'flat', amount: '1' } }, { minDaysLate: 10, amount: { type: 'flat', amount: '2' } }] }; }, 'ValidationError', 'FEES_INVALID_EXPRESSION', ['policy', 'amount', 'tiers', 1, 'minDaysLate']],
    ['bands out of order', (i) => { policyOf(i).amount = { type: 'bands', of: 'installment', bands: [{ maxBase: '10', amount: { type: 'flat', amount: '1' } }, { maxBase: '5', amount: { type: 'flat', amount: '2' } }] }; }, 'ValidationError', 'FEES_INVALID_EXPRESSION', ['policy', 'amount', 'bands', 1, 'maxBase']],
    ['a band without maxBase before the last', (i) => { policyOf(i).amount = { type: 'bands', of: 'installment', bands: [{ amount: { type: 'flat', amount: '1' } }, { amount: { type: 'flat', amount: '2' } }] }; }, 'ValidationError', 'FEES_INVALID_EXPRESSION', ['policy', 'amount', 'bands', 0, 'maxBase']],
    ['an unknown expression type', (i) => { policyOf(i).amount = { type: 'magic' }; }, 'ValidationError', 'INPUT_INVALID_VALUE', ['policy', 'amount', 'type']],
    ['too many decimals for the currency', (i) => { policyOf(i).amount = { type: 'flat', amount: '1.005' }; }, 'ValidationError', 'MONEY_TOO_MANY_DECIMALS', ['policy', 'amount', 'amount']],
    ['an amount in exponent form', (i) => { policyOf(i).amount = { type: 'flat', amount: '1e3' }; }, 'ValidationError', 'MONEY_INVALID_AMOUNT', ['policy', 'amount', 'amount']],
    ['pyramiding on a consumer account', (i) => { policyOf(i).noPyramiding = false; }, 'DomainRuleError', 'FEES_PYRAMIDING_NOT_ALLOWED', ['policy', 'noPyramiding']],
    ['a principal-and-interest base without the parts', (i) => { policyOf(i).amount = { type: 'percent', rate: '0.06', of: 'principalAndInterest' }; i.schedule.installments = [{ number: 1, dueDate: '2026-05-01', amount: '200.00' }]; }, 'DomainRuleError', 'FEES_BASE_UNAVAILABLE', ['schedule', 'installments']],
    ['an empty schedule', (i) => { i.schedule.installments = []; }, 'ValidationError', 'INPUT_OUT_OF_RANGE', ['schedule', 'installments']],
    ['a duplicate installment number', (i) => { i.schedule.installments = [...i.schedule.installments, { number: 1, dueDate: '2026-06-01', amount: '1.00' }]; }, 'ValidationError', 'FEES_INVALID_SCHEDULE', ['schedule', 'installments', 1, 'number']],
    ['an installment without an amount', (i) => { i.schedule.installments = [{ number: 1, dueDate: '2026-05-01' } ]; }, 'ValidationError', 'INPUT_MISSING', ['schedule', 'installments', 0, 'amount']],
    ['a plan row\'s "payment" instead of "amount"', (i) => { i.schedule.installments = [{ number: 1, dueDate: '2026-05-01', amount: '1.00', payment: '2.00' } ]; }, 'ValidationError', 'INPUT_UNRECOGNIZED_KEYS', ['schedule', 'installments', 0]],
    ['an impossible due date', (i) => { i.schedule.installments = [{ number: 1, dueDate: '2026-02-30', amount: '1.00' }]; }, 'ValidationError', 'CALENDAR_INVALID_DATE', ['schedule', 'installments', 0, 'dueDate']],
    ['a huge amount', (i) => { i.schedule.installments = [{ number: 1, dueDate: '2026-05-01', amount: '99999999999999.00' }]; }, 'ValidationError', 'FEES_AMOUNT_TOO_LARGE', ['schedule', 'installments', 0, 'amount']],
    ['a zero payment', (i) => { i.payments = [{ amount: '0.00', date: '2026-05-02' }]; }, 'ValidationError', 'MONEY_NOT_POSITIVE', ['payments', 0, 'amount']],
    ['a negative payment', (i) => { i.payments = [{ amount: '-5.00', date: '2026-05-02' }]; }, 'ValidationError', 'MONEY_NOT_POSITIVE', ['payments', 0, 'amount']],
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
    expect(() => getFeePreset('us-zz-rent')).toThrow(/not a fee preset/);
    expect(() => getFeePreset(42 as never)).toThrow(/not a fee preset/);
  });
});
