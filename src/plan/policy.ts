import * as z from 'zod/mini';
import { addMonths } from '../calendar/index.js';
import type { ArrearsResult } from '../errors/index.js';
import type { Finding } from '../errors/index.js';
import { DomainRuleError, UnsupportedOptionError, ValidationError, attempt } from '../errors/index.js';
import { fromMinorUnits, parseRatio, toMinorUnits } from '../money/index.js';
import { parseInput } from '../internal/parse.js';
import { PlanErrorCodes, PlanReasonCodes } from './codes.js';
import { PlanPolicySchema, PlanTermsSchema } from './schemas.js';
import { flowsAprAbove } from './apr-limit.js';
import { percentOf, rateOf } from './apr-tolerance.js';
import { dueDateRule, occurrenceDay } from './due-dates.js';
import { dayOfIso } from './day-numbers.js';
import { fastTerms } from './fast-terms.js';
import { countField, periodsPerYear, scheduleOf } from './schedule.js';
import type { PlanSchedule, PlanTerms, PlanTermsVerdict, ValidatePlanTermsInput } from './types.js';

/** Payments per year of an income frequency (the calendar names, `annually` included). */
const INCOME_PER_YEAR: Readonly<Record<string, number>> = { weekly: 52, biweekly: 26, fourWeekly: 13, semiMonthly: 24, monthly: 12, quarterly: 4, semiAnnually: 2, annually: 1 };

/** `num / den` as a decimal fraction with 4 places, truncated (an exceeding ratio stays above its cap). */
function fractionText(num: bigint, den: bigint): string {
  const tenThousandths = (num * 10000n) / den;
  return `${tenThousandths / 10000n}.${String(tenThousandths % 10000n).padStart(4, '0')}`;
}

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
  const payments = schedule.installments.map((row, k) => ({ day: occurrenceDay(rule, k), amount: row.amount, entry: k }));
  return flowsAprAbove({ day: dayOfIso(t.agreementDate), amount: schedule.amountFinanced, entry: 0 }, payments, {}, maxPercent, () => schedule.apr.aprPercent);
}

