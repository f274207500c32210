// The inputs of the APR (12 CFR 1026 App. J) and of its tolerance check: zod schemas.
import * as z from 'zod/mini';
import { AnchorDaySchema, CalendarDateSchema, SemiMonthlyDaysSchema } from '../calendar/index.js';
import { CurrencyCodeSchema, PositiveAmountSchema, isCurrencyCode } from '../money/index.js';
import { amountIn } from '../money/schemas.js';
import { arrearsIssue } from '../internal/parse.js';
import { AprRateSchema, checkAprCeiling } from './apr-rate.js';
import { PlanErrorCodes } from './codes.js';
import { MAX_UNIT_MULTIPLE, frequencyUnit } from './unit-period.js';

/** Most payments one APR computation takes, after series are expanded. @internal */
export const MAX_APR_PAYMENTS = 10_000;
/** Most advances one APR computation takes. @internal */
export const MAX_APR_ADVANCES = 1_000;

/** The library's one list of frequency names. */
const FREQUENCY_NAMES = ['weekly', 'biweekly', 'fourWeekly', 'semiMonthly', 'monthly', 'quarterly', 'semiAnnually', 'annually'] as const;

/** The names of the APR before the one vocabulary, and what to write instead. */
const OLD_NAMES: Readonly<Record<string, string>> = {
  day: '{ everyDays: 1 }',
  week: '"weekly"',
  biweek: '"biweekly"',
  semimonth: '"semiMonthly"',
  month: '"monthly"',
  quarter: '"quarterly"',
  year: '"annually"',
};

/** The refused value as a person reads it: a short string quoted, anything else by its kind (never throws: a bigint or a cycle cannot reach JSON.stringify). */
function shown(input: unknown): string {
  if (typeof input === 'string') return input.length <= 40 ? JSON.stringify(input) : 'a long text';
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (input === undefined || input === null) return 'nothing';
  return Array.isArray(input) ? 'a list' : `a ${typeof input === 'object' ? 'object' : typeof input}`.replace('a object', 'an object');
}

/** What to write instead of an old unit-period name, if it is one. */
function insteadOf(input: unknown): string {
  if (typeof input !== 'string') return '';
  if (Object.prototype.hasOwnProperty.call(OLD_NAMES, input)) return ` (write ${OLD_NAMES[input] as string})`;
  const m = /^([0-9]{1,3})-(day|week|month)$/.exec(input);
  return m === null ? '' : ` (write { every${m[2] === 'day' ? 'Days' : m[2] === 'week' ? 'Weeks' : 'Months'}: ${Number(m[1])} })`;
}

/**
 * A payment frequency or unit period of the APR: a name of the library's one list (`'weekly'`,
 * `'biweekly'`, `'fourWeekly'`, `'semiMonthly'`, `'monthly'`, `'quarterly'`, `'semiAnnually'`,
 * `'annually'`), or one of Appendix J's other multiples, `{ everyDays: 1-366 }`,
 * `{ everyWeeks: 1-52 }` or `{ everyMonths: 1-11 }`. Anything else fails with
 * `PLAN_UNKNOWN_UNIT_PERIOD` (the last branch only carries that error: it accepts nothing).
 * Internal: a part of {@link AprInputSchema}.
 */
const AprFrequencySchema = z.union([
  z.enum(FREQUENCY_NAMES),
  z.strictObject({ everyDays: z.int().check(z.gte(1), z.lte(MAX_UNIT_MULTIPLE.day)) }),
  z.strictObject({ everyWeeks: z.int().check(z.gte(1), z.lte(MAX_UNIT_MULTIPLE.week)) }),
  z.strictObject({ everyMonths: z.int().check(z.gte(1), z.lte(MAX_UNIT_MULTIPLE.month)) }),
  z.custom<never>(() => false, {
    error: (issue) =>
      `${shown(issue.input)} is not a frequency${insteadOf(issue.input)}: use weekly, biweekly, fourWeekly, semiMonthly, monthly, quarterly, semiAnnually or annually, or a multiple { everyDays: 1-366 }, { everyWeeks: 1-52 } or { everyMonths: 1-11 }.`,
    params: arrearsIssue(PlanErrorCodes.PLAN_UNKNOWN_UNIT_PERIOD),
  }),
]);

