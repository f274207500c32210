import { describe, expect, it } from 'vitest';
import * as plan from '../../src/plan/index.js';
import { describeVocabulary } from '../support/vocabulary-suite.js';

// Issue 20 item 4 for arrears/plan: every exported schema names its fields by STYLE.md
// "Vocabulary", every document function has a safe* twin, and validatePlanTerms returns
// { ok, findings } with the shared Finding (passing, breaking, and unschedulable terms).
//
// The terms' `dayCount` takes arrears/calendar's camelCase day-count names since the calendar
// migration (v-moneycal), so every plan schema is walked whole.
const planExports = plan;

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