/**
 * Checks plan terms against a policy and returns a verdict `{ ok, findings }` with every
 * violation, for intake forms and CI scripts. A policy breach is a finding, never an exception:
 * only malformed terms or policy throw. Terms that are well-formed but cannot be scheduled (an
 * installment that never pays the plan off) come back as a violation with their own code
 * (`PLAN_PAYMENT_TOO_SMALL`), and the checks that need a schedule are then skipped.
 *
 * Each finding is the shared `Finding`: `severity: 'violation'`, `path` from the input's root
 * (`['terms', 'frequency']`), and `details: { limit, actual }` with bare values in the field's
 * own unit: an amount, a count, a date, a fraction (never `'%'`), a list as an array.
 *
 * The checks (each only when the policy sets it):
 * - `allowedFrequencies`: `PLAN_POLICY_FREQUENCY_NOT_ALLOWED` (`limit`: the list);
 * - `minInstallment`: every installment but the last (which is only the remainder) at least
 *   this: `PLAN_POLICY_INSTALLMENT_TOO_SMALL`;
 * - `maxInstallments`: `PLAN_POLICY_TOO_MANY_INSTALLMENTS`;
 * - `maxDurationMonths` / `maxDurationDays`: the last due date no later than the agreement
 *   date plus that many months (month ends clamped) or days: `PLAN_POLICY_DURATION_TOO_LONG`;
 * - `minDownPayment` / `minDownPaymentRate` (a fraction of the principal):
 *   `PLAN_POLICY_DOWN_PAYMENT_TOO_SMALL` (`limit`: the smallest down payment allowed, as an
 *   amount: the rate's share of the principal, rounded up to the minor unit);
 * - `maxDaysToFirstPayment`: `PLAN_POLICY_FIRST_PAYMENT_TOO_LATE`;
 * - `maxAprRate`: the APR as disclosed (2 decimals of a percent) at most this decimal fraction
 *   (`'0.36'`, 36%): `PLAN_POLICY_APR_TOO_HIGH`
 *   (decided by the sign of the Appendix J equation at the limit's rate, without solving for the
 *   APR unless it is above the limit or on its rounding boundary: the same answer as solving);
 * - `maxTotalInterest`: total interest at most this: `PLAN_POLICY_TOTAL_INTEREST_TOO_HIGH`;
 * - `maxPaymentToIncomeRate`: the largest installment, per month (× periods per year / 12),
 *   at most this fraction of the income per month; exact rational comparison:
 *   `PLAN_POLICY_PAYMENT_TO_INCOME_TOO_HIGH` (`actual`: the ratio, 4 places, truncated).
 *   Without `income` the plan breaks the rule
 *   (`PLAN_POLICY_INCOME_REQUIRED`: fail closed, the fact the rule needs is missing), unless
 *   the policy loosens it with `requireIncome: false`.
 *
 * @param input - `{ terms, policy }`; see {@link ValidatePlanTermsInputSchema} (checked key by
 *   key: the terms by {@link PlanTermsSchema}, the policy by {@link PlanPolicySchema})
 * @returns `{ ok, findings }`; see {@link PlanTermsVerdict}
 * @throws {@link arrears!ValidationError} for malformed terms or policy
 * @throws {@link arrears!DomainRuleError} `PLAN_CURRENCY_MISMATCH` for a policy `currency` other
 *   than the plan's
 *
 * @example
 * ```ts
 * import { validatePlanTerms } from 'arrears/plan';
 * const terms = { principal: '1200.00', currency: 'USD', annualRate: '0', frequency: 'weekly', agreementDate: '2026-01-01', firstDueDate: '2026-02-15', installments: 48 } as const;
 * const verdict = validatePlanTerms({ terms, policy: { allowedFrequencies: ['monthly', 'biweekly'], maxInstallments: 24, maxDaysToFirstPayment: 30 } });
 * verdict.ok; // => false
 * verdict.findings.map((f) => f.code); // => ['PLAN_POLICY_FREQUENCY_NOT_ALLOWED', 'PLAN_POLICY_FIRST_PAYMENT_TOO_LATE', 'PLAN_POLICY_TOO_MANY_INSTALLMENTS']
 * verdict.findings[0]?.details; // => { limit: ['monthly', 'biweekly'], actual: 'weekly' }
 * validatePlanTerms({ terms: { ...terms, frequency: 'biweekly', installments: 24, firstDueDate: '2026-01-15' }, policy: { maxInstallments: 24 } }); // => { ok: true, findings: [] }
 * validatePlanTerms({ terms, policy: { maxPaymentToIncomeRate: '0.2' } }).findings[0]?.code; // => 'PLAN_POLICY_INCOME_REQUIRED'
 * validatePlanTerms({ terms, policy: { maxInstallments: 0 } }); // throws INPUT_OUT_OF_RANGE
 * ```
 */
export function validatePlanTerms(input: ValidatePlanTermsInput): PlanTermsVerdict {
  // The envelope is checked alone, so the terms keep their fast path (errors name `terms`).
  const { terms, policy } = parseInput(InputEnvelope, input);
  return validatePlanTermsAgainst(terms, parseInput(PlanPolicySchema, policy, ['policy']));
}

/** The keys of {@link ValidatePlanTermsInputSchema}, each checked on its own. */
const InputEnvelope = z.strictObject({ terms: z.unknown(), policy: z.unknown() });

/**
 * {@link validatePlanTerms} with the policy already parsed by PlanPolicySchema: for a caller that
 * checks many plans against one policy (the command line), which then parses it once.
 *
 * @internal
 */
