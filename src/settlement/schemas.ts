import * as z from 'zod/mini';
import { CalendarDateSchema, CalendarSpecSchema } from '../calendar/index.js';
import { CurrencyCodeSchema, DecimalStringSchema, NonNegativeAmountSchema, PositiveAmountSchema, isCurrencyCode, toMinorUnits } from '../money/index.js';
import { arrearsIssue } from '../internal/parse.js';
import { SettlementErrorCodes } from './codes.js';

/** The longest offer window, in days. @internal */
export const MAX_WINDOW_DAYS = 366;
/** The most installments any offer may have. @internal */
export const MAX_OFFER_INSTALLMENTS = 120;
/** The most months a default curve may cover. @internal */
export const MAX_CURVE_MONTHS = 600;
/** The highest annual rate a policy may allow with `maxAnnualRate` (10 = 1000%). @internal */
export const ANNUAL_RATE_HARD_CEILING = 10;

const DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;

type Ctx = z.core.$RefinementCtx<unknown>;

/** Whether a plain decimal string is above an integer bound. @internal */
export function decimalAbove(value: string, bound: number): boolean {
  const [int = '0', frac = ''] = value.replace(/^-/, '').split('.');
  const whole = BigInt(int);
  return whole > BigInt(bound) || (whole === BigInt(bound) && /[1-9]/.test(frac));
}

function issue(ctx: Ctx, code: string, message: string, input: unknown, path: Array<string | number> = []): void {
  ctx.addIssue({ code: 'custom', message, params: arrearsIssue(code), input, path });
}

/** A whole number from `min` to `max`. */
function int(min: number, max: number) {
  return z.int().check(z.minimum(min), z.maximum(max));
}

/**
 * A decimal fraction from 0 to `ceiling` (`'0.3'` is 30%). The ceiling catches a percent typed
 * into a fraction field: `'30'` fails with `code`, and the message says how to write it.
 */
function fraction(ceiling: number, code: string, what: string) {
  return DecimalStringSchema.check(
    z.superRefine((value: string, ctx) => {
      if (!DECIMAL.test(value)) return;
      const range = `${what} is a decimal fraction from 0 to ${ceiling} ("0.3" is 30%)`;
      if (value.startsWith('-') && /[1-9]/.test(value)) issue(ctx as Ctx, code, `${JSON.stringify(value)} is negative; ${range}.`, value);
      else if (decimalAbove(value, ceiling)) issue(ctx as Ctx, code, `${JSON.stringify(value)} is above ${ceiling}; ${range}${ceiling === 1 ? `; for ${value}% write "${percentAsFraction(value)}"` : ''}.`, value);
    }),
  );
}

/** `'30'` as `'0.3'`: what the caller meant when typing a percent into a fraction field. */
function percentAsFraction(value: string): string {
  const [whole = '0', frac = ''] = value.split('.');
  const digits = (whole + frac).padStart(frac.length + 3, '0');
  const point = digits.length - frac.length - 2;
  return `${digits.slice(0, point).replace(/^0+(?=\d)/, '')}.${digits.slice(point)}`.replace(/\.?0+$/, '');
}

/** A rate of the balance (a discount, a floor, a share): a fraction from 0 to 1. */
const ShareRateSchema = fraction(1, SettlementErrorCodes.SETTLEMENT_INVALID_RATE, 'a rate of the balance');

/** An annual interest or discount rate: a fraction up to 10; the policy's `maxAnnualRate` (default 1) applies after. */
const AnnualRateSchema = fraction(ANNUAL_RATE_HARD_CEILING, SettlementErrorCodes.SETTLEMENT_INVALID_RATE, 'an annual rate');

/** A probability from 0 to 1, `SETTLEMENT_INVALID_PROBABILITY` otherwise. */
const ProbabilitySchema = fraction(1, SettlementErrorCodes.SETTLEMENT_INVALID_PROBABILITY, 'a probability');

/** An authority level's name, such as `'agent'` or `'supervisor'`: 1 to 40 letters, digits, `-` or `_`. */
const AuthorityLevelSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,40}$/, 'an authority level is 1 to 40 letters, digits, "-" or "_"'));

/** A jurisdiction as an ISO 3166-2 code: `'US'`, `'US-NY'`, a city as `'US-NY-NYC'`. */
const JurisdictionSchema = z.string().check(z.regex(/^[A-Z]{2}(-[A-Z0-9]{1,3}){0,2}$/, 'a jurisdiction is an ISO 3166-2 code such as "US-NY" (a city: "US-NY-NYC")'));

