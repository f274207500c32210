import * as z from 'zod/mini';
import { CalendarDateSchema, CalendarSpecSchema, DayCountConventionSchema } from '../calendar/index.js';
import { CurrencyCodeSchema, DecimalStringSchema, NonNegativeAmountSchema, PositiveAmountSchema, RoundingModeSchema } from '../money/index.js';
import { arrearsIssue } from '../internal/parse.js';
import { FeesErrorCodes } from './codes.js';
import type { FeeExpression } from './types.js';

/** Most rows a schedule may have (100 years of monthly installments). @internal */
export const MAX_INSTALLMENTS = 1200;
/** Most payments one assessment takes. @internal */
export const MAX_PAYMENTS = 10_000;
/** The longest grace, recurrence or tier offset, in days (about 27 years). @internal */
export const MAX_DAYS = 10_000;
/** Deepest nesting of a fee expression. @internal */
export const MAX_EXPRESSION_DEPTH = 8;
/**
 * Deepest JSON nesting (objects and arrays) a fee expression may have before its schema
 * recurses: 8 expression levels take at most 3 JSON levels each. Checked without recursion, so
 * an expression nested 100,000 deep is refused with a typed error, never a stack overflow. @internal
 */
export const MAX_EXPRESSION_JSON_DEPTH = 3 * MAX_EXPRESSION_DEPTH + 2;
/** Most fee occurrences (charged, waived or kept off) one assessment produces. @internal */
export const MAX_FEE_OCCURRENCES = 10_000;

const DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;

/** Compares a plain decimal string with an integer bound (both non-exponent forms). */
function decimalAbove(value: string, bound: number): boolean {
  const [int = '0', frac = ''] = value.split('.');
  const whole = BigInt(int);
  return whole > BigInt(bound) || (whole === BigInt(bound) && /[1-9]/.test(frac));
}

/** Whether a plain decimal string is above a decimal bound (both non-exponent forms). */
function decimalAboveText(value: string, bound: string): boolean {
  const [vi = '0', vf = ''] = value.split('.');
  const [bi = '0', bf = ''] = bound.split('.');
  const width = Math.max(vf.length, bf.length);
  return BigInt(vi + vf.padEnd(width, '0')) > BigInt(bi + bf.padEnd(width, '0'));
}

/** A rate issue: negative, or above its ceiling (internal). */
function rateSchema(ceiling: number, what: string): z.ZodMiniType<string, string> {
  return DecimalStringSchema.check(z.superRefine((value, ctx) => {
    if (!DECIMAL.test(value)) return;
    if (value.startsWith('-') || decimalAbove(value, ceiling)) {
      ctx.addIssue({
        code: 'custom',
        message: `${JSON.stringify(value)} is not ${what} from 0 to ${ceiling}: a rate is a decimal fraction ("0.05" is 5%).`,
        params: arrearsIssue(FeesErrorCodes.FEES_INVALID_RATE),
        input: value,
      });
    }
  }));
}

/**
 * A rate: a decimal fraction from 0 to 1 (`'0.05'` is 5%). A percent typed into it (`'5'`), a
 * negative value or anything above 1 fails with `FEES_INVALID_RATE`. @internal
 */
export const FeeRateSchema = rateSchema(1, 'a rate');

/**
 * An annual interest rate: a decimal fraction from 0 to 10 (`'0.18'` is 18% a year); the
 * policy's `maxAnnualRate` (default `'1'`) is the working ceiling. @internal
 */
export const FeeAnnualRateSchema = rateSchema(10, 'an annual rate');

/** A whole number of days in [min, MAX_DAYS]. */
function daysSchema(min: number): z.ZodMiniType<number, number> {
  return z.number().check(z.superRefine((value, ctx) => {
    if (!Number.isInteger(value) || value < min || value > MAX_DAYS) {
      ctx.addIssue({
        code: 'custom',
        message: `${String(value)} is not a whole number of days from ${min} to ${MAX_DAYS}.`,
        params: arrearsIssue(FeesErrorCodes.FEES_INVALID_DAYS),
        input: value,
      });
    }
  }));
}

/** A whole number of days, 0 to 10,000. `1.5`, `-1` or `NaN` fail with `FEES_INVALID_DAYS`. @internal */
export const FeeDaysSchema = daysSchema(0);

