import * as z from 'zod/mini';
import {
  AnchorDaySchema,
  BusinessCalendarSchema,
  BusinessDayConventionSchema,
  CalendarDateSchema,
  DayCountConventionSchema,
  FrequencySchema,
  RecurrenceInputSchema,
  SemiMonthlyDaysSchema,
} from '../calendar/index.js';
import { AmountSchema, CurrencyCodeSchema, DecimalStringSchema, NonNegativeAmountSchema, PositiveAmountSchema, RoundingModeSchema, isCurrencyCode, toMinorUnits } from '../money/index.js';
import { ValidationError, attempt } from '../errors/index.js';
import { arrearsIssue } from '../internal/parse.js';
import { AprRateSchema, checkAprCeiling, decimalAbove } from './apr-rate.js';
import { PlanErrorCodes } from './codes.js';

const DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;

// ---------------------------------------------------------------------------------------------
// Payment plans: terms, payments, state, policy.

/** Most installments one plan may have. @internal */
export const MAX_INSTALLMENTS = 10_000;
/** Most installments a plan state may hold (re-amortizations add to a plan). @internal */
export const MAX_STATE_INSTALLMENTS = MAX_INSTALLMENTS * 2;

const RATE_LIMIT = 10; // 1000% a year: the field ceiling, which catches a percent typed for a fraction
/** The annual rate a plan may have unless its terms raise `maxAnnualRate` (100% a year). @internal */
export const DEFAULT_MAX_ANNUAL_RATE = '1';

/**
 * A decimal fraction from 0 to 10 (`'0.1299'` is 12.99%): a percent typed into it (`'12.99'`)
 * fails with `PLAN_INVALID_RATE`.
 */
const AnnualRateSchema = DecimalStringSchema.check(z.refine((v) => !isNegativeDecimal(v) && !decimalAbove(v, RATE_LIMIT), {
  error: (issue) => `${JSON.stringify(issue.input)} is not an annual rate from 0 to 10 (a decimal fraction: "0.065" is 6.5%).`,
  params: arrearsIssue(PlanErrorCodes.PLAN_INVALID_RATE),
}));

/**
 * A decimal fraction from 0 to 1 (`'0.2'` is 20%): a percent typed into it (`'20'`) fails with
 * `PLAN_INVALID_RATE`.
 */
const UnitRateSchema = DecimalStringSchema.check(z.refine((v) => !isNegativeDecimal(v) && !decimalAbove(v, 1), {
  error: (issue) => `${JSON.stringify(issue.input)} is not a rate from 0 to 1 (a decimal fraction: "0.2" is 20%).`,
  params: arrearsIssue(PlanErrorCodes.PLAN_INVALID_RATE),
}));

/** Adds an issue with an arrears code at `path`. */
function addCodeIssue(ctx: z.core.$RefinementCtx, code: string, message: string, path: Array<string | number>, input: unknown): void {
  ctx.addIssue({ code: 'custom', message, path, params: arrearsIssue(code), input });
}

/** Checks that each amount (already in the money grammar) fits the currency's minor unit. */
function checkAmountsIn(ctx: z.core.$RefinementCtx, currency: string, amounts: ReadonlyArray<readonly [string | undefined, Array<string | number>]>): void {
  if (!isCurrencyCode(currency)) return;
  for (const [value, path] of amounts) {
    if (value === undefined || !DECIMAL.test(value)) continue;
    // toMinorUnits checks the grammar, the size and the minor digits; its issues keep their codes.
    const result = attempt(() => toMinorUnits(value, currency));
    if (result.success) continue;
    const issue = result.error instanceof ValidationError ? result.error.issues[0] : undefined;
    const message = (issue?.message ?? result.error.message).replace(/^"[^"]*"(: )?/, '');
    addCodeIssue(ctx, issue?.code ?? result.error.code, message, path, value);
  }
}

function isNegativeDecimal(value: string): boolean {
  return DECIMAL.test(value) && value.startsWith('-') && /[1-9]/.test(value);
}

/**
 * The payment frequencies of a plan: `'weekly'` (7 days), `'biweekly'` (14 days), `'fourWeekly'`
 * (28 days), `'semiMonthly'` (two days of each month), `'monthly'`, `'quarterly'`: the
 * `arrears/calendar` frequency names. `'semiAnnually'` and `'annually'`, the rest of the
 * library's one list, are refused (`INPUT_INVALID_VALUE`, naming the six accepted): a plan does
 * not schedule them yet.
 *
 * @example
 * ```ts
 * import { PlanFrequencySchema } from 'arrears/plan';
 * PlanFrequencySchema.safeParse('semiMonthly').success; // => true
 * PlanFrequencySchema.safeParse('annually').success; // => false
 * ```
 */
export const PlanFrequencySchema = z.enum(['weekly', 'biweekly', 'fourWeekly', 'semiMonthly', 'monthly', 'quarterly']);

/**
 * How installments are formed: `'level'` (annuity: equal installments of principal and
 * interest), `'equalPrincipal'` (equal principal parts plus each period's interest) or
 * `'interestFree'` (equal installments, no interest; the annual rate must be `'0'`).
 *
 * @example
 * ```ts
 * import { PlanMethodSchema } from 'arrears/plan';
 * PlanMethodSchema.options; // => ['level', 'equalPrincipal', 'interestFree']
 * ```
 */
export const PlanMethodSchema = z.enum(['level', 'equalPrincipal', 'interestFree']);

/**
 * How each period's interest is computed: `'periodic'` (the balance times the annual rate
 * divided by the periods per year: 12 monthly, 24 semi-monthly, 26 biweekly, 52 weekly, 13 every
 * four weeks, 4 quarterly) or `'dayCount'` (the balance times the annual rate times the year
 * fraction of the period under `dayCount`; with `'actual365'`, the default, this is daily
 * simple interest on actual days).
 *
 * @example
 * ```ts
 * import { InterestMethodSchema } from 'arrears/plan';
 * InterestMethodSchema.options; // => ['periodic', 'dayCount']
 * ```
 */
export const InterestMethodSchema = z.enum(['periodic', 'dayCount']);

