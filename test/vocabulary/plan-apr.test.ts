import { describe, expect, it } from 'vitest';
import {
  AprAdvanceSchema,
  AprInputSchema,
  AprPaymentEntrySchema,
  AprPaymentSchema,
  AprPaymentSeriesSchema,
  IsAprWithinToleranceInputSchema,
  PlanPolicySchema,
  apr,
  isAprWithinTolerance,
} from '../../src/plan/index.js';
import * as plan from '../../src/plan/index.js';
import { schemaProblems } from '../support/vocabulary.js';
import { describeVocabulary } from '../support/vocabulary-suite.js';

// Issue 20, the APR part of arrears/plan (Regulation Z Appendix J): the verdicts it returns
// (ok and not ok) and, directly, every APR schema. The rest of plan, and the walk over all of
// its exported schemas, is test/vocabulary/plan.test.ts.
const loan = { amountFinanced: '5000.00', advanceDate: '1978-01-10', currency: 'USD', payments: [{ amount: '230.00', count: 24, frequency: 'monthly', firstDueDate: '1978-02-10' }] } as const;

const VERDICTS: Readonly<Record<string, () => unknown>> = {
  'isAprWithinTolerance (within)': () => isAprWithinTolerance({ disclosedAprRate: '0.0975', actualAprRate: apr(loan).annualRate }),
  'isAprWithinTolerance (outside)': () => isAprWithinTolerance({ disclosedAprRate: '0.095', actualAprRate: apr(loan).annualRate }),
  'isAprWithinTolerance (irregular, within)': () => isAprWithinTolerance({ disclosedAprRate: '0.095', actualAprRate: apr(loan).annualRate, irregular: true }),
  'isAprWithinTolerance (high-cost credit, outside)': () => isAprWithinTolerance({ disclosedAprRate: '3.5', actualAprRate: '3.9107', highApr: true }),
  'apr(...).disclosed (within)': () => apr({ ...loan, disclosedAprRate: '0.0975' }).disclosed,
  'apr(...).disclosed (outside)': () => apr({ ...loan, disclosedAprRate: '0.1' }).disclosed,
};

describeVocabulary({}, VERDICTS);

describe('the APR schemas follow the vocabulary', () => {
  const schemas = { AprAdvanceSchema, AprInputSchema, AprPaymentEntrySchema, AprPaymentSchema, AprPaymentSeriesSchema, IsAprWithinToleranceInputSchema };
  for (const [name, schema] of Object.entries(schemas)) {
    it(`${name} names its fields by the rules`, () => {
      expect(schemaProblems(name, schema)).toEqual([]);
    });
  }

  it('PlanPolicySchema: the APR limit (maxAprRate, highApr) names its fields by the rules', () => {
    // The policy's other fields belong to the rest of plan (test/vocabulary/plan.test.ts).
    expect(schemaProblems('PlanPolicySchema', PlanPolicySchema).filter((p) => /\.(maxAprRate|highApr)$/.test(p.where))).toEqual([]);
    expect(PlanPolicySchema.safeParse({ maxAprRate: '36' }).success).toBe(false);
  });

  it('has a safe* twin for apr and isAprWithinTolerance, and no longer exports the unit-period schema', () => {
    expect([typeof plan.safeApr, typeof plan.safeIsAprWithinTolerance]).toEqual(['function', 'function']);
    expect('UnitPeriodSchema' in plan).toBe(false);
    expect('AprToleranceInputSchema' in plan).toBe(false);
  });

  it('returns frequencies of the one list (fourWeekly, not 4-week)', () => {
    const fourWeekly = apr({ amountFinanced: '1000.00', advanceDate: '2026-01-01', currency: 'USD', payments: [{ amount: '88.85', count: 12, frequency: 'fourWeekly', firstDueDate: '2026-01-29' }] });
    expect(fourWeekly.unitPeriod).toBe('fourWeekly');
  });
});