/**
 * What a percent is taken of; see {@link FeeBase}.
 *
 * @example
 * ```ts
 * import { FeeBaseSchema } from 'arrears/fees';
 * FeeBaseSchema.options; // => ['installment', 'principalAndInterest', 'pastDue', 'accountPastDue', 'scheduledPayment', 'minimumPayment']
 * ```
 */
export const FeeBaseSchema = z.enum(['installment', 'principalAndInterest', 'pastDue', 'accountPastDue', 'scheduledPayment', 'minimumPayment']);

function expressionIssue(ctx: z.core.$RefinementCtx, message: string, path: (string | number)[], input: unknown): void {
  ctx.addIssue({ code: 'custom', message, path, params: arrearsIssue(FeesErrorCodes.FEES_INVALID_EXPRESSION), input });
}

/** Most objects and arrays one fee expression may hold (a valid one holds far fewer). @internal */
export const MAX_EXPRESSION_NODES = 10_000;

/** Whether a JSON value nests deeper than `limit` or holds too many objects, checked without recursion. */
function tooDeepOrLarge(value: unknown, limit: number): 'deep' | 'large' | undefined {
  const stack: Array<readonly [unknown, number]> = [[value, 1]];
  let visited = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as readonly [unknown, number];
    if (depth > limit) return 'deep';
    if ((visited += 1) > MAX_EXPRESSION_NODES) return 'large';
    const children = Array.isArray(node) ? node : Object.values(node as object);
    for (const child of children) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return undefined;
}

function depthOf(expr: FeeExpression): number {
  switch (expr.type) {
    case 'greaterOf':
    case 'lesserOf':
    case 'sum':
      return 1 + Math.max(...expr.of.map(depthOf));
    case 'tiers':
      return 1 + Math.max(...expr.tiers.map((t) => depthOf(t.amount)));
    case 'bands':
      return 1 + Math.max(...expr.bands.map((b) => depthOf(b.amount)));
    case 'daily':
      return 1 + depthOf(expr.perDay);
    case 'repeat':
      return 1 + Math.max(depthOf(expr.first), depthOf(expr.repeat));
    default:
      return 1;
  }
}

const FlatFeeSchema = z.strictObject({ type: z.literal('flat'), amount: NonNegativeAmountSchema });
const PercentFeeSchema = z.strictObject({ type: z.literal('percent'), rate: FeeRateSchema, of: FeeBaseSchema });
const InterestFeeSchema = z.strictObject({
  type: z.literal('interest'),
  annualRate: FeeAnnualRateSchema,
  of: z.optional(FeeBaseSchema),
  dayCount: z.optional(DayCountConventionSchema),
  from: z.optional(z.enum(['dueDate', 'feeDate'])),
});

const ExpressionNode: z.ZodMiniType<FeeExpression, FeeExpression> = z.lazy(() =>
  z.discriminatedUnion('type', [
    FlatFeeSchema,
    PercentFeeSchema,
    z.strictObject({ type: z.enum(['greaterOf', 'lesserOf', 'sum']), of: z.array(ExpressionNode).check(z.minLength(1), z.maxLength(16)) }),
    z
      .strictObject({
        type: z.literal('tiers'),
        tiers: z.array(z.strictObject({ minDaysLate: FeeDaysSchema, amount: ExpressionNode })).check(z.minLength(1), z.maxLength(32)),
      }).check(z.superRefine((value, ctx) => {
        value.tiers.forEach((tier, i) => {
          const prev = value.tiers[i - 1];
          if (prev !== undefined && tier.minDaysLate <= prev.minDaysLate) {
            expressionIssue(ctx, `tiers must be in strictly increasing order of minDaysLate (${tier.minDaysLate} follows ${prev.minDaysLate}).`, ['tiers', i, 'minDaysLate'], tier.minDaysLate);
          }
        });
      })),
    z
      .strictObject({
        type: z.literal('bands'),
        of: FeeBaseSchema,
        bands: z.array(z.strictObject({ maxBase: z.optional(NonNegativeAmountSchema), amount: ExpressionNode })).check(z.minLength(1), z.maxLength(32)),
      }).check(z.superRefine((value, ctx) => {
        value.bands.forEach((band, i) => {
          if (band.maxBase === undefined && i < value.bands.length - 1) {
            expressionIssue(ctx, 'only the last band may omit "maxBase".', ['bands', i, 'maxBase'], band);
          }
          const prev = value.bands[i - 1]?.maxBase;
          if (band.maxBase !== undefined && prev !== undefined && DECIMAL.test(band.maxBase) && DECIMAL.test(prev) && Number(band.maxBase) <= Number(prev)) {
            expressionIssue(ctx, `bands must be in strictly increasing order of maxBase (${band.maxBase} follows ${prev}).`, ['bands', i, 'maxBase'], band.maxBase);
          }
        });
      })),
    z.strictObject({ type: z.literal('daily'), perDay: ExpressionNode, maxDays: z.optional(daysSchema(1)) }),
    InterestFeeSchema,
    z.strictObject({
      type: z.literal('repeat'),
      first: ExpressionNode,
      repeat: ExpressionNode,
      withinCycles: z.optional(z.int().check(z.gte(1), z.lte(120))),
    }),
  ]),
) as z.ZodMiniType<FeeExpression, FeeExpression>;