export function validatePlanTermsAgainst(terms: unknown, p: z.output<typeof PlanPolicySchema>): PlanTermsVerdict {
  const t = fastTerms(terms) ?? parseInput(PlanTermsSchema, terms, ['terms']);
  const c = t.currency;
  if (p.currency !== undefined && p.currency !== c) {
    throw new DomainRuleError(PlanErrorCodes.PLAN_CURRENCY_MISMATCH, `"policy.currency": the policy is in ${p.currency}, the plan in ${c}; its amounts are never read as another currency's money.`, { path: ['policy', 'currency'] });
  }
  const amount = (value: string, path: string): bigint => {
    try {
      return toMinorUnits(value, c);
    } catch (error) {
      if (error instanceof ValidationError) throw new ValidationError(error.issues.map((i) => ({ ...i, path: ['policy', path], message: `"policy.${path}": ${i.message}` })));
      throw error;
    }
  };
  const findings: Finding[] = [];
  const add = (code: string, path: string, message: string, limit?: unknown, actual?: unknown): void => {
    const details = { ...(limit === undefined ? {} : { limit }), ...(actual === undefined ? {} : { actual }) };
    findings.push({ code, severity: 'violation', message: `"${path}": ${message}`, path: ['terms', path], ...(limit === undefined && actual === undefined ? {} : { details }) });
  };
  if (p.allowedFrequencies !== undefined && !p.allowedFrequencies.includes(t.frequency)) {
    add(PlanReasonCodes.PLAN_POLICY_FREQUENCY_NOT_ALLOWED, 'frequency', `${t.frequency} installments are not allowed; the policy allows ${p.allowedFrequencies.join(', ')}.`, [...p.allowedFrequencies], t.frequency);
  }
  const firstDays = dayOfIso(t.firstDueDate) - dayOfIso(t.agreementDate);
  if (p.maxDaysToFirstPayment !== undefined && firstDays > p.maxDaysToFirstPayment) {
    add(PlanReasonCodes.PLAN_POLICY_FIRST_PAYMENT_TOO_LATE, 'firstDueDate', `the first installment is due ${firstDays} days after the agreement; the policy allows at most ${p.maxDaysToFirstPayment}.`, p.maxDaysToFirstPayment, firstDays);
  }
  const principal = toMinorUnits(t.principal, c);
  const down = t.downPayment === undefined ? 0n : toMinorUnits(t.downPayment, c);
  if (p.minDownPayment !== undefined && down < amount(p.minDownPayment, 'minDownPayment')) {
    add(PlanReasonCodes.PLAN_POLICY_DOWN_PAYMENT_TOO_SMALL, 'downPayment', `the down payment of ${fromMinorUnits(down, c)} is below the minimum of ${fromMinorUnits(amount(p.minDownPayment, 'minDownPayment'), c)}.`, fromMinorUnits(amount(p.minDownPayment, 'minDownPayment'), c), fromMinorUnits(down, c));
  }
  if (p.minDownPaymentRate !== undefined) {
    const rate = parseRatio(p.minDownPaymentRate);
    // down / principal >= rate; the smallest down payment allowed is principal × rate, rounded up
    // (down is whole minor units, so down < principal × rate exactly when down < that).
    if (compareRatio(down, principal, rate.numerator, rate.denominator) < 0) {
      const minimum = (principal * rate.numerator + rate.denominator - 1n) / rate.denominator;
      add(PlanReasonCodes.PLAN_POLICY_DOWN_PAYMENT_TOO_SMALL, 'downPayment', `the down payment of ${fromMinorUnits(down, c)} is below ${p.minDownPaymentRate} of the principal ${t.principal} (${fromMinorUnits(minimum, c)}).`, fromMinorUnits(minimum, c), fromMinorUnits(down, c));
    }
  }
  let schedule: PlanSchedule;
  try {
    schedule = scheduleOf(t);
  } catch (error) {
    if (error instanceof DomainRuleError || error instanceof UnsupportedOptionError) {
      findings.push({ code: error.code, severity: 'violation', message: error.message, path: ['terms', ...error.path] });
      return { ok: false, findings };
    }
    throw error;
  }
  const rows = schedule.installments;
  if (p.maxInstallments !== undefined && rows.length > p.maxInstallments) {
    add(PlanReasonCodes.PLAN_POLICY_TOO_MANY_INSTALLMENTS, countField(t), `${rows.length} installments; the policy allows at most ${p.maxInstallments}.`, p.maxInstallments, rows.length);
  }
  if (p.minInstallment !== undefined) {
    const minimum = amount(p.minInstallment, 'minInstallment');
    const smallest = rows.slice(0, Math.max(1, rows.length - 1)).reduce((min, r) => (toMinorUnits(r.amount, c) < min ? toMinorUnits(r.amount, c) : min), toMinorUnits((rows[0] as { amount: string }).amount, c));
    if (smallest < minimum) {
      add(PlanReasonCodes.PLAN_POLICY_INSTALLMENT_TOO_SMALL, countField(t), `an installment of ${fromMinorUnits(smallest, c)} is below the minimum of ${fromMinorUnits(minimum, c)}.`, fromMinorUnits(minimum, c), fromMinorUnits(smallest, c));
    }
  }
  const lastDue = (rows[rows.length - 1] as { dueDate: string }).dueDate;
  if (p.maxDurationMonths !== undefined) {
    const limit = addMonths(t.agreementDate, p.maxDurationMonths);
    if (lastDue > limit) add(PlanReasonCodes.PLAN_POLICY_DURATION_TOO_LONG, 'installments', `the last installment is due ${lastDue}, after ${limit} (${p.maxDurationMonths} months after the agreement).`, limit, lastDue);
  }
  if (p.maxDurationDays !== undefined) {
    const days = dayOfIso(lastDue) - dayOfIso(t.agreementDate);
    if (days > p.maxDurationDays) add(PlanReasonCodes.PLAN_POLICY_DURATION_TOO_LONG, 'installments', `the last installment is due ${days} days after the agreement; the policy allows at most ${p.maxDurationDays}.`, p.maxDurationDays, days);
  }
  if (p.maxTotalInterest !== undefined) {
    const cost = toMinorUnits(schedule.totals.interest, c);
    const limit = amount(p.maxTotalInterest, 'maxTotalInterest');
    if (cost > limit) add(PlanReasonCodes.PLAN_POLICY_TOTAL_INTEREST_TOO_HIGH, 'annualRate', `the plan costs ${schedule.totals.interest} in interest; the policy allows at most ${fromMinorUnits(limit, c)}.`, fromMinorUnits(limit, c), schedule.totals.interest);
  }
  // Decided without solving for the APR unless it is above the limit (or too close to tell).
  if (p.maxAprRate !== undefined && aprAboveLimit(t, schedule, percentOf(p.maxAprRate))) {
    const disclosed = schedule.apr.aprPercent;
    add(PlanReasonCodes.PLAN_POLICY_APR_TOO_HIGH, 'annualRate', `the APR is ${disclosed}%; the policy allows at most ${percentOf(p.maxAprRate)}% (maxAprRate ${p.maxAprRate}).`, p.maxAprRate, rateOf(disclosed));
  }
  if (p.maxPaymentToIncomeRate !== undefined) {
    if (t.income === undefined) {
      // Fail closed: a cap the plan cannot be checked against is a violation unless the policy loosens it.
      if (p.requireIncome !== false) add(PlanReasonCodes.PLAN_POLICY_INCOME_REQUIRED, 'income', `the policy caps installments at ${p.maxPaymentToIncomeRate} of income, and no income was given.`, p.maxPaymentToIncomeRate);
    } else {
      const largest = rows.reduce((max, r) => (toMinorUnits(r.amount, c) > max ? toMinorUnits(r.amount, c) : max), 0n);
      const income = toMinorUnits(t.income.amount, c);
      const cap = parseRatio(p.maxPaymentToIncomeRate);
      // (largest × m / 12) / (income × k / 12) <= cap
      const m = BigInt(periodsPerYear(t.frequency));
      const k = BigInt(INCOME_PER_YEAR[t.income.frequency] as number);
      if (compareRatio(largest * m, income * k, cap.numerator, cap.denominator) > 0) {
        const ratio = fractionText(largest * m, income * k);
        add(PlanReasonCodes.PLAN_POLICY_PAYMENT_TO_INCOME_TOO_HIGH, 'income', `the largest installment is ${ratio} of income (per month); the policy allows at most ${p.maxPaymentToIncomeRate}.`, p.maxPaymentToIncomeRate, ratio);
      }
    }
  }
  return { ok: findings.length === 0, findings };
}

/**
 * The non-throwing twin of {@link validatePlanTerms}: malformed input comes back as
 * `{ success: false, error }` (policy breaches are in the verdict, as always).
 *
 * @param input - anything; a {@link ValidatePlanTermsInput} is expected
 * @returns `{ success: true, data }` with `{ ok, findings }`, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeValidatePlanTerms } from 'arrears/plan';
 * safeValidatePlanTerms({ terms: { principal: 'ten' }, policy: {} }).success; // => false
 * ```
 */
export function safeValidatePlanTerms(input: unknown): ArrearsResult<PlanTermsVerdict> {
  return attempt(() => validatePlanTerms(input as ValidatePlanTermsInput));
}