/**
 * A debtor's income, for the payment-to-income cap of {@link validatePlanTerms}: an amount per
 * `frequency` (a calendar frequency name, `'annually'` included).
 *
 * @example
 * ```ts
 * import { IncomeSchema } from 'arrears/plan';
 * IncomeSchema.safeParse({ amount: '3200.00', frequency: 'monthly' }).success; // => true
 * IncomeSchema.safeParse({ amount: '0', frequency: 'monthly' }).success; // => false
 * ```
 */
export const IncomeSchema = z.strictObject({
  /** The income per period, a positive amount in the plan's currency. */
  amount: PositiveAmountSchema,
  /** How often it is received. */
  frequency: FrequencySchema,
});

/** Business-day adjustment of due dates: a `calendar` (an `arrears/calendar` BusinessCalendar) and a `convention`; the `businessDays` field of {@link PlanTermsSchema}. @internal */
export const DueDateAdjustmentSchema = z.strictObject({
  /** The business calendar (weekends and holidays). */
  calendar: BusinessCalendarSchema,
  /** The business-day convention. */
  convention: BusinessDayConventionSchema,
});

/**
 * The terms of a payment plan, the input of {@link buildSchedule}. Required: `principal`,
 * `currency`, `annualRate` (a decimal fraction, `'0.1299'`; `'0'` for interest-free),
 * `frequency`, `agreementDate`, `firstDueDate` (after the agreement; an odd first period is
 * normal) and exactly one of `installments` (1-10,000) or `installmentAmount` (the other is
 * solved; on an `'equalPrincipal'` plan `regularPrincipalAmount`, the principal part of each
 * installment, instead of `installmentAmount`, which is refused there). Optional: `method`, `interestMethod`, `dayCount`, `oddPeriodInterest`,
 * `downPayment`, `balloon`, `roundingIncrement`, `roundingMode`, `residual`, `anchorDay`,
 * `semiMonthlyDays`, `businessDays`, `income`, `maxAnnualRate` (the opt-in for an `annualRate`
 * above 100% a year). See {@link buildSchedule} for what each does.
 *
 * @example
 * ```ts
 * import { PlanTermsSchema } from 'arrears/plan';
 * PlanTermsSchema.safeParse({ principal: '1000.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01', installments: 3 }).success; // => true
 * PlanTermsSchema.safeParse({ principal: '1000.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2025-12-01', installments: 3 }).success; // => false
 * ```
 */