/** The frequencies an offer's plan may use (a part of the library's one list). @internal */
export const OFFER_FREQUENCIES = ['weekly', 'biweekly', 'semiMonthly', 'monthly'] as const;
const OfferFrequencySchema = z.enum(OFFER_FREQUENCIES);

/**
 * The most discount a band allows, as a fraction of the balance (`'0.3'` is 30%): one rate for
 * every level, or a record by authority level (`{ agent: '0.2', supervisor: '0.35' }`). A level
 * missing from the record allows what the level below it allows; the lowest level must be
 * present. A percent typed here (`'30'`) fails with `SETTLEMENT_INVALID_RATE`.
 */
const BandDiscountRateSchema = z.union([ShareRateSchema, z.record(AuthorityLevelSchema, ShareRateSchema)]);

/**
 * One discount band: a range of ages (whole days, `minAgeDays` to `maxAgeDays`, both
 * inclusive; no `maxAgeDays` means no upper bound), optionally a range of balances
 * (`minBalance` inclusive to `balanceBelow` exclusive), and the most discount allowed there
 * (`discountRate`, a fraction of the balance, or a record by authority level).
 *
 * @example
 * ```ts
 * import { DiscountBandSchema } from 'arrears/settlement';
 * DiscountBandSchema.safeParse({ minAgeDays: 180, discountRate: '0.3' }).success; // => true
 * DiscountBandSchema.safeParse({ minAgeDays: 180, discountRate: '30' }).success; // => false
 * DiscountBandSchema.safeParse({ minAgeDays: 180, discountRate: { agent: '0.2', supervisor: '0.35' } }).success; // => true
 * ```
 */
export const DiscountBandSchema = z.strictObject({
  /** The youngest age (days since delinquency or charge-off) in the band, inclusive. */
  minAgeDays: int(0, 100_000),
  /** The oldest age in the band, inclusive; absent for the last band. */
  maxAgeDays: z.optional(int(0, 100_000)),
  /** The smallest balance in the band, inclusive (default `'0'`). */
  minBalance: z.optional(NonNegativeAmountSchema),
  /** The balance the band stops below (exclusive), more than zero; absent for the last balance tier. */
  balanceBelow: z.optional(PositiveAmountSchema),
  /** The most discount allowed, as a fraction of the balance (`'0.3'` is 30%), or a record by authority level. */
  discountRate: BandDiscountRateSchema,
});

/**
 * How long an offer stays open: `days` (1 to 366) of `dayType` `'calendar'` (default) or
 * `'business'` counted with `calendar`, a business calendar written as calendar's JSON spec
 * (`CalendarSpecSchema` of `arrears/calendar`: `'usFederal'`, the default, `'weekendsOnly'`, or
 * `{ name?, holidays?, weekendDays?, extends?, usFederalDates? }`). A `calendar` with calendar
 * days would change nothing and is refused.
 *
 * @example
 * ```ts
 * import { OfferWindowSchema } from 'arrears/settlement';
 * OfferWindowSchema.safeParse({ days: 30 }).success; // => true
 * OfferWindowSchema.safeParse({ days: 0 }).success; // => false
 * OfferWindowSchema.safeParse({ days: 10, dayType: 'business', calendar: { extends: 'usFederal', holidays: ['2026-12-24'] } }).success; // => true
 * ```
 */
export const OfferWindowSchema = z.strictObject({
  /** The number of days; at least 1. */
  days: int(1, MAX_WINDOW_DAYS),
  /** Calendar days (default) or business days. */
  dayType: z.optional(z.enum(['calendar', 'business'])),
  /** The calendar for business days, calendar's JSON spec (`CalendarSpecSchema`); default `'usFederal'`. */
  calendar: z.optional(CalendarSpecSchema),
});

const planOfferShape = {
  /** The most installments. */
  maxInstallments: int(1, MAX_OFFER_INSTALLMENTS),
  /** The smallest regular installment, more than zero. */
  minInstallment: z.optional(PositiveAmountSchema),
  /** How often installments fall due (default `'monthly'`). */
  frequency: z.optional(OfferFrequencySchema),
};

/**
 * The terms every plan offer shares: at most `maxInstallments` installments (1-120), each at
 * least `minInstallment` (the last, a remainder, excepted), every `frequency` (default
 * `'monthly'`). {@link SettlementPlanOfferSchema} and {@link FullBalancePlanOfferSchema} add
 * their own key each and refuse the other's.
 *
 * @example
 * ```ts
 * import { PlanOfferPolicySchema } from 'arrears/settlement';
 * PlanOfferPolicySchema.safeParse({ maxInstallments: 6, minInstallment: '50.00' }).success; // => true
 * PlanOfferPolicySchema.safeParse({ maxInstallments: 0 }).success; // => false
 * ```
 */