/**
 * A fee amount: a small expression users compose (JSON). Terms: `flat`, `percent` (a `rate`,
 * a decimal fraction, of a {@link FeeBase}), `greaterOf`, `lesserOf`, `sum`, `tiers` (by days late), `bands` (by the size of a
 * base), `daily` (an amount per day, optionally for at most `maxDays`), `interest` (default
 * interest at an `annualRate` with a day-count convention) and `repeat` (card-style repeat tier). At most 8 levels
 * deep. The whole expression is evaluated exactly and rounded once per fee.
 *
 * @example
 * ```ts
 * import { FeeExpressionSchema } from 'arrears/fees';
 * const fee = { type: 'greaterOf', of: [{ type: 'flat', amount: '15.00' }, { type: 'percent', rate: '0.05', of: 'installment' }] };
 * FeeExpressionSchema.safeParse(fee).success; // => true
 * FeeExpressionSchema.safeParse({ type: 'percent', rate: '5', of: 'installment' }).success; // => false
 * ```
 */
export const FeeExpressionSchema: z.ZodMiniType<FeeExpression, FeeExpression> = z.pipe(z.unknown().check(z.superRefine((value, ctx) => {
    // Before the recursive schema runs: an expression nested thousands deep would overflow the stack.
    if (typeof value !== 'object' || value === null) return;
    const problem = tooDeepOrLarge(value, MAX_EXPRESSION_JSON_DEPTH);
    if (problem === 'deep') expressionIssue(ctx, `a fee expression may nest at most ${MAX_EXPRESSION_DEPTH} levels deep.`, [], '(too deep to show)');
    else if (problem === 'large') expressionIssue(ctx, `a fee expression may hold at most ${MAX_EXPRESSION_NODES} terms.`, [], '(too large to show)');
  })), ExpressionNode.check(z.superRefine((value, ctx) => {
      if (depthOf(value) > MAX_EXPRESSION_DEPTH) expressionIssue(ctx, `a fee expression may nest at most ${MAX_EXPRESSION_DEPTH} levels deep.`, [], value);
    }))) as unknown as z.ZodMiniType<FeeExpression, FeeExpression>;

/**
 * When a fee falls due: the grace period after the due date D and how the statute or contract
 * counts it. `counting` (default `'within'`):
 * - `'within'` ("paid within N days"), `'moreThan'` ("more than N days late") and
 *   `'fullDaysAfter'` ("N full days after due"): the first fee day is D + N + 1;
 * - `'atLeast'` ("at least N days late") and `'periodBeginningOnDueDate'` ("not received by the
 *   end of the N-day period beginning on the due date"): the first fee day is D + N.
 * `dayType: 'business'` counts N business days on `calendar`, a business calendar written as
 * calendar's JSON spec (`CalendarSpecSchema` of `arrears/calendar`: `'usFederal'`, the default,
 * `'weekendsOnly'`, or `{ name?, holidays?, weekendDays?, extends?, usFederalDates? }`);
 * `extendToBusinessDay: true` moves a last grace day that is not a business day to the next
 * business day. A `calendar` without either would change nothing and is refused
 * (`FEES_OPTION_WITHOUT_EFFECT`).
 *
 * @example
 * ```ts
 * import { FeeTriggerSchema } from 'arrears/fees';
 * FeeTriggerSchema.parse({ graceDays: 10 }); // => { graceDays: 10, counting: 'within', dayType: 'calendar', extendToBusinessDay: false }
 * FeeTriggerSchema.safeParse({ graceDays: 2.5 }).success; // => false
 * FeeTriggerSchema.safeParse({ graceDays: 2, calendar: 'weekendsOnly' }).success; // => false
 * FeeTriggerSchema.safeParse({ graceDays: 2, dayType: 'business', calendar: { extends: 'usFederal', holidays: ['2026-12-24'] } }).success; // => true
 * FeeTriggerSchema.safeParse({ graceDays: 2, dayType: 'business', calendar: 'US' }).success; // => false
 * ```
 */