export const PlanTermsSchema = z
  .strictObject({
    /** The amount owed at the agreement, a positive amount in `currency`. */
    principal: PositiveAmountSchema,
    /** An ISO 4217 code. */
    currency: CurrencyCodeSchema,
    /** The nominal annual rate as a decimal fraction (`'0.065'` for 6.5%), 0 to `maxAnnualRate` (default `'1'`, 100%). */
    annualRate: AnnualRateSchema,
    /** The highest `annualRate` these terms accept (default `'1'`, 100% a year; at most `'10'`): the explicit opt-in for a higher rate, where the trade allows it. */
    maxAnnualRate: z.optional(AnnualRateSchema),
    /** How often installments fall due. */
    frequency: PlanFrequencySchema,
    /** The date of the agreement: interest (if any) runs from it. */
    agreementDate: CalendarDateSchema,
    /** The due date of the first installment, after the agreement date. */
    firstDueDate: CalendarDateSchema,
    /** The number of installments (give this or `installmentAmount`). */
    installments: z.optional(z.int().check(z.gte(1), z.lte(MAX_INSTALLMENTS))),
    /** The regular installment, principal and interest (give this, `installments` or, on an `'equalPrincipal'` plan, `regularPrincipalAmount`; the count is solved). Refused on an `'equalPrincipal'` plan, whose installments fall as interest falls. */
    installmentAmount: z.optional(PositiveAmountSchema),
    /** `'equalPrincipal'` plans: the principal part of a regular installment (give this or `installments`; the count is solved). The same name as the schedule's output field. */
    regularPrincipalAmount: z.optional(PositiveAmountSchema),
    /** How installments are formed (default `'level'`). */
    method: z.optional(PlanMethodSchema),
    /** How interest is computed (default `'periodic'`). */
    interestMethod: z.optional(InterestMethodSchema),
    /** The day count for `'dayCount'` interest and for odd-period interest (default `'actual365'`). */
    dayCount: z.optional(DayCountConventionSchema),
    /** Where the interest of an odd first period goes: `'firstInstallment'` (default) or `'spread'`. */
    oddPeriodInterest: z.optional(z.enum(['firstInstallment', 'spread'])),
    /** Paid at the agreement; the plan finances `principal - downPayment`. */
    downPayment: z.optional(PositiveAmountSchema),
    /** The amount of the final installment (a balloon), less than the amount financed. */
    balloon: z.optional(PositiveAmountSchema),
    /** Round the regular installment up to a multiple of this amount (`'1'` for whole dollars). */
    roundingIncrement: z.optional(PositiveAmountSchema),
    /** The rounding mode of the regular installment and of each period's interest (default `'halfExpand'`). */
    roundingMode: z.optional(RoundingModeSchema),
    /** Which installment absorbs the rounding residual: `'last'` (default) or `'first'`. */
    residual: z.optional(z.enum(['last', 'first'])),
    /** Monthly and quarterly plans: the day of the month to keep (default: the first due date's day). */
    anchorDay: z.optional(AnchorDaySchema),
    /** Semi-monthly plans: the two days of the month (default: from the first due date, as `arrears/calendar` recurrences). */
    semiMonthlyDays: z.optional(SemiMonthlyDaysSchema),
    /** Move due dates that are not business days. */
    businessDays: z.optional(DueDateAdjustmentSchema),
    /** The debtor's income, for the payment-to-income cap of {@link validatePlanTerms}. */
    income: z.optional(IncomeSchema),
  }).check(z.superRefine((t, ctx) => {
    const counts = [t.installments, t.installmentAmount, t.regularPrincipalAmount].filter((v) => v !== undefined).length;
    if (t.method === 'equalPrincipal' && t.installmentAmount !== undefined) {
      addCodeIssue(
        ctx,
        PlanErrorCodes.PLAN_INVALID_TERMS,
        'an equalPrincipal plan has no regular installment (each one falls as interest falls), so installmentAmount cannot set its count: give regularPrincipalAmount (the principal part of each installment) or installments.',
        ['installmentAmount'],
        t.installmentAmount,
      );
    } else if (t.method !== 'equalPrincipal' && t.regularPrincipalAmount !== undefined) {
      addCodeIssue(
        ctx,
        PlanErrorCodes.PLAN_INVALID_TERMS,
        `regularPrincipalAmount (the principal part of each installment) applies to equalPrincipal plans only; a ${t.method ?? 'level'} plan takes installmentAmount (the whole installment) or installments.`,
        ['regularPrincipalAmount'],
        t.regularPrincipalAmount,
      );
    } else if (counts !== 1) {
      addCodeIssue(
        ctx,
        PlanErrorCodes.PLAN_INVALID_TERMS,
        t.method === 'equalPrincipal'
          ? 'give exactly one of installments (the count) and regularPrincipalAmount (the principal part of each installment); the other is solved.'
          : 'give exactly one of installments (the count) and installmentAmount (the regular installment); the other is solved.',
        [],
        t,
      );
    }
    const maxRate = t.maxAnnualRate ?? DEFAULT_MAX_ANNUAL_RATE;
    if (DECIMAL.test(t.annualRate) && DECIMAL.test(maxRate) && compareDecimal(t.annualRate, maxRate) > 0) {
      addCodeIssue(
        ctx,
        PlanErrorCodes.PLAN_INVALID_RATE,
        t.maxAnnualRate === undefined
          ? `${JSON.stringify(t.annualRate)} is above 1 (100% a year): annualRate is a decimal fraction ("0.065" is 6.5%); a plan above 100% a year says so with maxAnnualRate.`
          : `${JSON.stringify(t.annualRate)} is above maxAnnualRate ${JSON.stringify(t.maxAnnualRate)}.`,
        ['annualRate'],
        t.annualRate,
      );
    } else if (t.method === 'interestFree' && DECIMAL.test(t.annualRate) && /[1-9]/.test(t.annualRate)) {
      addCodeIssue(ctx, PlanErrorCodes.PLAN_INVALID_TERMS, `an interestFree plan needs annualRate "0", but got ${JSON.stringify(t.annualRate)}.`, ['annualRate'], t.annualRate);
    }
    if (typeof t.agreementDate === 'string' && typeof t.firstDueDate === 'string' && t.firstDueDate <= t.agreementDate) {
      addCodeIssue(ctx, PlanErrorCodes.PLAN_FIRST_DUE_NOT_AFTER_AGREEMENT, `the first due date ${t.firstDueDate} must be after the agreement date ${t.agreementDate}.`, ['firstDueDate'], t.firstDueDate);
    }
    checkAmountsIn(ctx, t.currency, [
      [t.principal, ['principal']],
      [t.installmentAmount, ['installmentAmount']],
      [t.regularPrincipalAmount, ['regularPrincipalAmount']],
      [t.downPayment, ['downPayment']],
      [t.balloon, ['balloon']],
      [t.roundingIncrement, ['roundingIncrement']],
      [t.income?.amount, ['income', 'amount']],
    ]);
    if (t.downPayment !== undefined && compareDecimal(t.downPayment, t.principal) >= 0) {
      addCodeIssue(ctx, PlanErrorCodes.PLAN_DOWN_PAYMENT_TOO_LARGE, `the down payment ${t.downPayment} must be less than the principal ${t.principal}.`, ['downPayment'], t.downPayment);
    }
    if (t.balloon !== undefined) {
      if (t.installments === 1) {
        addCodeIssue(ctx, PlanErrorCodes.PLAN_BALLOON_TOO_LARGE, 'a balloon needs at least two installments.', ['balloon'], t.balloon);
      } else if (compareDecimal(t.balloon, t.principal) >= 0 || (t.downPayment !== undefined && compareDecimal(addDecimal(t.balloon, t.downPayment), t.principal) >= 0)) {
        addCodeIssue(ctx, PlanErrorCodes.PLAN_BALLOON_TOO_LARGE, `the balloon ${t.balloon} must be less than the amount financed (principal minus down payment).`, ['balloon'], t.balloon);
      }
    }
    if (t.anchorDay !== undefined && t.frequency !== 'monthly' && t.frequency !== 'quarterly') {
      addCodeIssue(ctx, PlanErrorCodes.PLAN_INVALID_TERMS, `anchorDay applies only to monthly and quarterly plans, not ${t.frequency}.`, ['anchorDay'], t.anchorDay);
    } else if (t.semiMonthlyDays !== undefined && t.frequency !== 'semiMonthly') {
      addCodeIssue(ctx, PlanErrorCodes.PLAN_INVALID_TERMS, `semiMonthlyDays applies only to semiMonthly plans, not ${t.frequency}.`, ['semiMonthlyDays'], t.semiMonthlyDays);
    } else if (t.anchorDay !== undefined || t.semiMonthlyDays !== undefined) {
      // The same rules as arrears/calendar recurrences: the first due date must be on the anchor.
      const check = RecurrenceInputSchema.safeParse({ frequency: t.frequency, start: t.firstDueDate, count: 1, anchorDay: t.anchorDay, semiMonthlyDays: t.semiMonthlyDays });
      for (const issue of check.error?.issues ?? []) {
        const path = issue.path.map((k) => (k === 'start' ? 'firstDueDate' : k)) as Array<string | number>;
        ctx.addIssue({ ...(issue as z.core.$ZodIssueCustom), path, input: t.firstDueDate });
      }
    }
  }));

