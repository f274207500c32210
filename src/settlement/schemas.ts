import { z } from 'zod';
import { CalendarDateSchema, WeekendDaysSchema } from '../calendar/index.js';
import { AmountSchema, CurrencyCodeSchema, DecimalStringSchema, amountIn, isCurrencyCode } from '../money/index.js';
import { arrearsIssue } from '../internal/parse.js';
import { SettlementErrorCodes } from './codes.js';

/** The longest offer window, in days. @internal */
export const MAX_WINDOW_DAYS = 366;
/** The most installments any offer may have. @internal */
export const MAX_OFFER_INSTALLMENTS = 120;
/** The most months a default curve may cover. @internal */
export const MAX_CURVE_MONTHS = 600;

const DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;

/** Whether a plain decimal string is above an integer bound. @internal */
export function decimalAbove(value: string, bound: number): boolean {
  const [int = '0', frac = ''] = value.replace(/^-/, '').split('.');
  const whole = BigInt(int);
  return whole > BigInt(bound) || (whole === BigInt(bound) && /[1-9]/.test(frac));
}

function issue(ctx: z.RefinementCtx, code: string, message: string, input: unknown, path: Array<string | number> = []): void {
  ctx.addIssue({ code: 'custom', message, params: arrearsIssue(code), input, path });
}

function boundedDecimal(bound: number, code: string, what: string) {
  return DecimalStringSchema.check(z.superRefine((value, ctx) => {
    if (!DECIMAL.test(value)) return;
    if (value.startsWith('-') && /[1-9]/.test(value)) issue(ctx, code, `${JSON.stringify(value)} is negative; ${what} must be from 0 to ${bound}.`, value);
    else if (decimalAbove(value, bound)) issue(ctx, code, `${JSON.stringify(value)} is above ${bound}; ${what} must be from 0 to ${bound}.`, value);
  }));
}

/**
 * A percent from 0 to 100 as a decimal string (`'30'` is 30%, `'12.5'` is 12.5%). Negative
 * values and values above 100 fail with `SETTLEMENT_INVALID_PERCENT`.
 *
 * @example
 * ```ts
 * import { SettlementPercentSchema } from 'arrears/settlement';
 * SettlementPercentSchema.safeParse('30').success; // => true
 * SettlementPercentSchema.safeParse('120').success; // => false
 * SettlementPercentSchema.safeParse('-5').success; // => false
 * ```
 */
export const SettlementPercentSchema = boundedDecimal(100, SettlementErrorCodes.SETTLEMENT_INVALID_PERCENT, 'a percent');

/**
 * A probability from 0 to 1 as a decimal string (`'0.05'`). Anything else fails with
 * `SETTLEMENT_INVALID_PROBABILITY`.
 *
 * @example
 * ```ts
 * import { ProbabilitySchema } from 'arrears/settlement';
 * ProbabilitySchema.safeParse('0.05').success; // => true
 * ProbabilitySchema.safeParse('1.5').success; // => false
 * ```
 */
export const ProbabilitySchema = boundedDecimal(1, SettlementErrorCodes.SETTLEMENT_INVALID_PROBABILITY, 'a probability');

/**
 * An authority level's name, such as `'agent'` or `'supervisor'`: 1 to 40 letters, digits,
 * `-` or `_`.
 *
 * @example
 * ```ts
 * import { AuthorityLevelSchema } from 'arrears/settlement';
 * AuthorityLevelSchema.safeParse('supervisor').success; // => true
 * AuthorityLevelSchema.safeParse('').success; // => false
 * ```
 */
export const AuthorityLevelSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'an authority level is 1 to 40 letters, digits, "-" or "_"');

/**
 * The most discount a band allows, as a percent of the balance: one percent for every level,
 * or a record by authority level (`{ agent: '20', supervisor: '35' }`). A level missing from
 * the record allows what the level below it allows; the lowest level must be present.
 *
 * @example
 * ```ts
 * import { BandDiscountSchema } from 'arrears/settlement';
 * BandDiscountSchema.safeParse({ agent: '20', supervisor: '35' }).success; // => true
 * BandDiscountSchema.safeParse('101').success; // => false
 * ```
 */
export const BandDiscountSchema = z.union([SettlementPercentSchema, z.record(AuthorityLevelSchema, SettlementPercentSchema)]);

/**
 * One discount band: a range of ages (whole days, `minAgeDays` to `maxAgeDays` inclusive;
 * no `maxAgeDays` means no upper bound), optionally a range of balances (`minBalance`
 * inclusive to `balanceBelow` exclusive), and the most discount allowed there.
 *
 * @example
 * ```ts
 * import { DiscountBandSchema } from 'arrears/settlement';
 * DiscountBandSchema.safeParse({ minAgeDays: 180, discountPercent: '30' }).success; // => true
 * DiscountBandSchema.safeParse({ minAgeDays: -1, discountPercent: '30' }).success; // => false
 * ```
 */
export const DiscountBandSchema = z.strictObject({
  /** The youngest age (days since delinquency or charge-off) in the band, inclusive. */
  minAgeDays: z.int().min(0).max(100_000),
  /** The oldest age in the band, inclusive; absent for the last band. */
  maxAgeDays: z.int().min(0).max(100_000).optional(),
  /** The smallest balance in the band, inclusive (default `'0'`). */
  minBalance: z.optional(AmountSchema),
  /** The balance the band stops below (exclusive); absent for the last balance tier. */
  balanceBelow: z.optional(AmountSchema),
  /** The most discount allowed, as a percent of the balance. */
  discountPercent: BandDiscountSchema,
});