export const FeeTriggerSchema = z.strictObject({
  /** Days of grace N after the due date. */
  graceDays: FeeDaysSchema,
  /** How N is counted; default `'within'`. */
  counting: z._default(z.enum(['within', 'moreThan', 'fullDaysAfter', 'atLeast', 'periodBeginningOnDueDate']), 'within'),
  /** Calendar or business days; default `'calendar'`. */
  dayType: z._default(z.enum(['calendar', 'business']), 'calendar'),
  /** Move a last grace day that is not a business day to the next business day; default `false`. */
  extendToBusinessDay: z._default(z.boolean(), false),
  /** The business calendar, calendar's JSON spec (`CalendarSpecSchema`), only with `dayType: 'business'` or `extendToBusinessDay`; default `'usFederal'`. */
  calendar: z.optional(CalendarSpecSchema),
}).check(z.superRefine((trigger, ctx) => {
  // A calendar that no rule reads would be accepted and ignored: refuse it.
  if (trigger.calendar !== undefined && trigger.dayType !== 'business' && !trigger.extendToBusinessDay) {
    ctx.addIssue({
      code: 'custom',
      message: 'a calendar counts business days: set "dayType": "business" or "extendToBusinessDay": true, or leave "calendar" out (it would change nothing).',
      path: ['calendar'],
      params: arrearsIssue(FeesErrorCodes.FEES_OPTION_WITHOUT_EFFECT),
      input: trigger.calendar,
    });
  }
}));

/**
 * Limits on fees. Each is a maximum; the lowest of all that apply to a fee (these and every
 * preset's) wins, and the fee names it in `boundBy`:
 * - `perFee`: the largest single fee (an expression, like the amount);
 * - `perInstallment`: the largest total of fees on one installment;
 * - `perPeriod`: the largest total of fees dated in one calendar month or year;
 * - `lifetime`: the largest total over the account, `max` and/or `originalBalanceRate` (a fraction of the original balance).
 *
 * @example
 * ```ts
 * import { FeeCapsSchema } from 'arrears/fees';
 * FeeCapsSchema.safeParse({ perFee: { type: 'flat', amount: '25.00' }, lifetime: { originalBalanceRate: '0.05' } }).success; // => true
 * FeeCapsSchema.safeParse({ lifetime: { originalBalanceRate: '5' } }).success; // => false
 * FeeCapsSchema.safeParse({ lifetime: { max: '-1.00' } }).success; // => false
 * ```
 */
export const FeeCapsSchema = z.strictObject({
  /** The largest single fee. */
  perFee: z.optional(FeeExpressionSchema),
  /** The largest total of fees on one installment. */
  perInstallment: z.optional(FeeExpressionSchema),
  /** The largest total of fees dated within one calendar month or year. */
  perPeriod: z.optional(z.strictObject({
      /** The period: a calendar month or a calendar year of the fee date. */
      period: z.enum(['calendarMonth', 'calendarYear']),
      /** The most all fees dated in one period may add up to. */
      max: NonNegativeAmountSchema,
    })),
  /** The largest total over the life of the account. */
  lifetime: z.optional(z.strictObject({
      /** The most all fees may add up to. */
      max: z.optional(NonNegativeAmountSchema),
      /** The most all fees may add up to, as a decimal fraction of the original balance (`'0.1'` is 10%). */
      originalBalanceRate: z.optional(FeeRateSchema),
    }).check(z.refine((v) => v.max !== undefined || v.originalBalanceRate !== undefined, {
      message: 'give "max", "originalBalanceRate" or both.',
      params: arrearsIssue(FeesErrorCodes.FEES_INVALID_EXPRESSION),
    }))),
});

/**
 * Goodwill waivers: `firstLateFee` (the account's first fee), `hardship` (every fee dated while
 * the input's `hardship` flag or periods apply) and `feeBelow` (a fee below this amount, which
 * itself is charged).
 *
 * @example
 * ```ts
 * import { FeeWaiversSchema } from 'arrears/fees';
 * FeeWaiversSchema.safeParse({ firstLateFee: true, feeBelow: '1.00' }).success; // => true
 * ```
 */