/**
 * One advance of credit: `{ amount, date }`.
 *
 * @example
 * ```ts
 * import { AprAdvanceSchema } from 'arrears/plan';
 * AprAdvanceSchema.safeParse({ amount: '5000.00', date: '1978-01-10' }).success; // => true
 * AprAdvanceSchema.safeParse({ amount: '5000.00', date: '1978-02-30' }).success; // => false
 * ```
 */
export const AprAdvanceSchema = z.strictObject({
  /** The amount advanced, a positive decimal string. */
  amount: PositiveAmountSchema,
  /** The date of the advance, `YYYY-MM-DD`. */
  date: CalendarDateSchema,
});

/**
 * One payment: `{ amount, date }`.
 *
 * @example
 * ```ts
 * import { AprPaymentSchema } from 'arrears/plan';
 * AprPaymentSchema.safeParse({ amount: '230.00', date: '1978-02-10' }).success; // => true
 * AprPaymentSchema.safeParse({ amount: '-230.00', date: '1978-02-10' }).success; // => false
 * ```
 */
export const AprPaymentSchema = z.strictObject({
  /** The payment amount, a positive decimal string. */
  amount: PositiveAmountSchema,
  /** The date the payment is due, `YYYY-MM-DD`. */
  date: CalendarDateSchema,
});

/**
 * A series of `count` equal payments, the first due on `firstDueDate`, then one every
 * `frequency`: a name of the library's one list (`'monthly'`, `'biweekly'`, `'fourWeekly'` ...)
 * or a multiple (`{ everyWeeks: 3 }`, `{ everyMonths: 5 }`, `{ everyDays: 10 }`). Month-based
 * series keep `anchorDay` (default: the day of `firstDueDate`; `'last'` for month ends), clamped
 * to shorter months. A semi-monthly series pays on the two `semiMonthlyDays` of each month;
 * without them the days follow the rule of `arrears/calendar` recurrences
 * (`semiMonthlyDaysFor`): for the day `d` of `firstDueDate`, `d` and `d + 14` when `d` is 1-14,
 * the 15th and the last day when `firstDueDate` is the 15th or a month end, else `d - 14` and
 * `d` (so a plan's semi-monthly dates and their APR agree). `firstDueDate` must be on one of
 * the days.
 *
 * @example
 * ```ts
 * import { AprPaymentSeriesSchema } from 'arrears/plan';
 * AprPaymentSeriesSchema.safeParse({ amount: '230.00', count: 24, frequency: 'monthly', firstDueDate: '1978-02-10' }).success; // => true
 * AprPaymentSeriesSchema.safeParse({ amount: '88.85', count: 13, frequency: { everyWeeks: 3 }, firstDueDate: '2026-01-22' }).success; // => true
 * AprPaymentSeriesSchema.safeParse({ amount: '230.00', count: 24, frequency: 'month', firstDueDate: '1978-02-10' }).success; // => false
 * ```
 */
export const AprPaymentSeriesSchema = z
  .strictObject({
    /** The amount of each payment, a positive decimal string. */
    amount: PositiveAmountSchema,
    /** How many payments, 1-10,000. */
    count: z.int().check(z.gte(1), z.lte(MAX_APR_PAYMENTS)),
    /** How often: `'monthly'`, `'biweekly'`, `'fourWeekly'` ..., or `{ everyWeeks: 3 }`, `{ everyMonths: 5 }`, `{ everyDays: 10 }`. */
    frequency: AprFrequencySchema,
    /** The due date of the first payment of the series, `YYYY-MM-DD`. */
    firstDueDate: CalendarDateSchema,
    /** Month-based series only: the day of the month to keep (1-31 or `'last'`). */
    anchorDay: z.optional(AnchorDaySchema),
    /** Semi-monthly series only: the two days of the month, such as `[1, 16]` or `[15, 'last']`. */
    semiMonthlyDays: z.optional(SemiMonthlyDaysSchema),
  }).check(z.superRefine((series, ctx) => {
    const unit = frequencyUnit(series.frequency);
    const fail = (message: string, path: string): void => {
      ctx.addIssue({ code: 'custom', message, path: [path], params: arrearsIssue(PlanErrorCodes.PLAN_INVALID_PAYMENT_SERIES), input: series });
    };
    if (unit === undefined) return;
    if (series.anchorDay !== undefined && unit.kind !== 'month' && unit.kind !== 'year') {
      fail(`anchorDay applies only to month-based frequencies, not ${JSON.stringify(series.frequency)}.`, 'anchorDay');
    }
    if (series.semiMonthlyDays !== undefined && unit.kind !== 'semimonth') {
      fail(`semiMonthlyDays applies only to the semiMonthly frequency, not ${JSON.stringify(series.frequency)}.`, 'semiMonthlyDays');
    }
  }));