/**
 * A business calendar as JSON: `'usFederal'` (US federal holidays, observed dates),
 * `'weekendsOnly'`, or `{ name, holidays, weekendDays? }` for a custom one.
 *
 * @example
 * ```ts
 * import { SettlementCalendarSchema } from 'arrears/settlement';
 * SettlementCalendarSchema.safeParse('usFederal').success; // => true
 * SettlementCalendarSchema.safeParse({ name: 'Office', holidays: ['2026-12-24'] }).success; // => true
 * ```
 */
export const SettlementCalendarSchema = z.union([
  z.enum(['usFederal', 'weekendsOnly']),
  z.strictObject({
    /** A name for messages. */
    name: z.string().min(1).max(100),
    /** The holiday dates. */
    holidays: z.array(CalendarDateSchema).max(100_000),
    /** The weekend days (ISO 1-7); default Saturday and Sunday. */
    weekendDays: z.optional(WeekendDaysSchema),
  }),
]);

/**
 * How long an offer stays open: `days` (1 to 366) of `dayType` `'calendar'` (default) or
 * `'business'` counted with `calendar` (default `'usFederal'`).
 *
 * @example
 * ```ts
 * import { OfferWindowSchema } from 'arrears/settlement';
 * OfferWindowSchema.safeParse({ days: 30 }).success; // => true
 * OfferWindowSchema.safeParse({ days: 0 }).success; // => false
 * ```
 */
export const OfferWindowSchema = z.strictObject({
  /** The number of days; at least 1. */
  days: z.int().min(1).max(MAX_WINDOW_DAYS),
  /** Calendar days (default) or business days. */
  dayType: z.enum(['calendar', 'business']).optional(),
  /** The calendar for business days (default `'usFederal'`). */
  calendar: SettlementCalendarSchema.optional(),
});

/** The frequencies an offer's plan may use. @internal */
export const OFFER_FREQUENCIES = ['weekly', 'biweekly', 'semiMonthly', 'monthly'] as const;

/**
 * The terms of a plan offer: at most `maxInstallments` installments (1-120), each at least
 * `minInstallment` (the last, a remainder, excepted), every `frequency` (default `'monthly'`).
 * `settlementPlan` also takes `discountScalePercent` (default `'100'`: the share of the
 * lump-sum discount it gets); `fullBalancePlan` also takes `annualRate` (a decimal fraction,
 * default `'0'`). Each refuses the other's key: an option it would ignore is an error.
 *
 * @example
 * ```ts
 * import { PlanOfferPolicySchema } from 'arrears/settlement';
 * PlanOfferPolicySchema.safeParse({ maxInstallments: 6, minInstallment: '50.00' }).success; // => true
 * PlanOfferPolicySchema.safeParse({ maxInstallments: 0 }).success; // => false
 * ```
 */
export const PlanOfferPolicySchema = z.strictObject({
  /** The most installments. */
  maxInstallments: z.int().min(1).max(MAX_OFFER_INSTALLMENTS),
  /** The smallest regular installment. */
  minInstallment: z.optional(AmountSchema),
  /** How often installments fall due (default `'monthly'`). */
  frequency: z.enum(OFFER_FREQUENCIES).optional(),
});

/**
 * The settlement-in-installments offer: {@link PlanOfferPolicySchema} plus
 * `discountScalePercent` (default `'100'`), the share of the lump-sum discount it gets.
 *
 * @example
 * ```ts
 * import { SettlementPlanOfferSchema } from 'arrears/settlement';
 * SettlementPlanOfferSchema.safeParse({ maxInstallments: 3, discountScalePercent: '50' }).success; // => true
 * SettlementPlanOfferSchema.safeParse({ maxInstallments: 3, annualRate: '0.2' }).success; // => false
 * ```
 */
export const SettlementPlanOfferSchema = PlanOfferPolicySchema.extend({
  /** The share of the lump-sum discount it gets, in percent (default 100). */
  discountScalePercent: z.optional(SettlementPercentSchema),
});

/**
 * The full-balance plan offer: {@link PlanOfferPolicySchema} plus `annualRate` (a decimal
 * fraction, default `'0'`), the interest it charges.
 *
 * @example
 * ```ts
 * import { FullBalancePlanOfferSchema } from 'arrears/settlement';
 * FullBalancePlanOfferSchema.safeParse({ maxInstallments: 12, annualRate: '0.05' }).success; // => true
 * FullBalancePlanOfferSchema.safeParse({ maxInstallments: 12, discountScalePercent: '50' }).success; // => false
 * ```
 */
export const FullBalancePlanOfferSchema = PlanOfferPolicySchema.extend({
  /** The annual interest rate as a decimal fraction (default `'0'`). */
  annualRate: z.optional(DecimalStringSchema),
});

/**
 * Authority limits for one role, set once for the whole policy: the deepest discount the role
 * may give (`maxDiscountPercent`, whatever the band allows) and the most it may forgive
 * (`maxForgiven`).
 *
 * @example
 * ```ts
 * import { AuthorityLimitSchema } from 'arrears/settlement';
 * AuthorityLimitSchema.safeParse({ maxDiscountPercent: '20', maxForgiven: '500.00' }).success; // => true
 * AuthorityLimitSchema.safeParse({}).success; // => false
 * ```
 */