export const FeeWaiversSchema = z.strictObject({
  /** Waive the first fee the account would be charged. */
  firstLateFee: z.optional(z.boolean()),
  /** Waive fees while the account is flagged for hardship. */
  hardship: z.optional(z.boolean()),
  /** Waive any fee below this amount (exclusive: a fee of exactly this amount is charged). */
  feeBelow: z.optional(NonNegativeAmountSchema),
});

/**
 * A late-fee policy (plain JSON). Defaults: a consumer account, one fee per late installment
 * (`basis: 'installment'`, no recurrence), no grace, payments applied to the current
 * installment first, no pyramiding, `halfExpand` rounding per fee, annual rates up to 100%. With
 * `presets`, `accountKind` is required (each preset covers some kinds of account only).
 *
 * @example
 * ```ts
 * import { LateFeePolicySchema } from 'arrears/fees';
 * LateFeePolicySchema.safeParse({ trigger: { graceDays: 10 }, amount: { type: 'flat', amount: '15.00' } }).success; // => true
 * LateFeePolicySchema.safeParse({ amount: { type: 'percent', rate: '5', of: 'installment' } }).success; // => false
 * LateFeePolicySchema.safeParse({ amount: { type: 'flat', amount: '50.00' }, presets: ['us-ny-rent'] }).success; // => false
 * ```
 */
export const LateFeePolicySchema = z.strictObject({
  /** The rule id fees name in `rule`; default `'policy'`. */
  id: z._default(z.string().check(z.minLength(1), z.maxLength(64)), 'policy'),
  /** `'consumer'` (default) or `'business'`; pyramiding can be allowed only on business accounts. */
  accountType: z._default(z.enum(['consumer', 'business']), 'consumer'),
  /** The kind of account, checked against each preset's scope; required with `presets`. */
  accountKind: z.optional(z.enum(['creditCard', 'mortgage', 'highCostMortgage', 'residentialRent', 'retailInstallment', 'installmentLoan', 'other'])),
  /** `'installment'` (default): fees per late installment; `'period'`: one fee per billing period with a past-due balance. */
  basis: z._default(z.enum(['installment', 'period']), 'installment'),
  /** When a fee falls due; default no grace (the day after the due date). */
  trigger: z._default(FeeTriggerSchema, { graceDays: 0, counting: 'within', dayType: 'calendar', extendToBusinessDay: false }),
  /** How much. */
  amount: FeeExpressionSchema,
  /** The smallest unpaid amount that gets a fee (inclusive): no fee while the unpaid amount is below it. */
  minUnpaidAmount: z.optional(NonNegativeAmountSchema),
  /** Charge again every `everyDays` while still unpaid, at most `maxFees` fees per installment in all. */
  recurrence: z.optional(z.strictObject({
      /** Days between fees on one installment. */
      everyDays: daysSchema(1),
      /** Most fees on one installment, the first included. */
      maxFees: z.optional(z.int().check(z.gte(1), z.lte(1000))),
    })),
  /** Limits. */
  caps: z.optional(FeeCapsSchema),
  /** Goodwill waivers. */
  waivers: z.optional(FeeWaiversSchema),
  /** Ids of the presets that clamp the policy (see {@link FEE_PRESET_LIST}); each preset names its `jurisdiction`. */
  presets: z._default(z.array(z.string()).check(z.maxLength(16)), []),
  /** How payments are applied to installments to decide lateness; default `'currentFirst'`. */
  paymentApplication: z._default(z.enum(['currentFirst', 'oldestFirst']), 'currentFirst'),
  /** Payments never go to fees before installments (16 CFR 444.4); default `true`, required for consumer accounts. */
  noPyramiding: z._default(z.boolean(), true),
  /** The rounding mode applied once per fee; default `'halfExpand'`. */
  roundingMode: z._default(RoundingModeSchema, 'halfExpand'),
  /** The highest `annualRate` an `interest` term may take; default `'1'` (100% a year), at most `'10'`: the explicit opt-in for a higher rate. */
  maxAnnualRate: z._default(FeeAnnualRateSchema, '1'),
}).check(z.superRefine((policy, ctx) => {
  if (Array.isArray(policy.presets) && policy.presets.length > 0 && policy.accountKind === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: 'a policy with presets names its "accountKind": each preset covers some kinds of account only (a rent statute never clamps a credit card).',
      path: ['accountKind'],
      params: arrearsIssue('INPUT_MISSING'),
      input: undefined,
    });
  }
  // The refinement may run on a policy whose expression failed its own checks (too deep, malformed):
  // walk defensively, never deeper than an expression may nest.
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (typeof node !== 'object' || node === null || path.length > 3 * MAX_EXPRESSION_DEPTH + 2) return;
    const expr = node as { type?: unknown; annualRate?: unknown; of?: unknown; tiers?: unknown; bands?: unknown; perDay?: unknown; first?: unknown; repeat?: unknown };
    if (expr.type === 'interest') {
      const rate = expr.annualRate;
      if (typeof rate === 'string' && DECIMAL.test(rate) && DECIMAL.test(policy.maxAnnualRate) && decimalAboveText(rate, policy.maxAnnualRate)) {
        ctx.addIssue({
          code: 'custom',
          message: `an annual rate of ${rate} is above the policy's "maxAnnualRate" (${policy.maxAnnualRate}); a rate is a fraction ("0.18" is 18% a year): raise "maxAnnualRate" only for a rate meant to be that high.`,
          path: [...path, 'annualRate'],
          params: arrearsIssue(FeesErrorCodes.FEES_INVALID_RATE),
          input: rate,
        });
      }
      return;
    }
    if (Array.isArray(expr.of)) expr.of.forEach((e, i) => visit(e, [...path, 'of', i]));
    for (const key of ['tiers', 'bands'] as const) {
      const list = expr[key];
      if (Array.isArray(list)) list.forEach((t, i) => visit((t as { amount?: unknown } | null)?.amount, [...path, key, i, 'amount']));
    }
    for (const key of ['perDay', 'first', 'repeat'] as const) visit(expr[key], [...path, key]);
  };
  if (typeof policy.maxAnnualRate !== 'string') return;
  visit(policy.amount, ['amount']);
  visit(policy.caps?.perFee, ['caps', 'perFee']);
  visit(policy.caps?.perInstallment, ['caps', 'perInstallment']);
}));

