import { describe, expect, it } from 'vitest';
import * as plan from '../../src/plan/index.js';
import { isSchema, schemaProblems } from '../support/vocabulary.js';
import { describeVocabulary } from '../support/vocabulary-suite.js';

// Issue 20 item 4 for arrears/plan: every exported schema names its fields by STYLE.md
// "Vocabulary", every document function has a safe* twin, and validatePlanTerms returns
// { ok, findings } with the shared Finding (passing, breaking, and unschedulable terms).
//
// The APR schemas belong to the APR helper's migration (branch v-plan-apr), which lands apart:
// until it does, they are left out of the walk by name. The coordinator removes this list at
// the merge.
const AWAITING_APR = ['AprAdvanceSchema', 'AprInputSchema', 'AprPaymentEntrySchema', 'AprPaymentSchema', 'AprPaymentSeriesSchema', 'AprToleranceInputSchema', 'UnitPeriodSchema'];
// Two fields inside plan's own schemas belong to other helpers' migrations as well: the policy's
// `maxAprPercent` (the APR helper's) and the terms' `dayCount`, whose values ('actual/365', ...)
// are arrears/calendar's enum (the calendar helper's). The schemas holding them are walked below
// with exactly those problems left out, by field and by rule; everything else in them must pass.
const AWAITING_FIELDS: ReadonlyArray<{ readonly field: string; readonly rule: RegExp }> = [
  { field: '.maxAprPercent', rule: /no input holds a percent/ },
  { field: '.dayCount', rule: /enum values are camelCase/ },
];
const HOLDING_AWAITED = ['PlanTermsSchema', 'PlanStateSchema', 'PlanPolicySchema', 'ValidatePlanTermsInputSchema', 'ApplyPaymentInputSchema', 'AddChargesInputSchema', 'ReversePaymentInputSchema', 'ReamortizeInputSchema'];
const planExports = Object.fromEntries(Object.entries(plan).filter(([name]) => !AWAITING_APR.includes(name) && !HOLDING_AWAITED.includes(name)));

describe('arrears/plan: the schemas that hold a field another migration owns', () => {
  for (const name of HOLDING_AWAITED) {
    it(`${name} names its fields by the rules (the awaited fields aside)`, () => {
      const schema = (plan as Record<string, unknown>)[name];
      expect(isSchema(schema)).toBe(true);
      const problems = schemaProblems(name, schema).filter((p) => !AWAITING_FIELDS.some((a) => p.where.endsWith(a.field) && a.rule.test(p.rule)));
      expect(problems).toEqual([]);
    });
  }
  it('the checker still sees the awaited fields (so the lists can be removed once they land)', () => {
    expect(schemaProblems('PlanPolicySchema', plan.PlanPolicySchema).map((p) => p.where)).toContain('PlanPolicySchema.maxAprPercent');
  });
});

const terms = { principal: '1200.00', currency: 'USD', annualRate: '0', frequency: 'weekly', agreementDate: '2026-01-01', firstDueDate: '2026-02-15', installments: 48 } as const;

describeVocabulary(
  { 'arrears/plan': planExports },
  {
    'validatePlanTerms': () => plan.validatePlanTerms({ terms: { ...terms, frequency: 'biweekly', installments: 24, firstDueDate: '2026-01-15' }, policy: { maxInstallments: 24 } }),
    'validatePlanTerms (broken)': () => plan.validatePlanTerms({ terms, policy: { allowedFrequencies: ['monthly'], maxInstallments: 24, maxDaysToFirstPayment: 30, minDownPaymentRate: '0.1' } }),
    'validatePlanTerms (no income for the cap: fail closed)': () => plan.validatePlanTerms({ terms, policy: { maxPaymentToIncomeRate: '0.2' } }),
    'validatePlanTerms (cannot be scheduled)': () => plan.validatePlanTerms({ terms: { ...terms, annualRate: '0.12', installments: undefined, installmentAmount: '0.01' }, policy: {} }),
  },
);