export const AuthorityLimitSchema = z
  .strictObject({
    /** The deepest discount the role may give, as a percent of the balance. */
    maxDiscountPercent: z.optional(SettlementPercentSchema),
    /** The most the role may forgive. */
    maxForgiven: z.optional(AmountSchema),
  })
  .refine((v) => v.maxDiscountPercent !== undefined || v.maxForgiven !== undefined, { message: 'give "maxDiscountPercent", "maxForgiven" or both.', params: arrearsIssue('INPUT_INVALID_VALUE') });

/**
 * The caller's own default model, for expected recovery: `monthlyDefaultProbabilities` (the
 * probability a debtor still paying at the start of month k stops during it),
 * `monthlyDefaultProbability` (one constant monthly rate, for any number of months) or
 * `survival` (the probability the debtor is still paying at the end of month k,
 * non-increasing). The library invents no curve: a list must cover the longest offer.
 *
 * @example
 * ```ts
 * import { DefaultModelSchema } from 'arrears/settlement';
 * DefaultModelSchema.safeParse({ monthlyDefaultProbabilities: ['0.1', '0.1'] }).success; // => true
 * DefaultModelSchema.safeParse({ monthlyDefaultProbability: '0.05' }).success; // => true
 * DefaultModelSchema.safeParse({ survival: ['0.9', '0.95'] }).success; // => false
 * ```
 */
export const DefaultModelSchema = z.union([
  z.strictObject({
    /** Month k's probability of default, k = 1, 2, ... */
    monthlyDefaultProbabilities: z.array(ProbabilitySchema).min(1).max(MAX_CURVE_MONTHS),
  }),
  z.strictObject({
    /** One probability of default for every month: survival after k months is `(1 - p)^k`, for any number of months. */
    monthlyDefaultProbability: ProbabilitySchema,
  }),
  z.strictObject({
    /** The probability of still paying at the end of month k, k = 1, 2, ...; non-increasing. */
    survival: z
      .array(ProbabilitySchema)
      .min(1)
      .max(MAX_CURVE_MONTHS)
      .superRefine((values, ctx) => {
        for (let k = 1; k < values.length; k += 1) {
          const prev = values[k - 1] as string;
          const cur = values[k] as string;
          if (DECIMAL.test(prev) && DECIMAL.test(cur) && compareDecimalStrings(cur, prev) > 0) {
            issue(ctx, SettlementErrorCodes.SETTLEMENT_INVALID_PROBABILITY, `survival must not increase, but month ${k + 1} (${cur}) is above month ${k} (${prev}).`, cur, [k]);
          }
        }
      }),
  }),
]);

/** Compares two non-negative decimal strings exactly. @internal */
export function compareDecimalStrings(a: string, b: string): number {
  const [ai = '0', af = ''] = a.split('.');
  const [bi = '0', bf = ''] = b.split('.');
  const width = Math.max(af.length, bf.length);
  const x = BigInt(ai + af.padEnd(width, '0'));
  const y = BigInt(bi + bf.padEnd(width, '0'));
  return x === y ? 0 : x > y ? 1 : -1;
}

/**
 * Which parts of the balance a discount forgives first: a permutation of `'fees'`,
 * `'interest'` and `'principal'` (default `['fees', 'interest', 'principal']`).
 *
 * @example
 * ```ts
 * import { ForgivenessOrderSchema } from 'arrears/settlement';
 * ForgivenessOrderSchema.safeParse(['interest', 'fees', 'principal']).success; // => true
 * ForgivenessOrderSchema.safeParse(['fees', 'fees', 'principal']).success; // => false
 * ```
 */
export const ForgivenessOrderSchema = z
  .array(z.enum(['fees', 'interest', 'principal']))
  .length(3)
  .refine((order) => new Set(order).size === 3, { message: 'list each of fees, interest and principal once', params: arrearsIssue('INPUT_INVALID_VALUE') });

/**
 * A settlement policy, plain JSON: discount bands by age and balance, a floor, authority
 * levels, plan limits, the offer window, a discount rate for present value, an optional
 * default model and no-settlement estimate for expected recovery, the forgiveness order, a
 * maximum forgiven amount, rounding, and the disclosures each jurisdiction requires for
 * time-barred debt.
 *
 * Checked: percents in 0..100, bands that tile ages from 0 up and, within each age range,
 * balances from 0 up (no overlap, no gap), authority that never shrinks with level, amounts in
 * the currency's minor unit when `currency` is given.
 *
 * @example
 * ```ts
 * import { SettlementPolicySchema } from 'arrears/settlement';
 * const policy = { bands: [{ minAgeDays: 0, maxAgeDays: 179, discountPercent: '10' }, { minAgeDays: 180, discountPercent: '30' }], floor: { minPercent: '60' }, offerWindow: { days: 30 } };
 * SettlementPolicySchema.safeParse(policy).success; // => true
 * SettlementPolicySchema.safeParse({ ...policy, bands: [{ minAgeDays: 0, maxAgeDays: 179, discountPercent: '10' }, { minAgeDays: 200, discountPercent: '30' }] }).success; // => false
 * ```
 */