/** The fields of one installment, shared by a schedule row and {@link lateFeeFor}'s installment. */
const installmentFields = {
  /** The due date. */
  dueDate: CalendarDateSchema,
  /** The amount due. */
  amount: NonNegativeAmountSchema,
  /** The principal part. */
  principal: z.optional(NonNegativeAmountSchema),
  /** The interest part. */
  interest: z.optional(NonNegativeAmountSchema),
  /** The required minimum payment (card statements). */
  minimumPayment: z.optional(NonNegativeAmountSchema),
};

/** An installment number: 1 to 1,000,000. */
const InstallmentNumberSchema = z.int().check(z.gte(1), z.lte(1_000_000));

/**
 * One schedule row: `number`, `dueDate` and the amount due `amount`; optional `principal`,
 * `interest` and `minimumPayment`. Any other key is an error (a typo is never dropped): pass a
 * plan schedule or plan state whole as `plan` instead (its rows read `principal` and `interest`).
 *
 * @example
 * ```ts
 * import { FeeScheduleRowSchema } from 'arrears/fees';
 * FeeScheduleRowSchema.safeParse({ number: 1, dueDate: '2026-05-01', amount: '200.00' }).success; // => true
 * FeeScheduleRowSchema.safeParse({ number: 1, dueDate: '2026-05-01', amount: '200.00', balance: '800.00' }).success; // => false
 * FeeScheduleRowSchema.safeParse({ number: 1, dueDate: '2026-05-01' }).success; // => false
 * ```
 */
export const FeeScheduleRowSchema = z.strictObject({
  /** The installment number (1, 2, ...). */
  number: InstallmentNumberSchema,
  ...installmentFields,
});

/**
 * A schedule: `{ currency, installments }`, optionally with `originalBalance` for lifetime caps
 * as a rate (default: `amountFinanced`, else the sum of the principal parts when every row has
 * one, else the sum of the amounts due). Unknown keys are errors; a plan schedule or plan state
 * goes in whole as the input's `plan`.
 *
 * @example
 * ```ts
 * import { FeeScheduleSchema } from 'arrears/fees';
 * FeeScheduleSchema.safeParse({ currency: 'USD', installments: [{ number: 1, dueDate: '2026-05-01', amount: '200.00' }] }).success; // => true
 * FeeScheduleSchema.safeParse({ currency: 'USD', installments: [] }).success; // => false
 * FeeScheduleSchema.safeParse({ currency: 'USD', originalBalence: '10.00', installments: [{ number: 1, dueDate: '2026-05-01', amount: '200.00' }] }).success; // => false
 * ```
 */