/**
 * One entry of `payments`: a single payment ({@link AprPaymentSchema}) or a series of equal
 * payments ({@link AprPaymentSeriesSchema}).
 *
 * @example
 * ```ts
 * import { AprPaymentEntrySchema } from 'arrears/plan';
 * AprPaymentEntrySchema.safeParse({ amount: '250.00', date: '1978-02-10' }).success; // => true
 * AprPaymentEntrySchema.safeParse({ amount: '250.00' }).success; // => false
 * ```
 */
export const AprPaymentEntrySchema = z.union([AprPaymentSchema, AprPaymentSeriesSchema]);

/**
 * The input of {@link apr}:
 * - the credit: either `amountFinanced` with `advanceDate` (a single advance), or `advances`
 *   (one or more `{ amount, date }`; up to 1,000);
 * - `payments`: single payments and payment series, in any order (up to 10,000 payments in all);
 * - `currency`: the ISO 4217 code of every amount; amounts must fit its minor unit and the
 *   totals are written with exactly its minor digits;
 * - `unitPeriod` (optional): force a unit period instead of the one Appendix J (b)(4) selects,
 *   as a frequency (`'monthly'`, `{ everyWeeks: 3 }` ...);
 * - `aprPercentDecimals` (optional, 0-6, default 2): decimals of the disclosed-style
 *   `aprPercent`;
 * - `disclosedAprRate` (optional): the APR as disclosed, a decimal fraction (`'0.0975'` for
 *   9.75%), to check against the tolerance of 12 CFR 1026.22(a)(2)/(3); at most `'1'` (100%)
 *   unless `highApr` is `true` (then up to `'10'`), so a percent typed into it (`'9.75'`) fails
 *   with `PLAN_INVALID_RATE`;
 * - `highApr` (optional, only with `disclosedAprRate`): `true` for high-cost credit (payday
 *   loans) whose disclosed APR is above 100%.
 *
 * @example
 * ```ts
 * import { AprInputSchema } from 'arrears/plan';
 * AprInputSchema.safeParse({ amountFinanced: '5000.00', advanceDate: '1978-01-10', currency: 'USD', payments: [{ amount: '230.00', count: 24, frequency: 'monthly', firstDueDate: '1978-02-10' }] }).success; // => true
 * AprInputSchema.safeParse({ amountFinanced: '5000.00', advanceDate: '1978-01-10', currency: 'USD', payments: [{ amount: '5100.00', date: '1978-02-10' }], disclosedAprRate: '24.6' }).success; // => false
 * AprInputSchema.safeParse({ amountFinanced: '5000.00', currency: 'USD', payments: [] }).success; // => false
 * ```
 */
