import * as plan from '../../plan/index.js';
import type { AprInput } from '../../plan/index.js';
import { validatePlanTermsAgainst } from '../../plan/policy.js';
import { ValidationError } from '../../errors/index.js';
import { aprCommand } from '../commands/apr.js';
import { createScheduleCommand } from '../commands/schedule.js';
import { parseInput } from '../../internal/parse.js';
import { outOfPath } from '../side-input.js';
import type { CliModule, PolicyKind, PolicyViolation } from '../registry.js';

const DECIMAL = '^-?[0-9]{1,30}(\\.[0-9]{1,30})?$';

/**
 * `arrears validate --kind apr-disclosure`: the disclosed APR of a transaction
 * (`disclosedAprRate`) is within the tolerance of 12 CFR 1026.22(a)(2)/(3) (1/8 of a
 * percentage point, 1/4 when irregular); the finding is the library's own
 * (`PLAN_APR_OUTSIDE_TOLERANCE`).
 */
export const aprDisclosureKind: PolicyKind = {
  kind: 'apr-disclosure',
  summary: 'the disclosedAprRate of a transaction is within the tolerance of 12 CFR 1026.22(a)',
  subjectSchema: 'apr-input',
  check(subject) {
    const result = plan.apr(subject as AprInput);
    const disclosed = result.disclosed;
    if (disclosed === undefined) {
      throw new ValidationError([
        { code: 'INPUT_MISSING', path: ['disclosedAprRate'], message: '"disclosedAprRate" is required (expected a decimal fraction such as "0.0975"): --kind apr-disclosure checks the disclosed APR.' },
      ]);
    }
    return disclosed.findings.map((finding): PolicyViolation => ({
      code: finding.code,
      path: finding.path ?? ['disclosedAprRate'],
      message: `"disclosedAprRate": ${finding.message.replace(/\.$/, '')} (${disclosed.citation}).`,
      details: { aprPercent: result.aprPercent, differencePercent: disclosed.differencePercent, tolerancePercent: disclosed.tolerancePercent, citation: disclosed.citation },
    }));
  },
};

/** arrears/plan on the command line: `apr`, the `apr-disclosure` validation kind and the plan schemas. */
export const planCli: CliModule = {
  name: 'plan',
  exports: plan,
  jsonHints: {
    PositiveAmountSchema: { pattern: DECIMAL, description: 'A positive amount as a decimal string ("230.00"): greater than zero; no exponent, spaces or separators.' },
  },
  commands: [aprCommand, createScheduleCommand(plan.buildSchedule)],
  // The policy is parsed once, not once per document: validatePlanTermsAgainst takes it parsed.
  policyKinds: [createPlanKind(validatePlanTermsAgainst, (p) => parseInput(plan.PlanPolicySchema, p)), aprDisclosureKind],
};

/** The result of `validatePlanTerms` (`arrears/plan` `PlanValidationResult`). */
export interface PlanValidationLike {
  readonly valid: boolean;
  readonly violations: ReadonlyArray<{ readonly code: string; readonly path: ReadonlyArray<string | number>; readonly message: string; readonly limit?: string; readonly actual?: string }>;
}

/**
 * `arrears validate --kind plan` (the default kind), around the library's
 * `validatePlanTerms(terms, policy)` and `PlanPolicySchema` (passed in, so the kind is wired
 * with one line): every violation, with the policy's `limit` and the plan's `actual` value as
 * details.
 */
export function createPlanKind(validatePlanTerms: (terms: never, policy: never) => PlanValidationLike, parsePolicy: (policy: unknown) => unknown): PolicyKind {
  return {
    kind: 'plan',
    summary: 'plan terms checked against a plan policy',
    subjectSchema: 'plan-terms',
    policySchema: 'plan-policy',
    parsePolicy,
    check(subject, policy) {
      // Malformed terms are reported at the document's own paths ("installments", not
      // "terms.installments"), so the file's line and column can be found.
      return outOfPath(['terms'], () => validatePlanTerms(subject as never, policy as never)).violations.map((v) => {
        const details: Record<string, unknown> = {};
        if (v.limit !== undefined) details.limit = v.limit;
        if (v.actual !== undefined) details.actual = v.actual;
        return { code: v.code, path: v.path, message: v.message, ...(Object.keys(details).length > 0 ? { details } : {}) };
      });
    },
  };
}