export const FeeScheduleSchema = z.strictObject({
  /** The ISO 4217 currency. */
  currency: CurrencyCodeSchema,
  /** The installments (1-1200). */
  installments: z.array(FeeScheduleRowSchema).check(z.minLength(1), z.maxLength(MAX_INSTALLMENTS)),
  /** The original balance, for a lifetime cap as a rate of it. */
  originalBalance: z.optional(NonNegativeAmountSchema),
  /** The amount financed (a plan schedule's field): the original balance when `originalBalance` is absent. */
  amountFinanced: z.optional(NonNegativeAmountSchema),
});

/**
 * One payment: `{ amount, date, currency?, paymentId? }` (a plan payment satisfies it). The
 * amount must be positive; a `currency` other than the schedule's is refused
 * (`FEES_CURRENCY_MISMATCH`); any other key is an error.
 *
 * @example
 * ```ts
 * import { FeePaymentSchema } from 'arrears/fees';
 * FeePaymentSchema.safeParse({ amount: '200.00', date: '2026-05-11' }).success; // => true
 * FeePaymentSchema.safeParse({ amount: '0.00', date: '2026-05-11' }).success; // => false
 * FeePaymentSchema.safeParse({ amount: '200.00', date: '2026-05-11', paymentId: 'chk-1' }).success; // => true
 * FeePaymentSchema.safeParse({ amount: '200.00', date: '2026-05-11', paidOn: '2026-05-10' }).success; // => false
 * ```
 */
export const FeePaymentSchema = z.strictObject({
  /** The amount paid, positive. */
  amount: PositiveAmountSchema,
  /** The date it was received. */
  date: CalendarDateSchema,
  /** The currency of the amount; when given, it must be the schedule's. */
  currency: z.optional(CurrencyCodeSchema),
  /** Your id for the payment, 1-200 characters (a plan payment's `paymentId`); not used in the assessment. */
  paymentId: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
});

/**
 * A dated hardship period `{ start, end? }`: both days included, open-ended without `end`.
 *
 * @example
 * ```ts
 * import { HardshipPeriodSchema } from 'arrears/fees';
 * HardshipPeriodSchema.safeParse({ start: '2026-05-01', end: '2026-07-31' }).success; // => true
 * HardshipPeriodSchema.safeParse({ start: '2026-05-01', end: '2026-04-30' }).success; // => false
 * HardshipPeriodSchema.safeParse({ from: '2026-05-01' }).success; // => false
 * ```
 */
export const HardshipPeriodSchema = z.strictObject({
  /** The first day (included). */
  start: CalendarDateSchema,
  /** The last day (included); open-ended when absent. */
  end: z.optional(CalendarDateSchema),
}).check(z.superRefine((period, ctx) => {
  if (period.end !== undefined && period.end < period.start) {
    ctx.addIssue({ code: 'custom', message: `the period ends (${period.end}) before it starts (${period.start}).`, path: ['end'], params: arrearsIssue('INPUT_OUT_OF_RANGE'), input: period.end });
  }
}));

/** Hardship: the whole account (`true`) or dated periods. */
const HardshipSchema = z.union([z.boolean(), z.array(HardshipPeriodSchema).check(z.maxLength(1000))]);

/**
 * The input of {@link assessLateFees}: `{ schedule | plan, payments, policy, asOf, hardship? }`.
 * Exactly one of `schedule` (the fee module's own rows) and `plan` (the explicit adapter for
 * `arrears/plan`: a plan schedule from `buildSchedule`, or a plan state from `createPlanState`,
 * `applyPayment` or `reamortize`, parsed with that module's schemas). `hardship` without the
 * policy's hardship waiver is an error (it would change nothing); the waiver without `hardship`
 * waives nothing and the result warns (`FEES_HARDSHIP_UNKNOWN`).
 *
 * @example
 * ```ts
 * import { AssessLateFeesInputSchema } from 'arrears/fees';
 * AssessLateFeesInputSchema.safeParse({ schedule: { currency: 'USD', installments: [{ number: 1, dueDate: '2026-05-01', amount: '200.00' }] }, payments: [], policy: { amount: { type: 'flat', amount: '15.00' } }, asOf: '2026-06-01' }).success; // => true
 * AssessLateFeesInputSchema.safeParse({ payments: [], policy: { amount: { type: 'flat', amount: '15.00' } }, asOf: '2026-06-01' }).success; // => false
 * ```
 */
