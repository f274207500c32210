import * as plan from '../../plan/index.js';
import type { AprInput } from '../../plan/index.js';
import { validatePlanTermsAgainst } from '../../plan/policy.js';
import { ValidationError } from '../../errors/index.js';
import { aprCommand } from '../commands/apr.js';
import { createScheduleCommand } from '../commands/schedule.js';
import { parseInput } from '../../internal/parse.js';
import { outOfPath } from '../side-input.js';
import type { CliModule, PolicyKind, PolicyViolation } from '../registry.js';

/**
 * `arrears validate --kind apr-disclosure`: the disclosed APR of a transaction
 * (`disclosedAprRate`) is within the tolerance of 12 CFR 1026.22(a)(2)/(3) (1/8 of a
 * percentage point, 1/4 when irregular); the finding is the library's own
 * (`PLAN_APR_OUTSIDE_TOLERANCE`).
 */
export const aprDisclosureKind: PolicyKind = {
  kind: 'apr-disclosure',
  formerly: ['apr'],
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

/** arrears/plan on the command line: `apr`, `schedule`, the `plan-terms` and `apr-disclosure` validation kinds and the plan schemas. */
export const planCli: CliModule = {
  name: 'plan',
  exports: plan,
  jsonHints: {
  },
  commands: [aprCommand, createScheduleCommand(plan.buildSchedule)],
  // The policy is parsed once, not once per document: validatePlanTermsAgainst takes it parsed.
  policyKinds: [createPlanKind(validatePlanTermsAgainst, (p) => parseInput(plan.PlanPolicySchema, p)), aprDisclosureKind],
};

/** The verdict of `validatePlanTerms` (`arrears/plan` `PlanTermsVerdict`). */
export interface PlanValidationLike {
  readonly ok: boolean;
  readonly findings: ReadonlyArray<{ readonly code: string; readonly path?: ReadonlyArray<string | number>; readonly message: string; readonly details?: Readonly<Record<string, unknown>> }>;
}

/**
 * `arrears validate --kind plan-terms` (the default kind; it was `plan`), around the library's
 * `validatePlanTerms({ terms, policy })` and `PlanPolicySchema` (passed in, so the kind is wired
 * with one line): every violation, with the policy's `limit` and the plan's `actual` value as
 * details.
 */
export function createPlanKind(validatePlanTerms: (terms: never, policy: never) => PlanValidationLike, parsePolicy: (policy: unknown) => unknown): PolicyKind {
  return {
    kind: 'plan-terms',
    formerly: ['plan'],
    summary: 'plan terms checked against a plan policy',
    subjectSchema: 'plan-terms',
    policySchema: 'plan-policy',
    parsePolicy,
    check(subject, policy) {
      // Malformed terms are reported at the document's own paths ("installments", not
      // "terms.installments"), so the file's line and column can be found.
      return outOfPath(['terms'], () => validatePlanTerms(subject as never, policy as never)).findings.map((f) => {
        // Findings name the field from the input's root (`['terms', 'frequency']`); the file is the terms.
        const path = f.path === undefined ? [] : f.path[0] === 'terms' ? f.path.slice(1) : f.path;
        return { code: f.code, path, message: f.message, ...(f.details === undefined ? {} : { details: f.details }) };
      });
    },
  };
}