export const AprInputSchema = z
  .strictObject({
    /** The amount financed of a single-advance transaction (with `advanceDate`). */
    amountFinanced: z.optional(PositiveAmountSchema),
    /** The date of the single advance (with `amountFinanced`): the beginning of the term. */
    advanceDate: z.optional(CalendarDateSchema),
    /** The advances of a transaction, instead of `amountFinanced` and `advanceDate`. */
    advances: z.optional(z.array(AprAdvanceSchema).check(z.minLength(1), z.maxLength(MAX_APR_ADVANCES))),
    /** Payments and payment series. */
    payments: z.array(AprPaymentEntrySchema).check(z.minLength(1), z.maxLength(MAX_APR_PAYMENTS)),
    /** The currency of every amount, an ISO 4217 code. */
    currency: CurrencyCodeSchema,
    /** A unit period to use instead of the one Appendix J (b)(4) selects: `'monthly'`, `{ everyWeeks: 3 }` ... */
    unitPeriod: z.optional(AprFrequencySchema),
    /** Decimals of `aprPercent`, 0-6 (default 2). */
    aprPercentDecimals: z.optional(z.int().check(z.gte(0), z.lte(6))),
    /** The APR as disclosed, a decimal fraction (`'0.0975'` for 9.75%), to check against the tolerance of 12 CFR 1026.22(a); at most `'1'` unless `highApr`. */
    disclosedAprRate: z.optional(AprRateSchema),
    /** `true` for high-cost credit whose disclosed APR is above 100% (`disclosedAprRate` up to `'10'`); only with `disclosedAprRate`. */
    highApr: z.optional(z.boolean()),
  }).check(z.superRefine((input, ctx) => {
    const single = input.amountFinanced !== undefined || input.advanceDate !== undefined;
    const fail = (message: string, path: Array<string | number>, code: string): void => {
      ctx.addIssue({ code: 'custom', message, path, params: arrearsIssue(code), input });
    };
    if (single && input.advances !== undefined) {
      fail('give either amountFinanced with advanceDate (a single advance) or advances, not both.', ['advances'], PlanErrorCodes.PLAN_APR_INVALID_ADVANCES);
    } else if (!single && input.advances === undefined) {
      fail('the credit is missing: give amountFinanced with advanceDate, or advances.', [], PlanErrorCodes.PLAN_APR_INVALID_ADVANCES);
    } else if (single && input.amountFinanced === undefined) {
      fail('amountFinanced is required with advanceDate.', ['amountFinanced'], PlanErrorCodes.PLAN_APR_INVALID_ADVANCES);
    } else if (single && input.advanceDate === undefined) {
      fail('advanceDate is required with amountFinanced: it is the date the term begins.', ['advanceDate'], PlanErrorCodes.PLAN_APR_INVALID_ADVANCES);
    }
    let count = 0;
    for (const entry of input.payments) count += 'count' in entry && typeof entry.count === 'number' ? entry.count : 1;
    if (count > MAX_APR_PAYMENTS) {
      fail(`the payments add up to ${count} payments; at most ${MAX_APR_PAYMENTS} are accepted.`, ['payments'], PlanErrorCodes.PLAN_TOO_MANY_FLOWS);
    }
    checkAprCeiling(ctx, input.highApr, [[input.disclosedAprRate, 'disclosedAprRate']]);
    // Refinements run even when a field failed a non-aborting check: only a known currency is used.
    if (isCurrencyCode(input.currency)) {
      const schema = amountIn(input.currency);
      const check = (value: string, path: Array<string | number>): void => {
        const result = schema.safeParse(value);
        for (const issue of result.error?.issues ?? []) {
          ctx.addIssue({ ...(issue as z.core.$ZodIssueCustom), path: [...path, ...issue.path], input: value });
        }
      };
      if (input.amountFinanced !== undefined) check(input.amountFinanced, ['amountFinanced']);
      input.advances?.forEach((a, i) => check(a.amount, ['advances', i, 'amount']));
      input.payments.forEach((p, i) => check(p.amount, ['payments', i, 'amount']));
    }
  }));

/**
 * The input of {@link isAprWithinTolerance}: `disclosedAprRate` (the APR as disclosed) and
 * `actualAprRate` (the actuarial APR: {@link apr}'s `annualRate`, as it returns it), both
 * decimal fractions (`'0.0969'` for 9.69%), at most `'1'` (100%) unless `highApr` is `true`
 * (then up to `'10'`); and `irregular` (default `false`): whether the transaction is irregular
 * under 12 CFR 1026.22(a)(3) (`!apr(...).regular`).
 *
 * @example
 * ```ts
 * import { IsAprWithinToleranceInputSchema } from 'arrears/plan';
 * IsAprWithinToleranceInputSchema.safeParse({ disclosedAprRate: '0.12125', actualAprRate: '0.12' }).success; // => true
 * IsAprWithinToleranceInputSchema.safeParse({ disclosedAprRate: '12.125', actualAprRate: '0.12' }).success; // => false
 * IsAprWithinToleranceInputSchema.safeParse({ disclosedAprRate: '3.91', actualAprRate: '3.9107', highApr: true }).success; // => true
 * ```
 */
export const IsAprWithinToleranceInputSchema = z
  .strictObject({
    /** The APR as disclosed, a decimal fraction. */
    disclosedAprRate: AprRateSchema,
    /** The actuarial APR, a decimal fraction (`apr(...).annualRate`). */
    actualAprRate: AprRateSchema,
    /** Whether the transaction is irregular (12 CFR 1026.22(a)(3)); default `false`. */
    irregular: z.optional(z.boolean()),
    /** `true` for high-cost credit whose APR is above 100% (rates up to `'10'`). */
    highApr: z.optional(z.boolean()),
  }).check(z.superRefine((input, ctx) => {
    checkAprCeiling(ctx, input.highApr, [[input.disclosedAprRate, 'disclosedAprRate'], [input.actualAprRate, 'actualAprRate']]);
  }));
