// Issue 19 item 4: every option of every plan input schema has an effect or is refused.
import { usFederalCalendar } from '../../src/calendar/index.js';
import {
  ApplyPaymentInputSchema,
  PlanPolicySchema,
  PlanStatusRulesSchema,
  PlanTermsSchema,
  ReamortizeInputSchema,
  addCharges,
  applyPayment,
  buildSchedule,
  createPlanState,
  planStatus,
  reamortize,
  validatePlanTerms,
} from '../../src/plan/index.js';
import type { PlanTermsInput } from '../../src/plan/index.js';
import { sweepOptions } from '../support/option-sweep.js';

const base: PlanTermsInput = { principal: '1000.00', currency: 'USD', annualRate: '0.12', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01', installments: 12 };
const odd: PlanTermsInput = { ...base, agreementDate: '2025-12-10' };
const short: PlanTermsInput = { ...base, agreementDate: '2026-01-20' };
const flat: PlanTermsInput = { ...base, annualRate: '0', installments: 3 };
const required = { exempt: 'required' } as const;

sweepOptions<PlanTermsInput>('buildSchedule (PlanTermsSchema)', {
  schema: PlanTermsSchema,
  call: (t) => buildSchedule(t),
  base,
  options: {
    principal: required,
    currency: required,
    annualRate: required,
    frequency: required,
    agreementDate: required,
    firstDueDate: required,
    installments: { exempt: 'one of installments / installmentAmount / regularPrincipalAmount that sets the count (two together are refused)' },
    installmentAmount: { values: [{ value: '100.00', base: { ...base, installments: undefined, installmentAmount: '200.00' } }, '100.00'] },
    regularPrincipalAmount: { values: [{ value: '100.00', base: { ...base, method: 'equalPrincipal', installments: undefined, regularPrincipalAmount: '200.00' } }, '100.00'] },
    method: { values: ['equalPrincipal', 'interestFree'] },
    interestMethod: { values: ['dayCount'] },
    dayCount: { values: [{ value: 'thirty360', base: odd }, { value: 'actual360', base: { ...base, interestMethod: 'dayCount' } }] },
    oddPeriodInterest: { values: [{ value: 'spread', base: odd }] },
    downPayment: { values: ['100.00'] },
    balloon: { values: ['500.00'] },
    roundingIncrement: { values: ['1'] },
    roundingMode: { values: ['ceil', 'floor'] },
    maxAnnualRate: { exempt: 'a ceiling: it refuses a rate above it, never changes a schedule (schedule.test.ts covers it)' },
    residual: { values: [{ value: 'first', base: flat }, 'first'] },
    anchorDay: { values: [{ value: 'last', base: { ...base, firstDueDate: '2026-02-28' } }] },
    semiMonthlyDays: { values: [{ value: [1, 15], base: { ...base, frequency: 'semiMonthly', firstDueDate: '2026-02-15' } }] },
    businessDays: { values: [{ calendar: usFederalCalendar(), convention: 'following' }] },
    income: { exempt: 'data for the payment-to-income cap of validatePlanTerms, which the option sweep of PlanPolicySchema covers' },
  },
  refused: [
    { input: { ...flat, roundingMode: 'ceil' }, code: 'PLAN_UNSUPPORTED_OPTION', why: 'rounding on a plan without interest (issue 19 item 4)' },
    { input: { ...flat, interestMethod: 'dayCount' }, code: 'PLAN_UNSUPPORTED_OPTION', why: 'interestMethod on a plan without interest' },
    { input: { ...flat, method: 'interestFree', dayCount: 'thirty360' }, code: 'PLAN_UNSUPPORTED_OPTION', why: 'dayCount on a plan without interest' },
    { input: { ...base, method: 'equalPrincipal', installments: undefined, installmentAmount: '100.00' }, code: 'PLAN_INVALID_TERMS', why: 'installmentAmount on an equalPrincipal plan (whole installment or principal part? the count comes from regularPrincipalAmount)' },
    { input: { ...base, installments: undefined, regularPrincipalAmount: '100.00' }, code: 'PLAN_INVALID_TERMS', why: 'regularPrincipalAmount on a level plan' },
    { input: { ...base, dayCount: 'thirty360' }, code: 'PLAN_UNSUPPORTED_OPTION', why: 'dayCount on periodic interest without an odd first period' },
    { input: { ...base, oddPeriodInterest: 'spread' }, code: 'PLAN_UNSUPPORTED_OPTION', why: 'oddPeriodInterest without an odd first period' },
    { input: { ...short, oddPeriodInterest: 'spread' }, code: 'PLAN_UNSUPPORTED_OPTION', why: 'oddPeriodInterest with a short first period' },
    { input: { ...odd, interestMethod: 'dayCount', oddPeriodInterest: 'spread' }, code: 'PLAN_UNSUPPORTED_OPTION', why: 'oddPeriodInterest with day-count interest' },
  ],
});

const loan = createPlanState(buildSchedule({ ...base, principal: '1200.00', installments: 3 }));
const charged = addCharges({ state: loan, charges: [{ id: 'f', installment: 1, amount: '25.00', currency: 'USD' }] }).state;
type PaymentOptions = Omit<Parameters<typeof applyPayment>[0], 'state' | 'payment'>;

sweepOptions<PaymentOptions>('applyPayment (ApplyPaymentInputSchema)', {
  schema: ApplyPaymentInputSchema,
  call: (o) => applyPayment({ state: charged, payment: { amount: '1000.00', date: '2026-03-01' }, ...o }),
  base: {},
  options: {
    state: { exempt: 'the document itself: the plan state' },
    payment: { exempt: 'the document itself: the payment' },
    waterfall: { values: [['fees', 'interest', 'principal'], ['principal', 'interest', 'fees']] },
    allocation: { values: ['component'] },
    overpayment: { values: ['principal'] },
  },
});

const plan = buildSchedule(flat);
type StatusPolicy = NonNullable<Parameters<typeof planStatus>[0]['rules']>;

sweepOptions<StatusPolicy>('planStatus (PlanStatusRulesSchema)', {
  schema: PlanStatusRulesSchema,
  call: (p) => planStatus({ plan, payments: [], asOf: '2026-04-05', rules: p }),
  base: {},
  options: {
    maxMissedInstallments: { values: [3] },
    maxDaysPastDue: { values: [29] },
    graceDays: { values: [10] },
  },
});

const due = createPlanState(buildSchedule({ ...flat, installments: 4 }));
type ReamortizeOptions = { strategy: 'spread' | 'extend' | 'recompute'; installments?: number; firstDueDate?: string };

sweepOptions<ReamortizeOptions>('reamortize (ReamortizeInputSchema)', {
  schema: ReamortizeInputSchema,
  call: (o) => reamortize({ state: due, asOf: '2026-03-15', ...o } as Parameters<typeof reamortize>[0]),
  base: { strategy: 'spread' },
  options: {
    state: { exempt: 'the document itself: the plan state' },
    asOf: { exempt: 'the date of the re-amortization, required' },
    strategy: { values: ['extend', 'recompute'] },
    installments: { values: [{ value: 6, base: { strategy: 'recompute' } }] },
    firstDueDate: { values: [{ value: '2026-04-20', base: { strategy: 'recompute' } }] },
  },
  refused: [
    { input: { strategy: 'spread', installments: 12 }, code: 'PLAN_UNSUPPORTED_OPTION', why: 'installments outside recompute (audit F16)' },
    { input: { strategy: 'extend', firstDueDate: '2026-05-01' }, code: 'PLAN_UNSUPPORTED_OPTION', why: 'firstDueDate outside recompute' },
  ],
});

type Policy = NonNullable<Parameters<typeof validatePlanTerms>[0]['policy']>;
const policyTerms: PlanTermsInput = { ...base, downPayment: '50.00' };

sweepOptions<Policy>('validatePlanTerms (PlanPolicySchema)', {
  schema: PlanPolicySchema,
  call: (p) => validatePlanTerms({ terms: policyTerms, policy: p }),
  base: {},
  options: {
    currency: { values: ['EUR'] },
    allowedFrequencies: { values: [['weekly']] },
    minInstallment: { values: ['500.00'] },
    maxInstallments: { values: [6] },
    maxDurationMonths: { values: [3] },
    maxDurationDays: { values: [30] },
    minDownPayment: { values: ['100.00'] },
    minDownPaymentRate: { values: ['0.1'] },
    maxDaysToFirstPayment: { values: [10] },
    maxAprRate: { values: ['0.05'] },
    highApr: { exempt: 'it only lets maxAprRate go above 1 (a policy that does not validate without it); refused without maxAprRate (below)' },
    maxTotalInterest: { values: ['1.00'] },
    maxPaymentToIncomeRate: { values: ['0.01'] },
    requireIncome: { values: [{ value: false, base: { maxPaymentToIncomeRate: '0.01' } }] },
  },
  refused: [
    { input: { requireIncome: true }, code: 'PLAN_UNSUPPORTED_OPTION', why: 'requireIncome without the income cap' },
    { input: { highApr: true }, code: 'PLAN_UNSUPPORTED_OPTION', why: 'highApr without maxAprRate' },
  ],
});
