import type * as z from 'zod/mini';
import { addMonths } from '../calendar/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { DomainRuleError, UnsupportedOptionError, ValidationError, attempt } from '../errors/index.js';
import { fromMinorUnits, parseRatio, toMinorUnits } from '../money/index.js';
import { parseInput } from '../internal/parse.js';
import { PlanErrorCodes } from './codes.js';
import { PlanPolicySchema, PlanTermsSchema } from './schemas.js';
import { flowsAprAbove } from './apr-limit.js';
import { percentOf, rateOf } from './apr-tolerance.js';
import { dueDateRule, occurrenceDay } from './due-dates.js';
import { dayOfIso } from './day-numbers.js';
import { fastTerms } from './fast-terms.js';
import { countField, periodsPerYear, scheduleOf } from './schedule.js';
import type { PlanPolicyInput, PlanSchedule, PlanTerms, PlanTermsInput, PlanValidationResult, PlanViolation } from './types.js';

/** Payments per year of an income frequency (the calendar names, `annually` included). */
const INCOME_PER_YEAR: Readonly<Record<string, number>> = { weekly: 52, biweekly: 26, fourWeekly: 13, semiMonthly: 24, monthly: 12, quarterly: 4, annually: 1 };

/** Compares two exact decimals `x = p/q` and `y = r/s` (positive denominators). */
function compareRatio(p: bigint, q: bigint, r: bigint, s: bigint): number {
  const left = p * s;
  const right = r * q;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Whether the schedule's APR, as disclosed (`schedule.apr.aprPercent`), is above the limit:
 * the flows of its APR (the amount financed on the agreement date, each installment on its
 * scheduled date, as the schedule's `apr` reads them) decided by {@link flowsAprAbove}, which
 * solves only when the limit cannot be decided otherwise.
 */
function aprAboveLimit(t: PlanTerms, schedule: PlanSchedule, maxPercent: string): boolean {
  const rule = dueDateRule(t);
  const payments = schedule.installments.map((row, k) => ({ day: occurrenceDay(rule, k), amount: row.payment, entry: k }));
  return flowsAprAbove({ day: dayOfIso(t.agreementDate), amount: schedule.amountFinanced, entry: 0 }, payments, {}, maxPercent, () => schedule.apr.aprPercent);
}

/**
 * Checks plan terms against a policy and returns every violation, for intake forms and CI
 * scripts. A policy breach is a result, never an exception: only malformed terms or policy
 * throw. Terms that are well-formed but cannot be scheduled (an installment that never pays
 * the plan off) come back as a violation with their own code (`PLAN_PAYMENT_TOO_SMALL`), and
 * the checks that need a schedule are then skipped.
 *
 * The checks (each only when the policy sets it):
 * - `allowedFrequencies`: `PLAN_POLICY_FREQUENCY_NOT_ALLOWED`;
 * - `minInstallment`: every installment but the last (which is only the remainder) at least
 *   this: `PLAN_POLICY_INSTALLMENT_TOO_SMALL`;
 * - `maxInstallments`: `PLAN_POLICY_TOO_MANY_INSTALLMENTS`;
 * - `maxDurationMonths` / `maxDurationDays`: the last due date no later than the agreement
 *   date plus that many months (month ends clamped) or days: `PLAN_POLICY_DURATION_TOO_LONG`;
 * - `minDownPayment` / `minDownPaymentPercent` (of the principal): `PLAN_POLICY_DOWN_PAYMENT_TOO_SMALL`;
 * - `maxDaysToFirstPayment`: `PLAN_POLICY_FIRST_PAYMENT_TOO_LATE`;
 * - `maxAprRate`: the APR as disclosed (2 decimals of a percent) at most this decimal fraction
 *   (`'0.36'`, 36%): `PLAN_POLICY_APR_TOO_HIGH`
 *   (decided by the sign of the Appendix J equation at the limit's rate, without solving for the
 *   APR unless it is above the limit or on its rounding boundary: the same answer as solving);
 * - `maxTotalCost`: total interest at most this: `PLAN_POLICY_TOTAL_COST_TOO_HIGH`;
 * - `maxPaymentToIncomePercent`: the largest installment, per month (× periods per year / 12),
 *   at most this percent of the income per month; exact rational comparison:
 *   `PLAN_POLICY_PAYMENT_TO_INCOME_TOO_HIGH`. Without `income` the plan breaks the rule
 *   (`PLAN_POLICY_INCOME_REQUIRED`: fail closed, the fact the rule needs is missing), unless
 *   the policy loosens it with `requireIncome: false`.
 *
 * @param terms - the plan terms; see {@link PlanTermsSchema}
 * @param policy - the policy; see {@link PlanPolicySchema}
 * @returns `{ valid, violations }`, each violation with `code`, `path`, `message`, `limit`, `actual`
 * @throws {@link arrears!ValidationError} for malformed terms or policy, or a policy `currency`
 *   other than the plan's (`PLAN_INVALID_TERMS`)
 *
 * @example
 * ```ts
 * import { validatePlanTerms } from 'arrears/plan';
 * const terms = { principal: '1200.00', currency: 'USD', annualRate: '0', frequency: 'weekly', agreementDate: '2026-01-01', firstDueDate: '2026-02-15', installments: 48 } as const;
 * const result = validatePlanTerms(terms, { allowedFrequencies: ['monthly', 'biweekly'], maxInstallments: 24, maxDaysToFirstPayment: 30 });
 * result.valid; // => false
 * result.violations.map((v) => v.code); // => ['PLAN_POLICY_FREQUENCY_NOT_ALLOWED', 'PLAN_POLICY_FIRST_PAYMENT_TOO_LATE', 'PLAN_POLICY_TOO_MANY_INSTALLMENTS']
 * validatePlanTerms({ ...terms, frequency: 'biweekly', installments: 24, firstDueDate: '2026-01-15' }, { maxInstallments: 24 }); // => { valid: true, violations: [] }
 * validatePlanTerms(terms, { maxInstallments: 0 }); // throws INPUT_OUT_OF_RANGE
 * ```
 */
export function validatePlanTerms(terms: PlanTermsInput, policy: PlanPolicyInput): PlanValidationResult {
  return validatePlanTermsAgainst(terms, parseInput(PlanPolicySchema, policy, ['policy']));
}

/**
 * {@link validatePlanTerms} with the policy already parsed by PlanPolicySchema: for a caller that
 * checks many plans against one policy (the command line), which then parses it once.
 *
 * @internal
 */
export function validatePlanTermsAgainst(terms: unknown, p: z.output<typeof PlanPolicySchema>): PlanValidationResult {
  const t = fastTerms(terms) ?? parseInput(PlanTermsSchema, terms, ['terms']);
  const c = t.currency;
  if (p.currency !== undefined && p.currency !== c) {
    throw new ValidationError([{ code: PlanErrorCodes.PLAN_INVALID_TERMS, path: ['policy', 'currency'], message: `"policy.currency": the policy is in ${p.currency}, the plan in ${c}.` }]);
  }
  const amount = (value: string, path: string): bigint => {
    try {
      return toMinorUnits(value, c);
    } catch (error) {
      if (error instanceof ValidationError) throw new ValidationError(error.issues.map((i) => ({ ...i, path: ['policy', path], message: `"policy.${path}": ${i.message}` })));
      throw error;
    }
  };
  const violations: PlanViolation[] = [];
  const add = (code: string, path: string, message: string, limit?: string, actual?: string): void => {
    violations.push({ code, path: [path], message: `"${path}": ${message}`, ...(limit === undefined ? {} : { limit }), ...(actual === undefined ? {} : { actual }) });
  };
  if (p.allowedFrequencies !== undefined && !p.allowedFrequencies.includes(t.frequency)) {
    add(PlanErrorCodes.PLAN_POLICY_FREQUENCY_NOT_ALLOWED, 'frequency', `${t.frequency} installments are not allowed; the policy allows ${p.allowedFrequencies.join(', ')}.`, p.allowedFrequencies.join(','), t.frequency);
  }
  const firstDays = dayOfIso(t.firstDueDate) - dayOfIso(t.agreementDate);
  if (p.maxDaysToFirstPayment !== undefined && firstDays > p.maxDaysToFirstPayment) {
    add(PlanErrorCodes.PLAN_POLICY_FIRST_PAYMENT_TOO_LATE, 'firstDueDate', `the first installment is due ${firstDays} days after the agreement; the policy allows at most ${p.maxDaysToFirstPayment}.`, String(p.maxDaysToFirstPayment), String(firstDays));
  }
  const principal = toMinorUnits(t.principal, c);
  const down = t.downPayment === undefined ? 0n : toMinorUnits(t.downPayment, c);
  if (p.minDownPayment !== undefined && down < amount(p.minDownPayment, 'minDownPayment')) {
    add(PlanErrorCodes.PLAN_POLICY_DOWN_PAYMENT_TOO_SMALL, 'downPayment', `the down payment of ${fromMinorUnits(down, c)} is below the minimum of ${fromMinorUnits(amount(p.minDownPayment, 'minDownPayment'), c)}.`, fromMinorUnits(amount(p.minDownPayment, 'minDownPayment'), c), fromMinorUnits(down, c));
  }
  if (p.minDownPaymentPercent !== undefined) {
    const pct = parseRatio(p.minDownPaymentPercent);
    // down / principal >= pct / 100
    if (compareRatio(down * 100n, principal, pct.numerator, pct.denominator) < 0) {
      add(PlanErrorCodes.PLAN_POLICY_DOWN_PAYMENT_TOO_SMALL, 'downPayment', `the down payment of ${fromMinorUnits(down, c)} is below ${p.minDownPaymentPercent}% of the principal ${t.principal}.`, `${p.minDownPaymentPercent}%`, fromMinorUnits(down, c));
    }
  }
  let schedule: PlanSchedule;
  try {
    schedule = scheduleOf(t);
  } catch (error) {
    if (error instanceof DomainRuleError || error instanceof UnsupportedOptionError) {
      violations.push({ code: error.code, path: error.path, message: error.message });
      return { valid: false, violations };
    }
    throw error;
  }
  const rows = schedule.installments;
  if (p.maxInstallments !== undefined && rows.length > p.maxInstallments) {
    add(PlanErrorCodes.PLAN_POLICY_TOO_MANY_INSTALLMENTS, countField(t), `${rows.length} installments; the policy allows at most ${p.maxInstallments}.`, String(p.maxInstallments), String(rows.length));
  }
  if (p.minInstallment !== undefined) {
    const minimum = amount(p.minInstallment, 'minInstallment');
    const smallest = rows.slice(0, Math.max(1, rows.length - 1)).reduce((min, r) => (toMinorUnits(r.payment, c) < min ? toMinorUnits(r.payment, c) : min), toMinorUnits((rows[0] as { payment: string }).payment, c));
    if (smallest < minimum) {
      add(PlanErrorCodes.PLAN_POLICY_INSTALLMENT_TOO_SMALL, countField(t), `an installment of ${fromMinorUnits(smallest, c)} is below the minimum of ${fromMinorUnits(minimum, c)}.`, fromMinorUnits(minimum, c), fromMinorUnits(smallest, c));
    }
  }
  const lastDue = (rows[rows.length - 1] as { dueDate: string }).dueDate;
  if (p.maxDurationMonths !== undefined) {
    const limit = addMonths(t.agreementDate, p.maxDurationMonths);
    if (lastDue > limit) add(PlanErrorCodes.PLAN_POLICY_DURATION_TOO_LONG, 'installments', `the last installment is due ${lastDue}, after ${limit} (${p.maxDurationMonths} months after the agreement).`, limit, lastDue);
  }
  if (p.maxDurationDays !== undefined) {
    const days = dayOfIso(lastDue) - dayOfIso(t.agreementDate);
    if (days > p.maxDurationDays) add(PlanErrorCodes.PLAN_POLICY_DURATION_TOO_LONG, 'installments', `the last installment is due ${days} days after the agreement; the policy allows at most ${p.maxDurationDays}.`, String(p.maxDurationDays), String(days));
  }
  if (p.maxTotalCost !== undefined) {
    const cost = toMinorUnits(schedule.totals.interest, c);
    const limit = amount(p.maxTotalCost, 'maxTotalCost');
    if (cost > limit) add(PlanErrorCodes.PLAN_POLICY_TOTAL_COST_TOO_HIGH, 'annualRate', `the plan costs ${schedule.totals.interest} in interest; the policy allows at most ${fromMinorUnits(limit, c)}.`, fromMinorUnits(limit, c), schedule.totals.interest);
  }
  // Decided without solving for the APR unless it is above the limit (or too close to tell).
  if (p.maxAprRate !== undefined && aprAboveLimit(t, schedule, percentOf(p.maxAprRate))) {
    const disclosed = schedule.apr.aprPercent;
    add(PlanErrorCodes.PLAN_POLICY_APR_TOO_HIGH, 'annualRate', `the APR is ${disclosed}%; the policy allows at most ${percentOf(p.maxAprRate)}% (maxAprRate ${p.maxAprRate}).`, p.maxAprRate, rateOf(disclosed));
  }
  if (p.maxPaymentToIncomePercent !== undefined) {
    if (t.income === undefined) {
      // Fail closed: a cap the plan cannot be checked against is a violation unless the policy loosens it.
      if (p.requireIncome !== false) add(PlanErrorCodes.PLAN_POLICY_INCOME_REQUIRED, 'income', `the policy caps installments at ${p.maxPaymentToIncomePercent}% of income, and no income was given.`, p.maxPaymentToIncomePercent);
    } else {
      const largest = rows.reduce((max, r) => (toMinorUnits(r.payment, c) > max ? toMinorUnits(r.payment, c) : max), 0n);
      const income = toMinorUnits(t.income.amount, c);
      const cap = parseRatio(p.maxPaymentToIncomePercent);
      // (largest × m / 12) / (income × k / 12) × 100 <= cap
      const m = BigInt(periodsPerYear(t.frequency));
      const k = BigInt(INCOME_PER_YEAR[t.income.frequency] as number);
      if (compareRatio(largest * m * 100n, income * k, cap.numerator, cap.denominator) > 0) {
        const hundredths = (largest * m * 10000n) / (income * k);
        const ratio = `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
        add(PlanErrorCodes.PLAN_POLICY_PAYMENT_TO_INCOME_TOO_HIGH, 'income', `the largest installment is ${ratio}% of income (per month); the policy allows at most ${p.maxPaymentToIncomePercent}%.`, p.maxPaymentToIncomePercent, ratio);
      }
    }
  }
  return { valid: violations.length === 0, violations };
}

/**
 * The non-throwing twin of {@link validatePlanTerms}: malformed input comes back as
 * `{ success: false, error }` (policy breaches are in the data, as always).
 *
 * @param terms - anything; {@link PlanTermsInput} is expected
 * @param policy - anything; {@link PlanPolicyInput} is expected
 * @returns `{ success: true, data }` with `{ valid, violations }`, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeValidatePlanTerms } from 'arrears/plan';
 * safeValidatePlanTerms({ principal: 'ten' }, {}).success; // => false
 * ```
 */
export function safeValidatePlanTerms(terms: unknown, policy: unknown): ArrearsResult<PlanValidationResult> {
  return attempt(() => validatePlanTerms(terms as PlanTermsInput, policy as PlanPolicyInput));
}