export const PlanOfferPolicySchema = z.strictObject(planOfferShape);

/**
 * The settlement-in-installments offer: {@link PlanOfferPolicySchema} plus
 * `discountScaleRate` (a fraction, default `'1'`), the share of the lump-sum discount it gets.
 *
 * @example
 * ```ts
 * import { SettlementPlanOfferSchema } from 'arrears/settlement';
 * SettlementPlanOfferSchema.safeParse({ maxInstallments: 3, discountScaleRate: '0.5' }).success; // => true
 * SettlementPlanOfferSchema.safeParse({ maxInstallments: 3, discountScaleRate: '50' }).success; // => false
 * SettlementPlanOfferSchema.safeParse({ maxInstallments: 3, annualRate: '0.2' }).success; // => false
 * ```
 */
export const SettlementPlanOfferSchema = z.strictObject({
  ...planOfferShape,
  /** The share of the lump-sum discount it gets, a fraction from 0 to 1 (default `'1'`). */
  discountScaleRate: z.optional(ShareRateSchema),
});

/**
 * The full-balance plan offer: {@link PlanOfferPolicySchema} plus `annualRate` (a decimal
 * fraction, default `'0'`), the interest it charges; at most the policy's `maxAnnualRate`
 * (default `'1'`, 100%).
 *
 * @example
 * ```ts
 * import { FullBalancePlanOfferSchema } from 'arrears/settlement';
 * FullBalancePlanOfferSchema.safeParse({ maxInstallments: 12, annualRate: '0.05' }).success; // => true
 * FullBalancePlanOfferSchema.safeParse({ maxInstallments: 12, annualRate: '12' }).success; // => false
 * FullBalancePlanOfferSchema.safeParse({ maxInstallments: 12, discountScaleRate: '0.5' }).success; // => false
 * ```
 */
export const FullBalancePlanOfferSchema = z.strictObject({
  ...planOfferShape,
  /** The annual interest rate as a decimal fraction (`'0.05'` is 5%; default `'0'`). */
  annualRate: z.optional(AnnualRateSchema),
});

/**
 * Authority limits for one role, set once for the whole policy: the deepest discount the role
 * may give (`maxDiscountRate`, a fraction of the balance, whatever the band allows) and the
 * most it may forgive (`maxForgiven`).
 *
 * @example
 * ```ts
 * import { AuthorityLimitSchema } from 'arrears/settlement';
 * AuthorityLimitSchema.safeParse({ maxDiscountRate: '0.2', maxForgiven: '500.00' }).success; // => true
 * AuthorityLimitSchema.safeParse({}).success; // => false
 * ```
 */
export const AuthorityLimitSchema = z.strictObject({
  /** The deepest discount the role may give, as a fraction of the balance. */
  maxDiscountRate: z.optional(ShareRateSchema),
  /** The most the role may forgive. */
  maxForgiven: z.optional(NonNegativeAmountSchema),
}).check(z.refine((v) => v.maxDiscountRate !== undefined || v.maxForgiven !== undefined, { message: 'give "maxDiscountRate", "maxForgiven" or both.', params: arrearsIssue('INPUT_INVALID_VALUE') }));

