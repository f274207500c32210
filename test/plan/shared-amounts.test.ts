// Plan's positive and non-negative amounts are money's PositiveAmountSchema and
// NonNegativeAmountSchema: the user sees money's code and sentence, at the field's own path.
import { describe, expect, it } from 'vitest';
import { NonNegativeAmountSchema, PositiveAmountSchema } from '../../src/money/index.js';
import {
  safeAddCharges,
  safeApplyPayment,
  safeApr,
  safeBuildSchedule,
  safeValidatePlanTerms,
  buildSchedule,
  createPlanState,
} from '../../src/plan/index.js';
import type { ArrearsResult } from '../../src/errors/index.js';
import { issuesOf } from '../support/errors.js';

const terms = { principal: '900.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 } as const;
const state = createPlanState(buildSchedule(terms));
const aprInput = { amountFinanced: '1000.00', advanceDate: '2026-01-10', currency: 'USD', payments: [{ amount: '1010.00', date: '2026-02-10' }] } as const;

/** The first issue of a failed result: code, path and message. */
function issue(result: ArrearsResult<unknown>): { code: string; path: readonly (string | number)[]; message: string } | undefined {
  if (result.success) return undefined;
  const first = issuesOf(result.error)[0];
  return first === undefined ? undefined : { code: first.code, path: first.path, message: first.message };
}

/** Money's own sentence for a value, as the schema gives it (the path is added by the function). */
function moneyMessage(schema: typeof PositiveAmountSchema, value: string): string {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`${value} passed`);
  return result.error.issues[0]?.message ?? '';
}

describe('plan amounts that must be greater than zero (money\'s PositiveAmountSchema)', () => {
  it('refuses a zero principal with MONEY_NOT_POSITIVE and money\'s sentence at "principal"', () => {
    expect(issue(safeBuildSchedule({ ...terms, principal: '0.00' }))).toEqual({
      code: 'MONEY_NOT_POSITIVE',
      path: ['principal'],
      message: `"principal": ${moneyMessage(PositiveAmountSchema, '0.00')}`,
    });
    expect(moneyMessage(PositiveAmountSchema, '0.00')).toBe('"0.00" is not a positive amount: it must be greater than zero.');
  });

  it('accepts the smallest positive amount, and refuses "-0.00" and a negative one', () => {
    expect(safeBuildSchedule({ ...terms, principal: '0.03' }).success).toBe(true);
    expect(issue(safeBuildSchedule({ ...terms, principal: '-0.00' }))?.code).toBe('MONEY_NOT_POSITIVE');
    expect(issue(safeBuildSchedule({ ...terms, principal: '-0.01' }))?.code).toBe('MONEY_NOT_POSITIVE');
    // A malformed amount keeps money's grammar code, not the sign's.
    expect(issue(safeBuildSchedule({ ...terms, principal: '1e3' }))?.code).toBe('MONEY_INVALID_AMOUNT');
  });

  it('names the nested path: a payment, an APR payment, an income, a policy minimum', () => {
    expect(issue(safeApplyPayment({ state, payment: { amount: '0', date: '2026-02-15' } }))).toMatchObject({ code: 'MONEY_NOT_POSITIVE', path: ['payment', 'amount'] });
    expect(safeApplyPayment({ state, payment: { amount: '0.01', date: '2026-02-15' } }).success).toBe(true);
    expect(issue(safeApr({ ...aprInput, payments: [{ amount: '0.00', date: '2026-02-10' }] }))).toMatchObject({ code: 'MONEY_NOT_POSITIVE', path: ['payments', 0, 'amount'] });
    expect(issue(safeApr({ ...aprInput, amountFinanced: '-1000.00' }))).toMatchObject({ code: 'MONEY_NOT_POSITIVE', path: ['amountFinanced'] });
    expect(issue(safeValidatePlanTerms({ terms: { ...terms, income: { amount: '0', frequency: 'monthly' } }, policy: {} }))).toMatchObject({ code: 'MONEY_NOT_POSITIVE', path: ['terms', 'income', 'amount'] });
    expect(issue(safeValidatePlanTerms({ terms, policy: { minInstallment: '0.00' } }))).toMatchObject({ code: 'MONEY_NOT_POSITIVE', path: ['policy', 'minInstallment'] });
    expect(safeValidatePlanTerms({ terms, policy: { minInstallment: '0.01' } }).success).toBe(true);
  });

  it('gives the fast path and the schema the same answer at the boundary', () => {
    // Plain terms take the fast path when valid; the schema decides (and names) the refusals.
    expect(safeBuildSchedule({ ...terms, principal: '0.01', installments: 1 }).success).toBe(true);
    expect(issue(safeBuildSchedule({ ...terms, principal: '0', installments: 1 }))).toMatchObject({ code: 'MONEY_NOT_POSITIVE', path: ['principal'] });
    expect(issue(safeBuildSchedule({ ...terms, installments: undefined, installmentAmount: '0.00' }))).toMatchObject({ code: 'MONEY_NOT_POSITIVE', path: ['installmentAmount'] });
  });
});

describe('plan amounts that may be zero (money\'s NonNegativeAmountSchema)', () => {
  it('refuses a negative charge with MONEY_NEGATIVE and money\'s sentence at its path, and accepts 0 (a withdrawal)', () => {
    expect(issue(safeAddCharges({ state, charges: [{ id: 'a', installment: 1, amount: '-0.01', currency: 'USD' }] }))).toEqual({
      code: 'MONEY_NEGATIVE',
      path: ['charges', 0, 'amount'],
      message: `"charges[0].amount": ${moneyMessage(NonNegativeAmountSchema, '-0.01')}`,
    });
    expect(safeAddCharges({ state, charges: [{ id: 'a', installment: 1, amount: '0.00', currency: 'USD' }] }).success).toBe(true);
    expect(safeAddCharges({ state, charges: [{ id: 'a', installment: 1, amount: '-0.00', currency: 'USD' }] }).success).toBe(true);
  });

  it('refuses a negative maxTotalInterest with MONEY_NEGATIVE and accepts zero', () => {
    expect(issue(safeValidatePlanTerms({ terms, policy: { maxTotalInterest: '-1' } }))).toMatchObject({ code: 'MONEY_NEGATIVE', path: ['policy', 'maxTotalInterest'] });
    expect(safeValidatePlanTerms({ terms, policy: { maxTotalInterest: '0' } }).success).toBe(true);
  });
});