export const SettlementPolicySchema = z
  .strictObject({
    /** The currency the policy's amounts are in; when given it must be the account's. */
    currency: z.optional(CurrencyCodeSchema),
    /** What the debt's age counts from: `'delinquency'` (default) or `'chargeOff'`. */
    ageFrom: z.enum(['delinquency', 'chargeOff']).optional(),
    /** The discount bands. */
    bands: z.array(DiscountBandSchema).min(1).max(1000),
    /** The floor: the settlement is never below `minPercent` of the balance nor `minAmount`. */
    floor: z
      .strictObject({
        /** The smallest settlement as a percent of the balance (default 0). */
        minPercent: z.optional(SettlementPercentSchema),
        /** The smallest settlement amount. */
        minAmount: z.optional(AmountSchema),
      })
      .optional(),
    /** The authority levels, lowest first (default `['agent', 'supervisor']`). */
    authorityLevels: z.array(AuthorityLevelSchema).min(1).max(10).optional(),
    /** Also offer the deepest discount the highest level allows, marked as needing approval (default false). */
    includeApprovalOffers: z.boolean().optional(),
    /** The authority limits of each role (`{ agent: { maxDiscountPercent: '20' } }`), set once for every band; a role not listed has no limit of its own. */
    authority: z.record(AuthorityLevelSchema, AuthorityLimitSchema).optional(),
    /** The settlement-in-installments offer (default `{ maxInstallments: 3 }`). */
    settlementPlan: SettlementPlanOfferSchema.optional(),
    /** The full-balance plan offer (default `{ maxInstallments: 12 }`). */
    fullBalancePlan: FullBalancePlanOfferSchema.optional(),
    /** How long an offer stays open. */
    offerWindow: OfferWindowSchema,
    /** The creditor's annual discount rate as a decimal fraction (`'0.12'`), compounded monthly; default `'0'`. */
    annualDiscountRate: z.optional(DecimalStringSchema),
    /** The caller's default model, for expected recovery; without it expected recovery is `null`. */
    defaultModel: DefaultModelSchema.optional(),
    /** The caller's estimate of what the account recovers without a settlement (present value). */
    recoveryWithoutSettlement: z.optional(AmountSchema),
    /** Which parts of the balance are forgiven first (default fees, interest, principal). */
    forgivenessOrder: ForgivenessOrderSchema.optional(),
    /** The most any offer may forgive. */
    maxForgiven: z.optional(AmountSchema),
    /** Settlement amounts are rounded up to a multiple of this (default the minor unit; `'1'` for whole units). */
    roundingIncrement: z.optional(AmountSchema),
    /** The information-return threshold (default `'600.00'` for USD, 26 U.S.C. 6050P; none for other currencies). */
    informationReturnThreshold: z.optional(AmountSchema),
    /** What the threshold is compared with: the whole forgiven amount (default) or its principal part only. */
    informationReturnBasis: z.enum(['forgiven', 'principal']).optional(),
    /** For time-barred debt: the disclosure keys each jurisdiction requires (`{ NY: ['ny-time-barred-notice'] }`). */
    timeBarredDisclosures: z.record(z.string().min(1).max(40), z.array(z.string().min(1).max(100)).max(50)).optional(),
  })
  .superRefine((policy, ctx) => {
    checkBands(policy.bands, ctx);
    const levels = policy.authorityLevels ?? ['agent', 'supervisor'];
    if (new Set(levels).size !== levels.length) {
      issue(ctx, SettlementErrorCodes.SETTLEMENT_INCONSISTENT_AUTHORITY, 'each authority level must appear once.', levels, ['authorityLevels']);
      return;
    }
    policy.bands.forEach((band, i) => {
      const d = band.discountPercent;
      if (typeof d === 'string') return;
      for (const key of Object.keys(d)) {
        if (!levels.includes(key)) issue(ctx, SettlementErrorCodes.SETTLEMENT_INCONSISTENT_AUTHORITY, `"${key}" is not one of the authority levels (${levels.join(', ')}).`, key, ['bands', i, 'discountPercent', key]);
      }
      if (d[levels[0] as string] === undefined) issue(ctx, SettlementErrorCodes.SETTLEMENT_INCONSISTENT_AUTHORITY, `the lowest authority level "${levels[0] as string}" needs a discount.`, d, ['bands', i, 'discountPercent']);
      let previous: string | undefined;
      for (const level of levels) {
        const value = d[level];
        if (value === undefined || !DECIMAL.test(value)) continue;
        if (previous !== undefined && compareDecimalStrings(value.replace(/^-/, ''), previous) < 0) {
          issue(ctx, SettlementErrorCodes.SETTLEMENT_INCONSISTENT_AUTHORITY, `"${level}" allows ${value}%, less than the level below it (${previous}%); a higher level must allow at least as much.`, value, ['bands', i, 'discountPercent', level]);
        }
        previous = value.replace(/^-/, '');
      }
    });
    checkAuthority(policy.authority, levels, ctx);
    const currency = policy.currency;
    const amounts: Array<[string | undefined, Array<string | number>, boolean]> = [
      [policy.floor?.minAmount, ['floor', 'minAmount'], false],
      [policy.settlementPlan?.minInstallment, ['settlementPlan', 'minInstallment'], true],
      [policy.fullBalancePlan?.minInstallment, ['fullBalancePlan', 'minInstallment'], true],
      [policy.recoveryWithoutSettlement, ['recoveryWithoutSettlement'], false],
      [policy.maxForgiven, ['maxForgiven'], false],
      [policy.roundingIncrement, ['roundingIncrement'], true],
      [policy.informationReturnThreshold, ['informationReturnThreshold'], false],
    ];
    for (const [level, limit] of Object.entries(policy.authority ?? {})) amounts.push([limit.maxForgiven, ['authority', level, 'maxForgiven'], false]);
    policy.bands.forEach((band, i) => {
      amounts.push([band.minBalance, ['bands', i, 'minBalance'], false], [band.balanceBelow, ['bands', i, 'balanceBelow'], true]);
    });
    for (const [value, path, positive] of amounts) checkAmount(ctx, value, path, positive, currency);
    const rate = policy.fullBalancePlan?.annualRate;
    if (rate !== undefined && DECIMAL.test(rate) && ((rate.startsWith('-') && /[1-9]/.test(rate)) || decimalAbove(rate, 10))) {
      issue(ctx, SettlementErrorCodes.SETTLEMENT_INVALID_PERCENT, `${JSON.stringify(rate)} is not an annual rate from 0 to 10 (a decimal fraction: "0.12" is 12%).`, rate, ['fullBalancePlan', 'annualRate']);
    }
    const window = policy.offerWindow;
    if (window.calendar !== undefined && window.dayType !== 'business') {
      issue(ctx, 'INPUT_INVALID_VALUE', 'a calendar only counts business days: set "dayType": "business" or leave "calendar" out (it would change nothing).', window.calendar, ['offerWindow', 'calendar']);
    }
    const r = policy.annualDiscountRate;
    if (r !== undefined && DECIMAL.test(r) && ((r.startsWith('-') && /[1-9]/.test(r)) || decimalAbove(r, 10))) {
      issue(ctx, SettlementErrorCodes.SETTLEMENT_INVALID_PERCENT, `${JSON.stringify(r)} is not an annual rate from 0 to 10 (a decimal fraction: "0.12" is 12%).`, r, ['annualDiscountRate']);
    }
  });