/**
 * The caller's own default model, for expected recovery: `monthlyDefaultProbabilities` (the
 * probability a debtor still paying at the start of month k stops during it),
 * `monthlyDefaultProbability` (one constant monthly probability, for any number of months) or
 * `survival` (the probability the debtor is still paying at the end of month k,
 * non-increasing). Probabilities are fractions from 0 to 1. The library invents no curve: a
 * list must cover the longest offer.
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
    monthlyDefaultProbabilities: z.array(ProbabilitySchema).check(z.minLength(1), z.maxLength(MAX_CURVE_MONTHS)),
  }),
  z.strictObject({
    /** One probability of default for every month: survival after k months is `(1 - p)^k`, for any number of months. */
    monthlyDefaultProbability: ProbabilitySchema,
  }),
  z.strictObject({
    /** The probability of still paying at the end of month k, k = 1, 2, ...; non-increasing. */
    survival: z.array(ProbabilitySchema).check(
      z.minLength(1),
      z.maxLength(MAX_CURVE_MONTHS),
      z.superRefine((values: string[], ctx) => {
        for (let k = 1; k < values.length; k += 1) {
          const prev = values[k - 1] as string;
          const cur = values[k] as string;
          if (DECIMAL.test(prev) && DECIMAL.test(cur) && compareDecimalStrings(cur, prev) > 0) {
            issue(ctx as Ctx, SettlementErrorCodes.SETTLEMENT_INVALID_PROBABILITY, `survival must not increase, but month ${k + 1} (${cur}) is above month ${k} (${prev}).`, cur, [k]);
          }
        }
      }),
    ),
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
  .check(z.length(3), z.refine((order) => new Set(order).size === 3, { message: 'list each of fees, interest and principal once', params: arrearsIssue('INPUT_INVALID_VALUE') }));

const policyObject = z.strictObject({
    /** The currency the policy's amounts are in; when given it must be the account's. */
    currency: z.optional(CurrencyCodeSchema),
    /** What the debt's age counts from: `'delinquency'` (default) or `'chargeOff'`. */
    ageFrom: z.optional(z.enum(['delinquency', 'chargeOff'])),
    /** The discount bands. */
    bands: z.array(DiscountBandSchema).check(z.minLength(1), z.maxLength(1000)),
    /** The floor: the settlement is never below `minRate` of the balance nor `minAmount`. */
    floor: z.optional(
      z.strictObject({
        /** The smallest settlement as a fraction of the balance (default `'0'`). */
        minRate: z.optional(ShareRateSchema),
        /** The smallest settlement amount. */
        minAmount: z.optional(NonNegativeAmountSchema),
      }),
    ),
    /** The authority levels, lowest first (default `['agent', 'supervisor']`). */
    authorityLevels: z.optional(z.array(AuthorityLevelSchema).check(z.minLength(1), z.maxLength(10))),
    /** Also offer the deepest discount the highest level allows, marked as needing approval (default false). */
    includeApprovalOffers: z.optional(z.boolean()),
    /** The authority limits of each role (`{ agent: { maxDiscountRate: '0.2' } }`), set once for every band; a role not listed has no limit of its own. */
    authority: z.optional(z.record(AuthorityLevelSchema, AuthorityLimitSchema)),
    /** The settlement-in-installments offer (default `{ maxInstallments: 3 }`). */
    settlementPlan: z.optional(SettlementPlanOfferSchema),
    /** The full-balance plan offer (default `{ maxInstallments: 12 }`). */
    fullBalancePlan: z.optional(FullBalancePlanOfferSchema),
    /** How long an offer stays open. */
    offerWindow: OfferWindowSchema,
    /** The creditor's annual discount rate as a decimal fraction (`'0.12'`), compounded monthly; default `'0'`. */
    annualDiscountRate: z.optional(AnnualRateSchema),
    /** The highest annual rate the policy allows (`annualDiscountRate`, `fullBalancePlan.annualRate`): default `'1'` (100%), at most `'10'`. */
    maxAnnualRate: z.optional(AnnualRateSchema),
    /** The caller's default model, for expected recovery; without it expected recovery is `null`. */
    defaultModel: z.optional(DefaultModelSchema),
    /** The caller's estimate of what the account recovers without a settlement (present value). */
    recoveryWithoutSettlement: z.optional(NonNegativeAmountSchema),
    /** Which parts of the balance are forgiven first (default fees, interest, principal). */
    forgivenessOrder: z.optional(ForgivenessOrderSchema),
    /** The most any offer may forgive. */
    maxForgiven: z.optional(NonNegativeAmountSchema),
    /** Settlement amounts are rounded up (toward the creditor, so the floor holds) to a multiple of this (default the minor unit; `'1'` for whole units). */
    roundingIncrement: z.optional(PositiveAmountSchema),
    /** The information-return threshold (default `'600.00'` for USD, 26 U.S.C. 6050P; none for other currencies). */
    informationReturnThreshold: z.optional(NonNegativeAmountSchema),
    /** What the threshold is compared with: the whole forgiven amount (default) or its principal part only. */
    informationReturnBasis: z.optional(z.enum(['forgiven', 'principal'])),
    /** For time-barred debt: the disclosure keys each jurisdiction (ISO 3166-2) requires (`{ 'US-NY': ['ny-time-barred-notice'] }`). */
    timeBarredDisclosures: z.optional(z.record(JurisdictionSchema, z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(50)))),
});

/**
 * A settlement policy, plain JSON: discount bands by age and balance, a floor, authority
 * levels, plan limits, the offer window, a discount rate for present value, an optional
 * default model and no-settlement estimate for expected recovery, the forgiveness order, a
 * maximum forgiven amount, the rounding increment, and the disclosures each jurisdiction
 * requires for time-barred debt.
 *
 * Every rate is a decimal fraction (`'0.3'` is 30%): a percent typed into one (`'30'`) fails
 * with `SETTLEMENT_INVALID_RATE`. Annual rates (`annualDiscountRate`, the full-balance plan's
 * `annualRate`) stop at `maxAnnualRate` (default `'1'`, 100%), which a policy may raise up to
 * `'10'`. Also checked: bands that tile ages from 0 up and, within each age range, balances
 * from 0 up (no overlap, no gap), authority that never shrinks with level, amounts in the
 * currency's minor unit when `currency` is given.
 *
 * @example
 * ```ts
 * import { SettlementPolicySchema } from 'arrears/settlement';
 * const policy = { bands: [{ minAgeDays: 0, maxAgeDays: 179, discountRate: '0.1' }, { minAgeDays: 180, discountRate: '0.3' }], floor: { minRate: '0.6' }, offerWindow: { days: 30 } };
 * SettlementPolicySchema.safeParse(policy).success; // => true
 * SettlementPolicySchema.safeParse({ ...policy, bands: [{ minAgeDays: 0, maxAgeDays: 179, discountRate: '0.1' }, { minAgeDays: 200, discountRate: '0.3' }] }).success; // => false
 * SettlementPolicySchema.safeParse({ ...policy, annualDiscountRate: '1.5' }).success; // => false
 * SettlementPolicySchema.safeParse({ ...policy, annualDiscountRate: '1.5', maxAnnualRate: '2' }).success; // => true
 * ```
 */
export const SettlementPolicySchema = policyObject.check(z.superRefine((policy: z.output<typeof policyObject>, ctx) => checkPolicy(policy, ctx as Ctx)));

type PolicyShape = z.output<typeof policyObject>;

/** The cross-field rules of a policy: bands, authority, amounts in the currency, annual rates, the window. */
function checkPolicy(policy: PolicyShape, ctx: Ctx): void {
  checkBands(policy.bands, ctx);
  const levels = policy.authorityLevels ?? ['agent', 'supervisor'];
  if (new Set(levels).size !== levels.length) {
    issue(ctx, SettlementErrorCodes.SETTLEMENT_INCONSISTENT_AUTHORITY, 'each authority level must appear once.', levels, ['authorityLevels']);
    return;
  }
  policy.bands.forEach((band, i) => {
    const d = band.discountRate;
    if (typeof d === 'string') return;
    for (const key of Object.keys(d)) {
      if (!levels.includes(key)) issue(ctx, SettlementErrorCodes.SETTLEMENT_INCONSISTENT_AUTHORITY, `"${key}" is not one of the authority levels (${levels.join(', ')}).`, key, ['bands', i, 'discountRate', key]);
    }
    if (d[levels[0] as string] === undefined) issue(ctx, SettlementErrorCodes.SETTLEMENT_INCONSISTENT_AUTHORITY, `the lowest authority level "${levels[0] as string}" needs a discount rate.`, d, ['bands', i, 'discountRate']);
    let previous: string | undefined;
    for (const level of levels) {
      const value = d[level];
      if (value === undefined || !DECIMAL.test(value)) continue;
      if (previous !== undefined && compareDecimalStrings(strip(value), previous) < 0) {
        issue(ctx, SettlementErrorCodes.SETTLEMENT_INCONSISTENT_AUTHORITY, `"${level}" allows a discount rate of ${value}, less than the level below it (${previous}); a higher level must allow at least as much.`, value, ['bands', i, 'discountRate', level]);
      }
      previous = strip(value);
    }
  });
  checkAuthority(policy.authority, levels, ctx);
  const currency = policy.currency;
  const amounts: Array<[string | undefined, Array<string | number>]> = [
    [policy.floor?.minAmount, ['floor', 'minAmount']],
    [policy.settlementPlan?.minInstallment, ['settlementPlan', 'minInstallment']],
    [policy.fullBalancePlan?.minInstallment, ['fullBalancePlan', 'minInstallment']],
    [policy.recoveryWithoutSettlement, ['recoveryWithoutSettlement']],
    [policy.maxForgiven, ['maxForgiven']],
    [policy.roundingIncrement, ['roundingIncrement']],
    [policy.informationReturnThreshold, ['informationReturnThreshold']],
  ];
  for (const [level, limit] of Object.entries(policy.authority ?? {})) amounts.push([limit.maxForgiven, ['authority', level, 'maxForgiven']]);
  policy.bands.forEach((band, i) => {
    amounts.push([band.minBalance, ['bands', i, 'minBalance']], [band.balanceBelow, ['bands', i, 'balanceBelow']]);
  });
  for (const [value, path] of amounts) checkCurrencyDigits(ctx, value, path, currency);
  const ceiling = policy.maxAnnualRate ?? '1';
  const rates: Array<[string | undefined, Array<string | number>]> = [
    [policy.fullBalancePlan?.annualRate, ['fullBalancePlan', 'annualRate']],
    [policy.annualDiscountRate, ['annualDiscountRate']],
  ];
  for (const [rate, path] of rates) {
    if (rate !== undefined && DECIMAL.test(rate) && DECIMAL.test(ceiling) && compareDecimalStrings(strip(rate), strip(ceiling)) > 0) {
      issue(ctx, SettlementErrorCodes.SETTLEMENT_INVALID_RATE, `${JSON.stringify(rate)} is above the policy's maxAnnualRate of ${ceiling} (a decimal fraction: "0.12" is 12%); raise maxAnnualRate to allow it.`, rate, path);
    }
  }
  const window = policy.offerWindow;
  if (window.calendar !== undefined && window.dayType !== 'business') {
    issue(ctx, 'INPUT_INVALID_VALUE', 'a calendar only counts business days: set "dayType": "business" or leave "calendar" out (it would change nothing).', window.calendar, ['offerWindow', 'calendar']);
  }
}

/** Authority limits: every role named is a level, and a higher level never allows less than a lower one. */
function checkAuthority(authority: Readonly<Record<string, { maxDiscountRate?: string | undefined; maxForgiven?: string | undefined }>> | undefined, levels: readonly string[], ctx: Ctx): void {
  if (authority === undefined) return;
  for (const key of Object.keys(authority)) {
    if (!levels.includes(key)) issue(ctx, SettlementErrorCodes.SETTLEMENT_INCONSISTENT_AUTHORITY, `"${key}" is not one of the authority levels (${levels.join(', ')}).`, key, ['authority', key]);
  }
  for (const field of ['maxDiscountRate', 'maxForgiven'] as const) {
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
      if (limited !== undefined && compareDecimalStrings(strip(value), limited) < 0) {
        issue(ctx, SettlementErrorCodes.SETTLEMENT_INCONSISTENT_AUTHORITY, `"${level}" allows ${field} ${value}, less than the level below it (${limited}); a higher level must allow at least as much.`, value, ['authority', level, field]);
      }
      limited = strip(value);
    }
  }
}