/** Compares two non-negative decimal strings of the money grammar exactly. */
function compareDecimal(a: string, b: string): number {
  if (!DECIMAL.test(a) || !DECIMAL.test(b)) return 0;
  const [aw = '', af = ''] = a.split('.');
  const [bw = '', bf = ''] = b.split('.');
  const width = Math.max(af.length, bf.length);
  const x = BigInt(aw + af.padEnd(width, '0'));
  const y = BigInt(bw + bf.padEnd(width, '0'));
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Adds two non-negative decimal strings exactly. */
function addDecimal(a: string, b: string): string {
  if (!DECIMAL.test(a) || !DECIMAL.test(b)) return a;
  const [aw = '', af = ''] = a.split('.');
  const [bw = '', bf = ''] = b.split('.');
  const width = Math.max(af.length, bf.length);
  const sum = (BigInt(aw + af.padEnd(width, '0')) + BigInt(bw + bf.padEnd(width, '0'))).toString().padStart(width + 1, '0');
  return width === 0 ? sum : `${sum.slice(0, -width)}.${sum.slice(-width)}`;
}

/** An id: 1 to 200 characters. */
const IdSchema = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * A payment received: `{ amount, date }` and an optional `paymentId` (your id for it, 1-200
 * characters, echoed on the receipt).
 *
 * @example
 * ```ts
 * import { PlanPaymentSchema } from 'arrears/plan';
 * PlanPaymentSchema.safeParse({ amount: '333.33', date: '2026-02-01', paymentId: 'chk-1' }).success; // => true
 * PlanPaymentSchema.safeParse({ amount: '0.00', date: '2026-02-01' }).success; // => false
 * ```
 */
export const PlanPaymentSchema = z.strictObject({
  /** The amount received, positive, in the plan's currency. */
  amount: PositiveAmountSchema,
  /** The date it was received. */
  date: CalendarDateSchema,
  /** Your id for the payment (1-200 characters): the plan's payment log knows a payment by it, so applying it twice changes nothing and it can be reversed. */
  paymentId: z.optional(IdSchema),
});

/** Most payments a plan state's log holds. @internal */
export const MAX_PAYMENTS = 100_000;

/** The components a payment can pay. */
const ComponentSchema = z.enum(['fees', 'interest', 'principal']);

/**
 * One allocation of a logged payment: `amount` paid to `component` of `installment`.
 *
 * @example
 * ```ts
 * import { PlanAllocationSchema } from 'arrears/plan';
 * PlanAllocationSchema.safeParse({ installment: 1, component: 'principal', amount: '333.33' }).success; // => true
 * PlanAllocationSchema.safeParse({ installment: 1, component: 'tip', amount: '1.00' }).success; // => false
 * ```
 */
export const PlanAllocationSchema = z.strictObject({
  /** The installment number. */
  installment: z.int().check(z.gte(1), z.lte(MAX_INSTALLMENTS * 2)),
  /** The component paid. */
  component: ComponentSchema,
  /** The amount applied. */
  amount: AmountSchema,
});

/**
 * One payment in a plan state's log (`state.payments`), written by {@link applyPayment}: its
 * `paymentId` (when given), `date`, `amount`, where it went (`allocations`; a
 * `principalReduction`; `unappliedAmount`, held as credit) and, once returned, `reversedOn`
 * ({@link reversePayment}). The three sum to the amount.
 *
 * @example
 * ```ts
 * import { PlanPaymentRecordSchema } from 'arrears/plan';
 * PlanPaymentRecordSchema.safeParse({ paymentId: 'chk-1', date: '2026-02-15', amount: '100.00', allocations: [{ installment: 1, component: 'principal', amount: '100.00' }], unappliedAmount: '0.00' }).success; // => true
 * PlanPaymentRecordSchema.safeParse({ date: '2026-02-15', amount: '100.00' }).success; // => false
 * ```
 */
export const PlanPaymentRecordSchema = z.strictObject({
  /** The caller's id for the payment, when one was given. */
  paymentId: z.optional(IdSchema),
  /** The date received. */
  date: CalendarDateSchema,
  /** The amount received. */
  amount: AmountSchema,
  /** Where it went, in the order applied. */
  allocations: z.array(PlanAllocationSchema).check(z.maxLength(MAX_INSTALLMENTS * 6)),
  /** A principal prepayment (`overpayment: 'principal'`), recorded on the first installment not yet due. */
  principalReduction: z.optional(PlanAllocationSchema),
  /** What was left once the whole plan was paid (added to the state's credit). */
  unappliedAmount: AmountSchema,
  /** The date the payment was reversed (returned), if it was. */
  reversedOn: z.optional(CalendarDateSchema),
});

/*
 * The options of {@link applyPayment}:
 * - `waterfall`: the order of the components, a permutation of `'fees'`, `'interest'`,
 *   `'principal'` (default `['interest', 'principal', 'fees']`: the installment before fees, so
 *   a late fee alone never makes a full payment short; 16 CFR 444.4, no pyramiding);
 * - `allocation`: `'installment'` (default: the oldest installment is paid in full, component by
 *   component, before the next) or `'component'` (the first component of every due installment,
 *   oldest first, then the second ...);
 * - `overpayment`: what happens to money left once every installment due by the payment date is
 *   paid: `'nextInstallments'` (default: it pays the next installments in order) or
 *   `'principal'` (it reduces the principal, and the remaining installments are re-amortized
 *   over the same dates).
 *
 */
const applyPaymentOptions = {
  /** The order in which components are paid. */
  waterfall: z.optional(z.tuple([ComponentSchema, ComponentSchema, ComponentSchema]).check(z.refine((w) => new Set(w).size === 3, { message: 'must name fees, interest and principal once each.', params: arrearsIssue(PlanErrorCodes.PLAN_INVALID_TERMS) }))),
  /** Installment by installment (default) or component by component. */
  allocation: z.optional(z.enum(['installment', 'component'])),
  /** Where money beyond what is due goes (default `'nextInstallments'`). */
  overpayment: z.optional(z.enum(['nextInstallments', 'principal'])),
};

/** One installment of a plan state: what is due (principal, interest, fees) and what has been paid of each; an element of {@link PlanStateSchema}. @internal */
export const PlanInstallmentStateSchema = z.strictObject({
  /** The installment number, from 1. */
  number: z.int().check(z.gte(1), z.lte(MAX_INSTALLMENTS * 2)),
  /** Its due date. */
  dueDate: CalendarDateSchema,
  /** Principal due. */
  principal: AmountSchema,
  /** Interest due. */
  interest: AmountSchema,
  /** The part of `interest` earned on earlier installments and moved here by {@link reamortize} (absent: none). A recompute carries it over where it recomputes the rest; payments of interest pay it first. At most `interest`. */
  interestCarried: z.optional(AmountSchema),
  /** Fees due (late fees the caller assessed, for example). */
  fees: AmountSchema,
  /** Principal paid so far. */
  principalPaid: AmountSchema,
  /** Interest paid so far. */
  interestPaid: AmountSchema,
  /** Fees paid so far. */
  feesPaid: AmountSchema,
  /** The installment: principal plus interest, fees not included (what lateness is judged on). Written by every function that returns a state; optional on input, checked when given. */
  amount: z.optional(AmountSchema),
  /** What is still owed on the row: principal, interest and fees due, less what was paid. Written by every function that returns a state; optional on input, checked when given. */
  unpaid: z.optional(AmountSchema),
});

/**
 * A charge to post on a plan state with {@link addCharges}: a late fee, for example, from
 * `arrears/fees` (`toPlanCharges`). `id` is the charge's stable identity: posting an id again
 * replaces the amount posted under it instead of charging twice. `amount` is not negative (0
 * withdraws a charge) and has at most the currency's minor digits. `currency` is required: an
 * amount never travels without it, and {@link addCharges} refuses one other than the plan's with
 * `PLAN_CURRENCY_MISMATCH`.
 *
 * @example
 * ```ts
 * import { PlanChargeSchema } from 'arrears/plan';
 * PlanChargeSchema.safeParse({ id: 'late-fee:1:1', installment: 1, amount: '15.00', currency: 'USD', date: '2026-02-26' }).success; // => true
 * PlanChargeSchema.safeParse({ id: 'late-fee:1:1', installment: 1, amount: '15.00' }).success; // => false
 * PlanChargeSchema.safeParse({ id: 'late-fee:1:1', installment: 1, amount: '-15.00', currency: 'USD' }).success; // => false
 * ```
 */
export const PlanChargeSchema = z
  .strictObject({
    /** A stable identity (1-200 characters): the same id posted again replaces, never adds. */
    id: IdSchema,
    /** The number of the installment the charge belongs to. */
    installment: z.int().check(z.gte(1), z.lte(MAX_INSTALLMENTS * 2)),
    /** The amount, zero or more (`MONEY_NEGATIVE` below zero), in the plan's currency. */
    amount: NonNegativeAmountSchema,
    /** The date the charge was assessed, if known. */
    date: z.optional(CalendarDateSchema),
    /** The ISO 4217 currency of `amount` (`toPlanCharges` of `arrears/fees` gives it): the plan's. */
    currency: CurrencyCodeSchema,
  });

/** The charges of one {@link addCharges} call: up to 100,000, each id at most once. @internal */
export const PlanChargesSchema = z
  .array(PlanChargeSchema).check(z.maxLength(100_000), z.superRefine((charges, ctx) => {
    const seen = new Set<string>();
    charges.forEach((charge, i) => {
      if (seen.has(charge.id)) addCodeIssue(ctx, PlanErrorCodes.PLAN_INVALID_CHARGE, `the charge id ${JSON.stringify(charge.id)} appears more than once.`, [i, 'id'], charge.id);
      seen.add(charge.id);
    });
  }));

/**
 * The state of a plan in force: the `terms`, every installment with what is due and paid, the
 * `credit` (money received beyond the whole plan) and `lastPaymentDate`. JSON apart from a
 * business calendar in the terms. Built by {@link createPlanState}; changed only by
 * {@link applyPayment} and {@link reamortize}, which return new states.
 *
 * @example
 * ```ts
 * import { PlanStateSchema, buildSchedule, createPlanState } from 'arrears/plan';
 * const state = createPlanState(buildSchedule({ principal: '1000.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01', installments: 3 }));
 * PlanStateSchema.safeParse(state).success; // => true
 * PlanStateSchema.safeParse({ ...state, installments: [] }).success; // => false
 * ```
 */
export const PlanStateSchema = z
  .strictObject({
    /** The terms the plan was built from. */
    terms: PlanTermsSchema,
    /** The installments, in due-date order. */
    installments: z.array(PlanInstallmentStateSchema).check(z.minLength(1), z.maxLength(MAX_INSTALLMENTS * 2)),
    /** Money received beyond everything the plan asks, held as a credit. */
    credit: AmountSchema,
    /** The date of the last payment applied, if any. */
    lastPaymentDate: z.optional(CalendarDateSchema),
    /** The number of the installment due on `terms.firstDueDate` (default 1; re-amortization moves it). */
    termsFirstInstallment: z.optional(z.int().check(z.gte(1), z.lte(MAX_INSTALLMENTS * 2))),
    /** The charges posted by {@link addCharges}, by id: what makes posting the same charge twice harmless. */
    charges: z.optional(z.array(PlanChargeSchema).check(z.maxLength(100_000))),
    /** The payment log written by {@link applyPayment} (up to 100,000): what makes applying the same `paymentId` twice harmless and a payment reversible. */
    payments: z.optional(z.array(PlanPaymentRecordSchema).check(z.maxLength(MAX_PAYMENTS))),
    /** The date of the last {@link reamortize}, if any: a later re-amortization may not be dated before it. */
    reamortizedOn: z.optional(CalendarDateSchema),
  }).check(z.superRefine((state, ctx) => {
    const amounts: Array<readonly [string, Array<string | number>]> = [[state.credit, ['credit']]];
    state.installments.forEach((row, i) => {
      for (const key of ['principal', 'interest', 'fees', 'principalPaid', 'interestPaid', 'feesPaid'] as const) amounts.push([row[key], ['installments', i, key]]);
      if (row.interestCarried !== undefined) {
        amounts.push([row.interestCarried, ['installments', i, 'interestCarried']]);
        if (isNegativeDecimal(row.interestCarried) || compareDecimal(row.interestCarried, row.interest) > 0) {
          addCodeIssue(ctx, PlanErrorCodes.PLAN_INVALID_STATE, `interestCarried (${row.interestCarried}) must be between 0 and the interest due (${row.interest}).`, ['installments', i, 'interestCarried'], row.interestCarried);
        }
      }
      const previous = state.installments[i - 1];
      if (previous !== undefined && (row.number !== previous.number + 1 || row.dueDate < previous.dueDate)) {
        addCodeIssue(ctx, PlanErrorCodes.PLAN_INVALID_STATE, 'installments must be numbered 1, 2, 3 ... in due-date order.', ['installments', i], row);
      }
      for (const key of ['principal', 'interest', 'fees'] as const) {
        const paid = row[`${key}Paid`];
        if (isNegativeDecimal(row[key]) || isNegativeDecimal(paid) || compareDecimal(paid, row[key]) > 0) {
          addCodeIssue(ctx, PlanErrorCodes.PLAN_INVALID_STATE, `${key}Paid (${paid}) must be between 0 and the ${key} due (${row[key]}).`, ['installments', i, `${key}Paid`], paid);
        }
      }
    });
    if (state.installments[0] !== undefined && state.installments[0].number !== 1) {
      addCodeIssue(ctx, PlanErrorCodes.PLAN_INVALID_STATE, 'installments must be numbered from 1.', ['installments', 0, 'number'], state.installments[0].number);
    }
    if (isNegativeDecimal(state.credit)) addCodeIssue(ctx, PlanErrorCodes.PLAN_INVALID_STATE, 'the credit must not be negative.', ['credit'], state.credit);
    checkAmountsIn(ctx, state.terms.currency, amounts);
    checkDerived(ctx, state);
  }));

/** Minor units of an amount already checked, or undefined. */
function minorOrUndefined(value: string, currency: string): bigint | undefined {
  const result = attempt(() => toMinorUnits(value, currency));
  return result.success ? result.data : undefined;
}

/** The derived fields of a state (row `amount`, `unpaid`) and its payment log must agree with the rows. */
function checkDerived(
  ctx: z.core.$RefinementCtx,
  state: {
    terms: { currency: string };
    installments: ReadonlyArray<Record<'principal' | 'interest' | 'fees' | 'principalPaid' | 'interestPaid' | 'feesPaid', string> & { number: number; amount?: string | undefined; unpaid?: string | undefined }>;
    payments?: ReadonlyArray<{ paymentId?: string | undefined; amount: string; unappliedAmount: string; allocations: ReadonlyArray<{ installment: number; amount: string }>; principalReduction?: { installment: number; amount: string } | undefined; reversedOn?: string | undefined }> | undefined;
  },
): void {
  const c = state.terms.currency;
  if (!isCurrencyCode(c)) return;
  const m = (v: string): bigint => minorOrUndefined(v, c) ?? 0n;
  state.installments.forEach((row, i) => {
    if (row.amount !== undefined && minorOrUndefined(row.amount, c) !== m(row.principal) + m(row.interest)) {
      addCodeIssue(ctx, PlanErrorCodes.PLAN_INVALID_STATE, `amount (${row.amount}) must be principal plus interest (${row.principal} + ${row.interest}).`, ['installments', i, 'amount'], row.amount);
    }
    const unpaid = m(row.principal) + m(row.interest) + m(row.fees) - m(row.principalPaid) - m(row.interestPaid) - m(row.feesPaid);
    if (row.unpaid !== undefined && minorOrUndefined(row.unpaid, c) !== unpaid) {
      addCodeIssue(ctx, PlanErrorCodes.PLAN_INVALID_STATE, `unpaid (${row.unpaid}) must be what is due less what was paid on the row.`, ['installments', i, 'unpaid'], row.unpaid);
    }
  });
  const seen = new Set<string>();
  const last = state.installments[state.installments.length - 1]?.number ?? 0;
  state.payments?.forEach((p, i) => {
    if (p.paymentId !== undefined) {
      if (seen.has(p.paymentId)) addCodeIssue(ctx, PlanErrorCodes.PLAN_INVALID_STATE, `the paymentId ${JSON.stringify(p.paymentId)} appears more than once in the log.`, ['payments', i, 'paymentId'], p.paymentId);
      seen.add(p.paymentId);
    }
    const moves = p.principalReduction === undefined ? p.allocations : [...p.allocations, p.principalReduction];
    if ([p.amount, p.unappliedAmount, ...moves.map((a) => a.amount)].some(isNegativeDecimal)) {
      addCodeIssue(ctx, PlanErrorCodes.PLAN_INVALID_STATE, 'a logged payment has no negative amounts.', ['payments', i], p);
    }
    let sum = m(p.unappliedAmount);
    moves.forEach((a, k) => {
      sum += m(a.amount);
      // A reversed payment's allocations are history (unwound; a recompute may since have
      // dropped the installments they named), so only standing payments must name a row.
      if (a.installment > last && p.reversedOn === undefined) addCodeIssue(ctx, PlanErrorCodes.PLAN_INVALID_STATE, `the plan has no installment ${a.installment}.`, ['payments', i, 'allocations', k, 'installment'], a.installment);
    });
    if (sum !== m(p.amount)) addCodeIssue(ctx, PlanErrorCodes.PLAN_INVALID_STATE, `the allocations, principal reduction and unapplied amount of a logged payment must sum to its amount (${p.amount}).`, ['payments', i], p);
  });
}

/** A schedule as {@link createPlanState}, {@link planStatus} (and other modules) accept it: what {@link buildSchedule} returns (only `terms` and `installments` are read). @internal */
export const PlanScheduleSchema = z
  .object({
    /** The terms the schedule was built from. */
    terms: PlanTermsSchema,
    /** Its rows. */
    installments: z
      .array(
        z.object({
          /** The installment number. */
          number: z.int().check(z.gte(1), z.lte(MAX_INSTALLMENTS)),
          /** Its due date. */
          dueDate: CalendarDateSchema,
          /** Its principal part. */
          principal: AmountSchema,
          /** Its interest part. */
          interest: AmountSchema,
        }),
      ).check(z.minLength(1), z.maxLength(MAX_INSTALLMENTS)),
  }).check(z.superRefine((schedule, ctx) => {
    const amounts: Array<readonly [string, Array<string | number>]> = [];
    schedule.installments.forEach((row, i) => {
      amounts.push([row.principal, ['installments', i, 'principal']], [row.interest, ['installments', i, 'interest']]);
      if (row.number !== i + 1 || isNegativeDecimal(row.principal) || isNegativeDecimal(row.interest)) {
        addCodeIssue(ctx, PlanErrorCodes.PLAN_INVALID_STATE, 'rows must be numbered 1, 2, 3 ... with amounts that are not negative.', ['installments', i], row);
      }
    });
    checkAmountsIn(ctx, schedule.terms.currency, amounts);
  }));

/**
 * When a plan counts as broken, for {@link planStatus}: `maxMissedInstallments` (default 1: the
 * most installments that may be past due and unpaid; one more breaks the plan),
 * `maxDaysPastDue` (optional: the most days the oldest past-due installment may be late; a day
 * more breaks it), and `graceDays` (default 0: an installment is past due only this many days
 * after its due date). Both bounds are inclusive.
 *
 * @example
 * ```ts
 * import { PlanStatusRulesSchema } from 'arrears/plan';
 * PlanStatusRulesSchema.safeParse({ maxMissedInstallments: 1, maxDaysPastDue: 44 }).success; // => true
 * PlanStatusRulesSchema.safeParse({ missedInstallments: 2 }).success; // => false
 * ```
 */
export const PlanStatusRulesSchema = z.strictObject({
  /** The most installments that may be past due before the plan breaks (default 1, inclusive; 0 breaks it at the first). */
  maxMissedInstallments: z.optional(z.int().check(z.gte(0), z.lte(MAX_INSTALLMENTS))),
  /** The most days the oldest past-due installment may be late before the plan breaks (inclusive). */
  maxDaysPastDue: z.optional(z.int().check(z.gte(0), z.lte(36_500))),
  /** Days after the due date before an unpaid installment is past due (default 0). */
  graceDays: z.optional(z.int().check(z.gte(0), z.lte(365))),
});

/** A schedule or a plan state, told apart by `credit` (a state's): a malformed state is never read as a schedule. */
const PlanOrStateSchema = z.custom<unknown>(() => true);

/**
 * The input of {@link planStatus}: `plan` (a schedule from {@link buildSchedule} or a plan
 * state), `payments` received and not yet in the state (default none, up to 100,000), `asOf`
 * (the date to report on) and `rules` (when the plan breaks; see {@link PlanStatusRulesSchema}).
 *
 * @example
 * ```ts
 * import { PlanStatusInputSchema } from 'arrears/plan';
 * PlanStatusInputSchema.safeParse({ plan: {}, asOf: '2026-03-01' }).success; // => true
 * PlanStatusInputSchema.safeParse({ plan: {}, asOf: '2026-03-01', policy: {} }).success; // => false
 * ```
 */
export const PlanStatusInputSchema = z.strictObject({
  /** A schedule or a plan state (checked by {@link planStatus} with the schema of what it is). */
  plan: PlanOrStateSchema,
  /** Payments received, `{ amount, date, paymentId? }`, not yet in the state. */
  payments: z.optional(z.array(PlanPaymentSchema).check(z.maxLength(MAX_PAYMENTS))),
  /** The date to report on. */
  asOf: CalendarDateSchema,
  /** When the plan breaks. */
  rules: z.optional(PlanStatusRulesSchema),
});

/** The re-amortization strategies. */
const ReamortizeStrategySchema = z.enum(['spread', 'extend', 'recompute']);

/**
 * The input of {@link reamortize}: the `state`, `asOf` (the date of the re-amortization) and
 * the `strategy` (how the arrears are dealt with):
 * - `'spread'`: the unpaid amounts of past-due installments are spread evenly over the
 *   installments still to come (principal as principal, interest as interest, fees as fees),
 *   which keep their dates; totals do not change;
 * - `'extend'`: the unpaid amounts move to new installments after the last one, at the plan's
 *   frequency, each at most the plan's regular installment; no interest is added;
 * - `'recompute'`: the outstanding principal is re-amortized at the plan's rate over
 *   `installments` new installments (default: as many as are still to come, at least one) from
 *   `firstDueDate` (default: the next due date after `asOf`, or one period after `asOf`), with
 *   unpaid interest and fees spread over them.
 *
 * `installments` and `firstDueDate` belong to `'recompute'` only: with another strategy they
 * would have no effect, and are refused (`PLAN_UNSUPPORTED_OPTION`).
 *
 * @example
 * ```ts
 * import { ReamortizeInputSchema } from 'arrears/plan';
 * ReamortizeInputSchema.safeParse({ state: {}, asOf: '2026-03-01', strategy: 'spread' }).success; // => false
 * ReamortizeInputSchema.shape.strategy.safeParse('recompute').success; // => true
 * ReamortizeInputSchema.shape.strategy.safeParse('mode').success; // => false
 * ```
 */
export const ReamortizeInputSchema = z
  .strictObject({
    /** A plan state. */
    state: PlanStateSchema,
    /** The date of the re-amortization. */
    asOf: CalendarDateSchema,
    /** How the arrears are dealt with. */
    strategy: ReamortizeStrategySchema,
    /** `'recompute'` only: how many new installments. */
    installments: z.optional(z.int().check(z.gte(1), z.lte(MAX_INSTALLMENTS))),
    /** `'recompute'` only: the first new due date, after `asOf`. */
    firstDueDate: z.optional(CalendarDateSchema),
  }).check(z.superRefine((o, ctx) => {
    if (o.strategy === 'recompute') return;
    for (const key of ['installments', 'firstDueDate'] as const) {
      if (o[key] !== undefined) addCodeIssue(ctx, PlanErrorCodes.PLAN_UNSUPPORTED_OPTION, `${key} applies only to strategy "recompute"; strategy ${JSON.stringify(o.strategy)} would ignore it.`, [key], o[key]);
    }
  }));

/**
 * A plan policy for {@link validatePlanTerms}, JSON-able: every limit is optional and
 * inclusive. Amounts are in the plan's currency (`currency`, when given, must match it); rates
 * are decimal fractions from 0 to 1 (`'0.1'` for 10%).
 *
 * @example
 * ```ts
 * import { PlanPolicySchema } from 'arrears/plan';
 * PlanPolicySchema.safeParse({ allowedFrequencies: ['monthly'], maxInstallments: 24, minInstallment: '25.00', minDownPaymentRate: '0.1' }).success; // => true
 * PlanPolicySchema.safeParse({ minDownPaymentRate: '10' }).success; // => false
 * ```
 */
export const PlanPolicySchema = z.strictObject({
  /** The currency the policy's amounts are in; when given it must be the plan's. */
  currency: z.optional(CurrencyCodeSchema),
  /** The frequencies allowed. */
  allowedFrequencies: z.optional(z.array(PlanFrequencySchema).check(z.minLength(1))),
  /** The smallest installment allowed (the last installment may be smaller: it is only the remainder). */
  minInstallment: z.optional(PositiveAmountSchema),
  /** The most installments allowed. */
  maxInstallments: z.optional(z.int().check(z.gte(1), z.lte(MAX_INSTALLMENTS))),
  /** The last installment must be due no more than this many months after the agreement. */
  maxDurationMonths: z.optional(z.int().check(z.gte(1), z.lte(1200))),
  /** The last installment must be due no more than this many days after the agreement. */
  maxDurationDays: z.optional(z.int().check(z.gte(1), z.lte(36_500))),
  /** The smallest down payment allowed, as an amount. */
  minDownPayment: z.optional(PositiveAmountSchema),
  /** The smallest down payment allowed, as a fraction of the principal (`'0.1'` for 10%), 0 to 1. */
  minDownPaymentRate: z.optional(UnitRateSchema),
  /** The first installment must be due within this many days of the agreement. */
  maxDaysToFirstPayment: z.optional(z.int().check(z.gte(1), z.lte(36_500))),
  /** The highest APR allowed, a decimal fraction (`'0.36'` for 36%; compared with the APR as disclosed, rounded to 2 decimals of a percent); at most `'1'` unless `highApr`. */
  maxAprRate: z.optional(AprRateSchema),
  /** `true` to allow a `maxAprRate` above 100% (high-cost credit; up to `'10'`); only with `maxAprRate`. */
  highApr: z.optional(z.boolean()),
  /** The highest total interest (the schedule's `totals.interest`, the cost of credit) allowed. */
  maxTotalInterest: z.optional(NonNegativeAmountSchema),
  /** The largest installment as a fraction of the debtor's income, both per month (`'0.2'` for 20%), 0 to 1. */
  maxPaymentToIncomeRate: z.optional(UnitRateSchema),
  /** With `maxPaymentToIncomeRate`: whether a plan without `income` breaks the rule (default `true`, fail closed: `PLAN_POLICY_INCOME_REQUIRED`); `false` skips the check for such plans. Refused without the cap, which it would not change. */
  requireIncome: z.optional(z.boolean()),
}).check(z.superRefine((p, ctx) => {
  checkAprCeiling(ctx, p.highApr, [[p.maxAprRate, 'maxAprRate']]);
  if (p.requireIncome !== undefined && p.maxPaymentToIncomeRate === undefined) {
    addCodeIssue(ctx, PlanErrorCodes.PLAN_UNSUPPORTED_OPTION, 'requireIncome applies only with maxPaymentToIncomeRate, which this policy does not set.', ['requireIncome'], p.requireIncome);
  }
}));

/**
 * The input of {@link validatePlanTerms}: the `terms` (a document of their own; see
 * {@link PlanTermsSchema}) and the `policy` (see {@link PlanPolicySchema}).
 *
 * @example
 * ```ts
 * import { ValidatePlanTermsInputSchema } from 'arrears/plan';
 * const terms = { principal: '1000.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-01', firstDueDate: '2026-02-01', installments: 3 };
 * ValidatePlanTermsInputSchema.safeParse({ terms, policy: { maxInstallments: 12 } }).success; // => true
 * ValidatePlanTermsInputSchema.safeParse({ terms, policy: { maxInstallments: 12 }, strict: true }).success; // => false
 * ```
 */
export const ValidatePlanTermsInputSchema = z.strictObject({
  /** The plan terms. */
  terms: PlanTermsSchema,
  /** The policy. */
  policy: PlanPolicySchema,
});

/**
 * The input of {@link applyPayment}: the `state`, the `payment` (`{ amount, date, paymentId? }`)
 * and the options:
 * - `waterfall`: the order of the components, a permutation of `'fees'`, `'interest'`,
 *   `'principal'` (default `['interest', 'principal', 'fees']`: the installment before fees, so
 *   a late fee alone never makes a full payment short; 16 CFR 444.4, no pyramiding);
 * - `allocation`: `'installment'` (default: the oldest installment is paid in full, component by
 *   component, before the next) or `'component'` (the first component of every due installment,
 *   oldest first, then the second ...);
 * - `overpayment`: what happens to money left once every installment due by the payment date is
 *   paid: `'nextInstallments'` (default: it pays the next installments in order) or
 *   `'principal'` (it reduces the principal, and the remaining installments are re-amortized
 *   over the same dates).
 *
 * @example
 * ```ts
 * import { ApplyPaymentInputSchema } from 'arrears/plan';
 * ApplyPaymentInputSchema.shape.waterfall.safeParse(['interest', 'principal', 'fees']).success; // => true
 * ApplyPaymentInputSchema.shape.waterfall.safeParse(['interest', 'interest', 'fees']).success; // => false
 * ```
 */
export const ApplyPaymentInputSchema = z.strictObject({
  /** A plan state. */
  state: PlanStateSchema,
  /** The payment received. */
  payment: PlanPaymentSchema,
  ...applyPaymentOptions,
});

/**
 * The input of {@link reversePayment}: the `state`, the `paymentId` of a payment in its log and
 * `reversedOn`, the date the payment came back (a returned check or a failed direct debit).
 *
 * @example
 * ```ts
 * import { ReversePaymentInputSchema } from 'arrears/plan';
 * ReversePaymentInputSchema.shape.paymentId.safeParse('chk-1').success; // => true
 * ReversePaymentInputSchema.shape.paymentId.safeParse('').success; // => false
 * ```
 */
export const ReversePaymentInputSchema = z.strictObject({
  /** A plan state. */
  state: PlanStateSchema,
  /** The id of the payment returned. */
  paymentId: IdSchema,
  /** The date it was returned (not before the payment). */
  reversedOn: CalendarDateSchema,
});

/**
 * The input of {@link addCharges}: the `state` and the `charges` to post (up to 100,000, each
 * id at most once; see {@link PlanChargeSchema}).
 *
 * @example
 * ```ts
 * import { AddChargesInputSchema } from 'arrears/plan';
 * AddChargesInputSchema.shape.charges.safeParse([{ id: 'a', installment: 1, amount: '5.00', currency: 'USD' }]).success; // => true
 * AddChargesInputSchema.shape.charges.safeParse([{ id: 'a', installment: 1, amount: '5.00', currency: 'USD' }, { id: 'a', installment: 2, amount: '5.00', currency: 'USD' }]).success; // => false
 * ```
 */
export const AddChargesInputSchema = z.strictObject({
  /** A plan state. */
  state: PlanStateSchema,
  /** The charges to post. */
  charges: PlanChargesSchema,
});