/** Authority limits: every role named is a level, and a higher level never allows less than a lower one. */
function checkAuthority(authority: Record<string, { maxDiscountPercent?: string | undefined; maxForgiven?: string | undefined }> | undefined, levels: readonly string[], ctx: z.RefinementCtx): void {
  if (authority === undefined) return;
  for (const key of Object.keys(authority)) {
    if (!levels.includes(key)) issue(ctx, SettlementErrorCodes.SETTLEMENT_INCONSISTENT_AUTHORITY, `"${key}" is not one of the authority levels (${levels.join(', ')}).`, key, ['authority', key]);
  }
  for (const field of ['maxDiscountPercent', 'maxForgiven'] as const) {
    let limited: string | undefined;
    let unlimitedBelow: string | undefined;
    for (const level of levels) {
      const value = authority[level]?.[field];
      if (value === undefined) {
        // A level without a limit of its own allows what the policy allows: more than any limit.
        unlimitedBelow ??= level;
        continue;
      }
      if (!DECIMAL.test(value)) continue;
      if (unlimitedBelow !== undefined) {
        issue(ctx, SettlementErrorCodes.SETTLEMENT_INCONSISTENT_AUTHORITY, `"${level}" has a ${field} but "${unlimitedBelow}", a lower level, has none (no limit); a lower level may never allow more.`, value, ['authority', level, field]);
        return;
      }
      if (limited !== undefined && compareDecimalStrings(value.replace(/^-/, ''), limited) < 0) {
        issue(ctx, SettlementErrorCodes.SETTLEMENT_INCONSISTENT_AUTHORITY, `"${level}" allows ${field} ${value}, less than the level below it (${limited}); a higher level must allow at least as much.`, value, ['authority', level, field]);
      }
      limited = value.replace(/^-/, '');
    }
  }
}

/** Checks a non-negative (or positive) amount, in the currency's minor unit when known. */
function checkAmount(ctx: z.RefinementCtx, value: string | undefined, path: Array<string | number>, positive: boolean, currency: string | undefined): void {
  if (value === undefined || !DECIMAL.test(value)) return;
  const zero = !/[1-9]/.test(value);
  if (value.startsWith('-') && !zero) {
    issue(ctx, SettlementErrorCodes.SETTLEMENT_INVALID_AMOUNT, `${JSON.stringify(value)} is negative; it must be zero or more.`, value, path);
  } else if (positive && zero) {
    issue(ctx, SettlementErrorCodes.SETTLEMENT_INVALID_AMOUNT, `${JSON.stringify(value)} must be more than zero.`, value, path);
  } else if (currency !== undefined && isCurrencyCode(currency) && !amountIn(currency).safeParse(value).success) {
    issue(ctx, SettlementErrorCodes.SETTLEMENT_INVALID_AMOUNT, `${JSON.stringify(value)} has more decimals than ${currency} allows.`, value, path);
  }
}

interface BandLike {
  readonly minAgeDays: number;
  readonly maxAgeDays?: number | undefined;
  readonly minBalance?: string | undefined;
  readonly balanceBelow?: string | undefined;
}