/** Whether `value` has no more decimals than `currency` allows. */
function fitsCurrency(value: string, currency: string): boolean {
  try {
    toMinorUnits(value, currency);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks that an amount has no more decimals than the currency allows, when the currency is
 * known (its sign is the field's schema's: money's `PositiveAmountSchema` or
 * `NonNegativeAmountSchema`, which already reported a wrong one). @internal
 */
export function checkCurrencyDigits(ctx: Ctx, value: string | undefined, path: Array<string | number>, currency: string | undefined): void {
  if (value === undefined || currency === undefined || !DECIMAL.test(value) || (value.startsWith('-') && /[1-9]/.test(value))) return;
  if (isCurrencyCode(currency) && !fitsCurrency(value, currency)) {
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
function checkBands(bands: readonly BandLike[], ctx: Ctx): void {
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


const accountObject = z.strictObject({
  /** The caller's reference for the account (not used in calculations). */
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** An ISO 4217 code: the currency of every amount of the input. */
  currency: CurrencyCodeSchema,
  /** The principal owed, zero or more. */
  principal: NonNegativeAmountSchema,
  /** The interest owed, zero or more (default 0). */
  interest: z.optional(NonNegativeAmountSchema),
  /** The fees owed, zero or more (default 0). */
  fees: z.optional(NonNegativeAmountSchema),
  /** The date of first delinquency. */
  delinquencyDate: CalendarDateSchema,
  /** The charge-off date, when charged off. */
  chargeOffDate: z.optional(CalendarDateSchema),
  /** An open bankruptcy case (the automatic stay, 11 U.S.C. 362(a)). */
  bankruptcy: z.optional(z.boolean()),
  /** A dispute: `'unverified'` (open, verification not yet sent) blocks offers; `'verified'` or `'none'` does not. */
  dispute: z.optional(z.enum(['none', 'unverified', 'verified'])),
  /** An unresolved claim that the debt is not the debtor's (fraud, identity theft). */
  fraudClaim: z.optional(z.boolean()),
  /** The debtor has died. */
  deceased: z.optional(z.boolean()),
  /** Someone authorized to act for the estate has been identified. */
  estateContact: z.optional(z.boolean()),
  /** The statute of limitations has expired (12 CFR 1006.26(a)(2)). */
  timeBarred: z.optional(z.boolean()),
  /** The jurisdiction whose law applies, ISO 3166-2 (`'US-NY'`): a key of the policy's `timeBarredDisclosures`. */
  jurisdiction: z.optional(JurisdictionSchema),
  /** The disclosure keys the communication carrying the offer includes. */
  disclosureKeys: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(50))),
});

/**
 * The account to settle: its currency, the balance in parts (principal, interest, fees), the
 * dates its age counts from, and the conditions that block offers: an open bankruptcy, a
 * dispute not yet verified, a fraud claim, a deceased debtor without an estate contact, or a
 * time-barred debt (with its jurisdiction, ISO 3166-2, and the disclosure keys the offer will
 * carry).
 *
 * @example
 * ```ts
 * import { SettlementAccountSchema } from 'arrears/settlement';
 * SettlementAccountSchema.safeParse({ currency: 'USD', principal: '1000.00', delinquencyDate: '2025-06-01' }).success; // => true
 * SettlementAccountSchema.safeParse({ currency: 'USD', principal: '-1.00', delinquencyDate: '2025-06-01' }).success; // => false
 * SettlementAccountSchema.safeParse({ currency: 'USD', principal: '1000.00', delinquencyDate: '2025-06-01', jurisdiction: 'New York' }).success; // => false
 * ```
 */
export const SettlementAccountSchema = accountObject.check(
  z.superRefine((account: z.output<typeof accountObject>, c) => {
    const ctx = c as Ctx;
    for (const key of ['principal', 'interest', 'fees'] as const) checkCurrencyDigits(ctx, account[key], [key], account.currency);
    if (account.chargeOffDate !== undefined && account.chargeOffDate < account.delinquencyDate) {
      issue(ctx, 'INPUT_INVALID_VALUE', `the charge-off date ${account.chargeOffDate} is before the delinquency date ${account.delinquencyDate}.`, account.chargeOffDate, ['chargeOffDate']);
    }
  }),
);

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
  /** Monthly income after tax, zero or more. */
  monthlyIncome: NonNegativeAmountSchema,
  /** Monthly essential expenses, zero or more. */
  monthlyExpenses: NonNegativeAmountSchema,
  /** Money available now for a lump sum, zero or more (default 0). */
  availableFunds: z.optional(NonNegativeAmountSchema),
});

const offersShape = {
  /** The account. */
  account: SettlementAccountSchema,
  /** The policy. */
  policy: SettlementPolicySchema,
  /** The date of the offer, `YYYY-MM-DD`. */
  asOf: CalendarDateSchema,
  /** The debtor's finances, for the affordability check. */
  debtor: z.optional(DebtorFinancesSchema),
  /** The authority level of whoever makes the offer (default the lowest). */
  level: z.optional(AuthorityLevelSchema),
};

/**
 * The input of `settlementOffers`: the account, the policy, the date of the offer and,
 * optionally, the debtor's finances and the authority level of whoever makes the offer
 * (default the lowest).
 *
 * @example
 * ```ts
 * import { SettlementOffersInputSchema } from 'arrears/settlement';
 * SettlementOffersInputSchema.safeParse({ account: {}, policy: {}, asOf: '2026-01-15' }).success; // => false
 * ```
 */
export const SettlementOffersInputSchema = z.strictObject(offersShape);

const counterObject = z.strictObject({
  /** The total the debtor proposes to pay, more than zero. */
  amount: PositiveAmountSchema,
  /** In how many installments (default 1). */
  installments: z.optional(int(1, MAX_OFFER_INSTALLMENTS)),
  /** The debtor's date for the (first) payment: their pay-by date (default the offer's expiry date). */
  firstDueDate: z.optional(CalendarDateSchema),
  /** How often the debtor's installments fall due (default the policy's plan frequency); only with `installments` above 1. */
  frequency: z.optional(OfferFrequencySchema),
});

/**
 * A counter-offer from the debtor: the total `amount` they propose to pay, in `installments`
 * (default 1: a lump sum), and, when they say when, the date of the (first) payment
 * (`firstDueDate`: their pay-by date) and how often the installments fall due (`frequency`,
 * only for more than one installment: on a lump sum it would change nothing).
 *
 * @example
 * ```ts
 * import { CounterOfferSchema } from 'arrears/settlement';
 * CounterOfferSchema.safeParse({ amount: '650.00' }).success; // => true
 * CounterOfferSchema.safeParse({ amount: '650.00', installments: 3, firstDueDate: '2026-02-05', frequency: 'biweekly' }).success; // => true
 * CounterOfferSchema.safeParse({ amount: '0' }).success; // => false
 * ```
 */
export const CounterOfferSchema = counterObject.check(
  z.superRefine((counter: z.output<typeof counterObject>, c) => {
    const ctx = c as Ctx;
    if ((counter.installments ?? 1) === 1 && counter.frequency !== undefined) {
      issue(ctx, 'INPUT_INVALID_VALUE', 'a lump sum is one payment; a frequency needs "installments" above 1 (it would change nothing).', counter.frequency, ['frequency']);
    }
  }),
);

/**
 * The input of `evaluateCounterOffer`: the debtor's `counter`-offer, and the account, policy,
 * date, optional debtor finances and evaluator's authority level (default the lowest) as for
 * `settlementOffers`.
 *
 * @example
 * ```ts
 * import { EvaluateCounterOfferInputSchema } from 'arrears/settlement';
 * EvaluateCounterOfferInputSchema.safeParse({ counter: { amount: '650.00' }, asOf: '2026-01-15' }).success; // => false
 * ```
 */
export const EvaluateCounterOfferInputSchema = z.strictObject({
  ...offersShape,
  /** The debtor's counter-offer. */
  counter: CounterOfferSchema,
});

const termsObject = z.strictObject({
  /** The account settled. */
  account: SettlementAccountSchema,
  /** The date of the terms (the offer or the agreement), `YYYY-MM-DD`. */
  asOf: CalendarDateSchema,
  /** The authority level of whoever makes or approved the terms (default the lowest). */
  level: z.optional(AuthorityLevelSchema),
  /** Which of the policy's offers the terms are; inferred when left out. */
  kind: z.optional(z.enum(['lumpSum', 'settlementPlan', 'fullBalancePlan'])),
  /** What the debtor pays in total, more than zero. */
  amount: PositiveAmountSchema,
  /** In how many payments (default 1). */
  installments: z.optional(int(1, MAX_OFFER_INSTALLMENTS)),
  /** How often installments fall due (default `'monthly'`). */
  frequency: z.optional(OfferFrequencySchema),
  /** The due date of the first (or only) payment. */
  firstDueDate: z.optional(CalendarDateSchema),
});

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
export const SettlementTermsSchema = termsObject.check(
  z.superRefine((terms: z.output<typeof termsObject>, c) => {
    const ctx = c as Ctx;
    checkCurrencyDigits(ctx, terms.amount, ['amount'], terms.account.currency);
    if (terms.kind === 'lumpSum' && terms.installments !== undefined && terms.installments > 1) {
      issue(ctx, 'INPUT_INVALID_VALUE', `a lump sum is one payment, not ${terms.installments}; use kind "settlementPlan" or "fullBalancePlan".`, terms.installments, ['installments']);
    }
    if (terms.firstDueDate !== undefined && terms.firstDueDate < terms.asOf) {
      issue(ctx, 'INPUT_INVALID_VALUE', `the first payment (${terms.firstDueDate}) is due before the terms are made (${terms.asOf}).`, terms.firstDueDate, ['firstDueDate']);
    }
  }),
);

/**
 * The input of `validateSettlementTerms`: the `terms` and the `policy` they are checked
 * against.
 *
 * @example
 * ```ts
 * import { ValidateSettlementTermsInputSchema } from 'arrears/settlement';
 * ValidateSettlementTermsInputSchema.safeParse({ terms: { amount: '700.00' } }).success; // => false
 * ```
 */
export const ValidateSettlementTermsInputSchema = z.strictObject({
  /** The terms. */
  terms: SettlementTermsSchema,
  /** The policy. */
  policy: SettlementPolicySchema,
});

const budgetObject = z.strictObject({
  /** What the debtor can pay each month, zero or more. */
  monthlyAmount: NonNegativeAmountSchema,
  /** What the debtor can pay at once now, for a lump sum, zero or more (default 0). */
  availableNow: z.optional(NonNegativeAmountSchema),
  /** The date of the debtor's first payment (default the offer's expiry date). */
  firstDueDate: z.optional(CalendarDateSchema),
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
export const DebtorBudgetSchema = budgetObject;

/**
 * The input of `offersWithinBudget`: the account, the policy, the date, the debtor's `budget`
 * and the authority level of whoever negotiates (default the lowest).
 *
 * @example
 * ```ts
 * import { OffersWithinBudgetInputSchema } from 'arrears/settlement';
 * OffersWithinBudgetInputSchema.safeParse({ account: {}, policy: {}, asOf: '2026-01-15', budget: { monthlyAmount: '100.00' } }).success; // => false
 * ```
 */
export const OffersWithinBudgetInputSchema = z.strictObject({
  /** The account. */
  account: SettlementAccountSchema,
  /** The policy. */
  policy: SettlementPolicySchema,
  /** The date of the negotiation, `YYYY-MM-DD`. */
  asOf: CalendarDateSchema,
  /** What the debtor says they can pay, and from when. */
  budget: DebtorBudgetSchema,
  /** The authority level of whoever negotiates (default the lowest). */
  level: z.optional(AuthorityLevelSchema),
});