export const AssessLateFeesInputSchema = z.strictObject({
  /** The installments (or give `plan`). */
  schedule: z.optional(FeeScheduleSchema),
  /** A plan schedule or plan state of `arrears/plan` (or give `schedule`); checked with that module's schemas. */
  plan: z.optional(z.unknown()),
  /** The payments received (any order; those after `asOf` are ignored). Default: a plan state's own payment log, else none. */
  payments: z.optional(z.array(FeePaymentSchema).check(z.maxLength(MAX_PAYMENTS))),
  /** The policy. */
  policy: LateFeePolicySchema,
  /** The assessment date: fees are assessed up to and including it. */
  asOf: CalendarDateSchema,
  /** Hardship flag (`true`) or periods `{ start, end? }`; used by the `hardship` waiver. */
  hardship: z.optional(HardshipSchema),
}).check(z.superRefine((input, ctx) => {
  if ((input.schedule === undefined) === (input.plan === undefined)) {
    ctx.addIssue({
      code: 'custom',
      message: input.schedule === undefined ? 'give the installments as "schedule" or a plan as "plan".' : 'give "schedule" or "plan", not both.',
      path: [input.schedule === undefined ? 'schedule' : 'plan'],
      params: arrearsIssue(input.schedule === undefined ? 'INPUT_MISSING' : FeesErrorCodes.FEES_INVALID_SCHEDULE),
      input: undefined,
    });
  }
  // An option accepted and ignored is an error: hardship only matters to the hardship waiver.
  if (input.hardship !== undefined && input.hardship !== false && input.policy.waivers?.hardship !== true) {
    ctx.addIssue({
      code: 'custom',
      message: 'hardship is given, but the policy has no hardship waiver ("waivers.hardship": true), so it would change nothing.',
      path: ['hardship'],
      params: arrearsIssue(FeesErrorCodes.FEES_OPTION_WITHOUT_EFFECT),
      input: input.hardship,
    });
  }
}));

/**
 * The input of {@link lateFeeFor}: one installment, the policy, when it was paid in full
 * (`paidOn`, optional) and `asOf` (default: `paidOn`, else the first fee date). The installment
 * needs its `amount`; `number` defaults to 1; unknown keys are errors.
 *
 * @example
 * ```ts
 * import { LateFeeForInputSchema } from 'arrears/fees';
 * LateFeeForInputSchema.safeParse({ currency: 'USD', installment: { dueDate: '2026-05-01', amount: '200.00' }, policy: { amount: { type: 'flat', amount: '15.00' } } }).success; // => true
 * LateFeeForInputSchema.safeParse({ currency: 'USD', installment: { dueDate: '2026-05-01' }, policy: { amount: { type: 'flat', amount: '15.00' } } }).error?.issues[0]?.path; // => ['installment', 'amount']
 * ```
 */
export const LateFeeForInputSchema = z.strictObject({
  /** The currency. */
  currency: CurrencyCodeSchema,
  /** The installment (`number` defaults to 1); unknown keys are errors. */
  installment: z.strictObject({
    /** The installment number; default 1. */
    number: z.optional(InstallmentNumberSchema),
    ...installmentFields,
  }),
  /** The policy. */
  policy: LateFeePolicySchema,
  /** The date the installment was paid in full, if it was. */
  paidOn: z.optional(CalendarDateSchema),
  /** The assessment date; default `paidOn`, else the first fee date. */
  asOf: z.optional(CalendarDateSchema),
});

/**
 * The input of {@link firstLateFeeDate}: `{ dueDate, trigger }`.
 *
 * @example
 * ```ts
 * import { FirstLateFeeDateInputSchema } from 'arrears/fees';
 * FirstLateFeeDateInputSchema.safeParse({ dueDate: '2026-06-01', trigger: { graceDays: 5 } }).success; // => true
 * FirstLateFeeDateInputSchema.safeParse({ dueDate: '2026-06-01', trigger: { graceDays: 2, calendar: 'usFederal' } }).success; // => false
 * ```
 */
export const FirstLateFeeDateInputSchema = z.strictObject({
  /** The installment's due date. */
  dueDate: CalendarDateSchema,
  /** The grace period and how it is counted. */
  trigger: FeeTriggerSchema,
});