/** Bands must tile ages [0, inf) and, within each age range, balances [0, inf). */
function checkBands(bands: readonly BandLike[], ctx: z.RefinementCtx): void {
  const fail = (message: string, index: number, field: string): void => {
    issue(ctx, SettlementErrorCodes.SETTLEMENT_INCONSISTENT_BANDS, message, bands[index], ['bands', index, field]);
  };
  for (const [i, b] of bands.entries()) {
    if (b.maxAgeDays !== undefined && b.maxAgeDays < b.minAgeDays) return fail(`maxAgeDays ${b.maxAgeDays} is below minAgeDays ${b.minAgeDays}.`, i, 'maxAgeDays');
    if (b.balanceBelow !== undefined && DECIMAL.test(b.balanceBelow) && compareDecimalStrings(b.balanceBelow.replace(/^-/, ''), (b.minBalance ?? '0').replace(/^-/, '')) <= 0) {
      return fail(`balanceBelow ${b.balanceBelow} must be above minBalance ${b.minBalance ?? '0'}.`, i, 'balanceBelow');
    }
  }
  // Group by age range.
  const rows = new Map<string, number[]>();
  for (const [i, b] of bands.entries()) {
    const key = `${b.minAgeDays}:${b.maxAgeDays ?? ''}`;
    rows.set(key, [...(rows.get(key) ?? []), i]);
  }
  const ranges = [...rows.values()].map((idx) => idx[0] as number).sort((a, b) => (bands[a] as BandLike).minAgeDays - (bands[b] as BandLike).minAgeDays);
  let expected = 0;
  for (const [k, i] of ranges.entries()) {
    const b = bands[i] as BandLike;
    if (b.minAgeDays < expected) return fail(`the age range from ${b.minAgeDays} days overlaps the band before it (which covers up to ${expected - 1} days).`, i, 'minAgeDays');
    if (b.minAgeDays > expected) return fail(`no band covers ages ${expected} to ${b.minAgeDays - 1} days; bands must cover every age from 0 without gaps.`, i, 'minAgeDays');
    if (b.maxAgeDays === undefined) {
      if (k !== ranges.length - 1) return fail('only the oldest band may leave maxAgeDays open.', i, 'maxAgeDays');
      expected = Number.POSITIVE_INFINITY;
    } else {
      expected = b.maxAgeDays + 1;
    }
  }
  if (expected !== Number.POSITIVE_INFINITY) return fail(`ages above ${expected - 1} days are not covered: leave maxAgeDays out of the oldest band.`, ranges[ranges.length - 1] as number, 'maxAgeDays');
  for (const idx of rows.values()) {
    const sorted = [...idx].sort((a, b) => compareDecimalStrings(strip((bands[a] as BandLike).minBalance ?? '0'), strip((bands[b] as BandLike).minBalance ?? '0')));
    let next: string | undefined = '0';
    for (const i of sorted) {
      const b = bands[i] as BandLike;
      const min = strip(b.minBalance ?? '0');
      if (!DECIMAL.test(min)) return;
      if (next === undefined) return fail(`the balance tier from ${min} overlaps a tier with no upper bound in the same age range.`, i, 'minBalance');
      const c = compareDecimalStrings(min, next);
      if (c < 0) return fail(`the balance tier from ${min} overlaps the tier before it (which runs below ${next}).`, i, 'minBalance');
      if (c > 0) return fail(`no tier covers balances from ${next} below ${min}; tiers must cover every balance from 0 without gaps.`, i, 'minBalance');
      next = b.balanceBelow === undefined ? undefined : strip(b.balanceBelow);
    }
    if (next !== undefined) return fail(`balances of ${next} and more are not covered: leave balanceBelow out of the highest tier.`, sorted[sorted.length - 1] as number, 'balanceBelow');
  }
}

function strip(value: string): string {
  return value.replace(/^-/, '');
}

/**
 * The account to settle: its currency, the balance in parts (principal, interest, fees), the
 * dates its age counts from, and the conditions that block offers: an open bankruptcy, a
 * dispute not yet verified, a fraud claim, a deceased debtor without an estate contact, or a
 * time-barred debt (with the jurisdiction and the disclosure keys the offer will carry).
 *
 * @example
 * ```ts
 * import { SettlementAccountSchema } from 'arrears/settlement';
 * SettlementAccountSchema.safeParse({ currency: 'USD', principal: '1000.00', delinquencyDate: '2025-06-01' }).success; // => true
 * SettlementAccountSchema.safeParse({ currency: 'USD', principal: '-1.00', delinquencyDate: '2025-06-01' }).success; // => false
 * ```
 */
export const SettlementAccountSchema = z
  .strictObject({
    /** The caller's reference for the account (not used in calculations). */
    id: z.string().max(200).optional(),
    /** An ISO 4217 code. */
    currency: CurrencyCodeSchema,
    /** The principal owed. */
    principal: AmountSchema,
    /** The interest owed (default 0). */
    interest: z.optional(AmountSchema),
    /** The fees owed (default 0). */
    fees: z.optional(AmountSchema),
    /** The date of first delinquency. */
    delinquencyDate: CalendarDateSchema,
    /** The charge-off date, when charged off. */
    chargeOffDate: z.optional(CalendarDateSchema),
    /** An open bankruptcy case (the automatic stay, 11 U.S.C. 362(a)). */
    bankruptcy: z.boolean().optional(),
    /** A dispute: `'unverified'` (open, verification not yet sent) blocks offers; `'verified'` or `'none'` does not. */
    dispute: z.enum(['none', 'unverified', 'verified']).optional(),
    /** An unresolved claim that the debt is not the debtor's (fraud, identity theft). */
    fraudClaim: z.boolean().optional(),
    /** The debtor has died. */
    deceased: z.boolean().optional(),
    /** Someone authorized to act for the estate has been identified. */
    estateContact: z.boolean().optional(),
    /** The statute of limitations has expired (12 CFR 1006.26(a)(2)). */
    timeBarred: z.boolean().optional(),
    /** The jurisdiction whose law applies (a key of the policy's `timeBarredDisclosures`). */
    jurisdiction: z.string().min(1).max(40).optional(),
    /** The disclosure keys the communication carrying the offer includes. */
    disclosureKeys: z.array(z.string().min(1).max(100)).max(50).optional(),
  })
  .superRefine((account, ctx) => {
    for (const key of ['principal', 'interest', 'fees'] as const) checkAmount(ctx, account[key], [key], false, account.currency);
    if (account.chargeOffDate !== undefined && account.chargeOffDate < account.delinquencyDate) {
      issue(ctx, 'INPUT_INVALID_VALUE', `the charge-off date ${account.chargeOffDate} is before the delinquency date ${account.delinquencyDate}.`, account.chargeOffDate, ['chargeOffDate']);
    }
  });

/**
 * What the debtor can pay: monthly income and essential expenses (income minus expenses is the
 * monthly capacity), and optionally funds available now for a lump sum. Amounts are in the
 * account's currency.
 *
 * @example
 * ```ts
 * import { DebtorFinancesSchema } from 'arrears/settlement';
 * DebtorFinancesSchema.safeParse({ monthlyIncome: '2500.00', monthlyExpenses: '2200.00' }).success; // => true
 * DebtorFinancesSchema.safeParse({ monthlyIncome: 2500 }).success; // => false
 * ```
 */
export const DebtorFinancesSchema = z.strictObject({
  /** Monthly income after tax. */
  monthlyIncome: AmountSchema,
  /** Monthly essential expenses. */
  monthlyExpenses: AmountSchema,
  /** Money available now for a lump sum (default 0). */
  availableFunds: z.optional(AmountSchema),
});

/**
 * The input of `settlementOffers`: the account, the policy, the date of the offer and,
 * optionally, the debtor's finances and the authority level of whoever makes the offer
 * (default the lowest level).
 *
 * @example
 * ```ts
 * import { SettlementOffersInputSchema } from 'arrears/settlement';
 * SettlementOffersInputSchema.safeParse({ account: {}, policy: {}, asOf: '2026-01-15' }).success; // => false
 * ```
 */
export const SettlementOffersInputSchema = z.strictObject({
  /** The account. */
  account: SettlementAccountSchema,
  /** The policy. */
  policy: SettlementPolicySchema,
  /** The date of the offer. */
  asOf: CalendarDateSchema,
  /** The debtor's finances, for the affordability check. */
  debtor: DebtorFinancesSchema.optional(),
  /** The authority level of whoever makes the offer (default the lowest). */
  level: AuthorityLevelSchema.optional(),
});

/**
 * A counter-offer from the debtor: the total `amount` they propose to pay, in `installments`
 * (default 1: a lump sum), and, when they say when, the date of the (first) payment
 * (`firstDueDate`: their pay-by date) and how often the installments fall due (`frequency`).
 * The answer keeps the debtor's own dates wherever the policy allows them.
 *
 * @example
 * ```ts
 * import { CounterOfferSchema } from 'arrears/settlement';
 * CounterOfferSchema.safeParse({ amount: '650.00' }).success; // => true
 * CounterOfferSchema.safeParse({ amount: '650.00', installments: 3, firstDueDate: '2026-02-05', frequency: 'biweekly' }).success; // => true
 * CounterOfferSchema.safeParse({ amount: '0' }).success; // => false
 * ```
 */
export const CounterOfferSchema = z
  .strictObject({
    /** The total the debtor proposes to pay. */
    amount: AmountSchema,
    /** In how many installments (default 1). */
    installments: z.int().min(1).max(MAX_OFFER_INSTALLMENTS).optional(),
    /** The debtor's date for the (first) payment: their pay-by date (default the offer's expiry date). */
    firstDueDate: z.optional(CalendarDateSchema),
    /** How often the debtor's installments fall due (default the policy's plan frequency). */
    frequency: z.enum(OFFER_FREQUENCIES).optional(),
  })
  .superRefine((counter, ctx) => checkAmount(ctx, counter.amount, ['amount'], true, undefined));

/**
 * The context of `evaluateCounterOffer`: the account, policy, date, optional debtor finances and
 * the evaluator's authority level (default the lowest).
 *
 * @example
 * ```ts
 * import { CounterOfferContextSchema } from 'arrears/settlement';
 * CounterOfferContextSchema.safeParse({ asOf: '2026-01-15' }).success; // => false
 * ```
 */
export const CounterOfferContextSchema = SettlementOffersInputSchema.extend({});

/**
 * Settlement terms to check against a policy with `validateSettlementTerms`: the account and
 * the date of the terms, who makes them (`level`, default the policy's lowest authority level;
 * terms approved by a supervisor name `'supervisor'`), and what the debtor agrees to pay:
 * `amount` in total, in `installments` (default 1: a lump sum) every `frequency` (default
 * `'monthly'`), the first (or only) payment due on `firstDueDate`. `kind` says which of the
 * policy's offers the terms are (`'lumpSum'`, `'settlementPlan'` or `'fullBalancePlan'`); left
 * out, one installment is a lump sum, several paying at least the balance a full-balance plan,
 * and several paying less a settlement plan.
 *
 * Checked here (malformed input): the amount is more than zero and in the account currency's
 * minor unit, a lump sum has one installment, and the first payment is not before `asOf`.
 *
 * @example
 * ```ts
 * import { SettlementTermsSchema } from 'arrears/settlement';
 * const account = { currency: 'USD', principal: '1000.00', delinquencyDate: '2025-07-01' };
 * SettlementTermsSchema.safeParse({ account, asOf: '2026-01-17', amount: '700.00' }).success; // => true
 * SettlementTermsSchema.safeParse({ account, asOf: '2026-01-17', amount: '700.001' }).success; // => false
 * SettlementTermsSchema.safeParse({ account, asOf: '2026-01-17', amount: '700.00', kind: 'lumpSum', installments: 3 }).success; // => false
 * ```
 */
export const SettlementTermsSchema = z
  .strictObject({
    /** The account settled. */
    account: SettlementAccountSchema,
    /** The date of the terms (the offer or the agreement). */
    asOf: CalendarDateSchema,
    /** The authority level of whoever makes or approved the terms (default the lowest). */
    level: AuthorityLevelSchema.optional(),
    /** Which of the policy's offers the terms are; inferred when left out. */
    kind: z.enum(['lumpSum', 'settlementPlan', 'fullBalancePlan']).optional(),
    /** What the debtor pays in total. */
    amount: AmountSchema,
    /** In how many payments (default 1). */
    installments: z.int().min(1).max(MAX_OFFER_INSTALLMENTS).optional(),
    /** How often installments fall due (default `'monthly'`). */
    frequency: z.enum(OFFER_FREQUENCIES).optional(),
    /** The due date of the first (or only) payment. */
    firstDueDate: z.optional(CalendarDateSchema),
  })
  .superRefine((terms, ctx) => {
    checkAmount(ctx, terms.amount, ['amount'], true, terms.account.currency);
    if (terms.kind === 'lumpSum' && terms.installments !== undefined && terms.installments > 1) {
      issue(ctx, 'INPUT_INVALID_VALUE', `a lump sum is one payment, not ${terms.installments}; use kind "settlementPlan" or "fullBalancePlan".`, terms.installments, ['installments']);
    }
    if (terms.firstDueDate !== undefined && terms.firstDueDate < terms.asOf) {
      issue(ctx, 'INPUT_INVALID_VALUE', `the first payment (${terms.firstDueDate}) is due before the terms are made (${terms.asOf}).`, terms.firstDueDate, ['firstDueDate']);
    }
  });

/**
 * What the debtor says they can pay: `monthlyAmount` each month (a weekly installment counts
 * 52/12 times a month), `availableNow` for a lump sum (default 0), and from when
 * (`firstDueDate`, default the offer's expiry date). Amounts in the account's currency.
 *
 * @example
 * ```ts
 * import { DebtorBudgetSchema } from 'arrears/settlement';
 * DebtorBudgetSchema.safeParse({ monthlyAmount: '150.00', firstDueDate: '2026-02-05' }).success; // => true
 * DebtorBudgetSchema.safeParse({ monthlyAmount: '-1.00' }).success; // => false
 * ```
 */
export const DebtorBudgetSchema = z
  .strictObject({
    /** What the debtor can pay each month. */
    monthlyAmount: AmountSchema,
    /** What the debtor can pay at once now, for a lump sum (default 0). */
    availableNow: z.optional(AmountSchema),
    /** The date of the debtor's first payment (default the offer's expiry date). */
    firstDueDate: z.optional(CalendarDateSchema),
  })
  .superRefine((budget, ctx) => {
    checkAmount(ctx, budget.monthlyAmount, ['monthlyAmount'], false, undefined);
    checkAmount(ctx, budget.availableNow, ['availableNow'], false, undefined);
  });

/**
 * The input of `offersWithinBudget`: the account, the policy, the date, the debtor's `budget`
 * and the authority level of whoever negotiates (default the lowest).
 *
 * @example
 * ```ts
 * import { BudgetOffersInputSchema } from 'arrears/settlement';
 * BudgetOffersInputSchema.safeParse({ account: {}, policy: {}, asOf: '2026-01-15', budget: { monthlyAmount: '100.00' } }).success; // => false
 * ```
 */
export const BudgetOffersInputSchema = z.strictObject({
  /** The account. */
  account: SettlementAccountSchema,
  /** The policy. */
  policy: SettlementPolicySchema,
  /** The date of the negotiation. */
  asOf: CalendarDateSchema,
  /** What the debtor says they can pay, and from when. */
  budget: DebtorBudgetSchema,
  /** The authority level of whoever negotiates (default the lowest). */
  level: AuthorityLevelSchema.optional(),
});
