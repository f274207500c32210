import { buildSchedule } from '../plan/index.js';
import type { PlanSchedule } from '../plan/index.js';
import { fromMinorUnits, toMinorUnits } from '../money/index.js';
import { parseInput } from '../internal/parse.js';
import { attempt } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import type { Prepared } from './prepare.js';
import { ceilDiv, prepare } from './prepare.js';
import { SettlementOffersInputSchema } from './schemas.js';
import type { BalanceParts, OfferAffordability, SettlementOffer, SettlementOfferKind, SettlementOffersInput, SettlementOffersResult } from './types.js';
import { valueStream } from './valuation.js';

const PERIODS_PER_YEAR = { weekly: 52n, biweekly: 26n, semiMonthly: 24n, monthly: 12n } as const;
type OfferFrequency = keyof typeof PERIODS_PER_YEAR;

/** The smallest amount level `index` may accept, with the discount scaled by `scale` (the settlement plan's `discountScaleRate`). @internal */
export function minimumAmount(ctx: Prepared, index: number, scale: { numerator: bigint; denominator: bigint } = { numerator: 1n, denominator: 1n }): bigint {
  const d = ctx.discountByLevel[index] as { numerator: bigint; denominator: bigint };
  // The allowed discount is rounded down: it never exceeds the rate the policy allows.
  const discount = (ctx.balance * d.numerator * scale.numerator) / (d.denominator * scale.denominator);
  let amount = ctx.balance - discount;
  if (amount < ctx.floor) amount = ctx.floor;
  if (ctx.maxForgiven !== null && ctx.balance - amount > ctx.maxForgiven) amount = ctx.balance - ctx.maxForgiven;
  const roleMax = ctx.maxForgivenByLevel[index] ?? null;
  if (roleMax !== null && ctx.balance - amount > roleMax) amount = ctx.balance - roleMax;
  // A settlement pays something: a 100% discount with no floor asks for one minor unit, not nothing.
  if (amount < 1n) amount = 1n;
  // Rounded up to the increment: toward the creditor, so the floor still holds.
  amount = ceilDiv(amount, ctx.increment) * ctx.increment;
  return amount > ctx.balance ? ctx.balance : amount;
}

/** The lowest level whose minimum (at the given scale) is at or below `amount`, or -1. @internal */
export function requiredLevel(ctx: Prepared, amount: bigint, scale?: { numerator: bigint; denominator: bigint }): number {
  for (let i = 0; i < ctx.levels.length; i += 1) if (minimumAmount(ctx, i, scale) <= amount) return i;
  return -1;
}

function text(ctx: Prepared, minor: bigint): string {
  return fromMinorUnits(minor, ctx.currency);
}

function parts(ctx: Prepared, p: { principal: bigint; interest: bigint; fees: bigint }): BalanceParts {
  return { principal: text(ctx, p.principal), interest: text(ctx, p.interest), fees: text(ctx, p.fees), total: text(ctx, p.principal + p.interest + p.fees) };
}

/** Splits a forgiven amount over the balance's parts in the policy's order. @internal */
export function splitForgiven(ctx: Prepared, forgiven: bigint): { principal: bigint; interest: bigint; fees: bigint } {
  const out = { principal: 0n, interest: 0n, fees: 0n };
  let left = forgiven;
  for (const part of ctx.policy.forgivenessOrder ?? ['fees', 'interest', 'principal']) {
    const take = left < ctx.parts[part] ? left : ctx.parts[part];
    out[part] = take;
    left -= take;
  }
  return out;
}

function schedule(ctx: Prepared, amount: bigint, installments: number, frequency: OfferFrequency, annualRate: string, firstDueDate: string = ctx.expiresOn): PlanSchedule {
  return buildSchedule({
    principal: text(ctx, amount),
    currency: ctx.currency,
    annualRate,
    // The settlement policy has already held the rate to its own maxAnnualRate: a plan above 100%
    // a year carries the same opt-in (only then, so that common plans keep buildSchedule's fast path).
    ...(/^(?:0(?:\.[0-9]*)?|1(?:\.0*)?)$/.test(annualRate) ? {} : { maxAnnualRate: annualRate }),
    frequency,
    agreementDate: ctx.asOf,
    firstDueDate,
    installments,
    ...(ctx.businessCalendar === null ? {} : { businessDays: { calendar: ctx.businessCalendar, convention: 'following' as const } }),
  });
}

function largestPayment(ctx: Prepared, plan: PlanSchedule): bigint {
  let largest = 0n;
  for (const row of plan.installments) {
    const m = toMinorUnits(row.amount, ctx.currency);
    if (m > largest) largest = m;
  }
  return largest;
}

function fits(ctx: Prepared, largest: bigint, frequency: OfferFrequency): boolean {
  return ctx.capacity === null || largest * PERIODS_PER_YEAR[frequency] <= ctx.capacity * 12n;
}

/** Chooses the installment count and builds the plan's schedule. @internal */
/** The most installments a plan of `amount` may have under its limits (minInstallment, one minor unit each). @internal */
export function maxCountFor(ctx: Prepared, amount: bigint, limits: { maxInstallments: number; minInstallment?: string | undefined }): number {
  let maxN = limits.maxInstallments;
  if (limits.minInstallment !== undefined) {
    const min = toMinorUnits(limits.minInstallment, ctx.currency);
    const byMin = Number(amount / min);
    if (byMin < maxN) maxN = byMin < 1 ? 1 : byMin;
  }
  // Every installment pays at least one minor unit.
  if (BigInt(maxN) > amount) maxN = Number(amount);
  return maxN;
}

/** Chooses the installment count and builds the plan's schedule (first payment on `firstDueDate`, default the expiry date). @internal */
export function planFor(ctx: Prepared, amount: bigint, limits: { maxInstallments: number; minInstallment?: string | undefined; frequency?: OfferFrequency | undefined; annualRate?: string | undefined }, count?: number, firstDueDate?: string): PlanSchedule {
  const frequency = limits.frequency ?? 'monthly';
  const rate = limits.annualRate ?? '0';
  const maxN = maxCountFor(ctx, amount, limits);
  if (count !== undefined) return schedule(ctx, amount, count, frequency, rate, firstDueDate);
  if (ctx.capacity === null) return schedule(ctx, amount, maxN, frequency, rate, firstDueDate);
  for (let n = 1; n < maxN; n += 1) {
    if (/^0(\.0+)?$/.test(rate)) {
      // Interest-free: installments floor(A/n), the last takes the residual.
      const largest = amount / BigInt(n) + (amount % BigInt(n));
      if (!fits(ctx, largest, frequency)) continue;
      return schedule(ctx, amount, n, frequency, rate, firstDueDate);
    }
    const plan = schedule(ctx, amount, n, frequency, rate, firstDueDate);
    if (fits(ctx, largestPayment(ctx, plan), frequency)) return plan;
  }
  return schedule(ctx, amount, maxN, frequency, rate, firstDueDate);
}

/** Builds one offer from an amount and its schedule. @internal */
export function makeOffer(ctx: Prepared, id: string, kind: SettlementOfferKind, plan: PlanSchedule, scale?: { numerator: bigint; denominator: bigint }): Omit<SettlementOffer, 'rank'> {
  const principalPaid = toMinorUnits(plan.totals.principal, ctx.currency);
  const total = toMinorUnits(plan.totals.totalCost, ctx.currency);
  const forgivenMinor = ctx.balance - principalPaid;
  const forgiven = splitForgiven(ctx, forgivenMinor);
  const payments = plan.installments.map((row) => ({ number: row.number, dueDate: row.dueDate, amount: row.amount }));
  const value = valueStream(
    plan.installments.map((row) => ({ dueDate: row.dueDate, minor: toMinorUnits(row.amount, ctx.currency) })),
    ctx.asOf,
    ctx.policy.annualDiscountRate ?? '0',
    ctx.curve,
  );
  const estimate = ctx.policy.recoveryWithoutSettlement === undefined ? null : toMinorUnits(ctx.policy.recoveryWithoutSettlement, ctx.currency);
  const level = kind === 'fullBalancePlan' ? 0 : requiredLevel(ctx, principalPaid, scale);
  const required = level < 0 ? ctx.levels.length - 1 : level;
  const largest = largestPayment(ctx, plan);
  const frequency = plan.terms.frequency as OfferFrequency;
  let affordability: OfferAffordability = { checked: false, monthlyCapacity: null, requiredPerMonth: null, affordable: null };
  if (ctx.capacity !== null) {
    affordability =
      kind === 'lumpSum'
        ? { checked: true, monthlyCapacity: text(ctx, ctx.capacity), requiredPerMonth: text(ctx, total), affordable: total <= ctx.capacity + ctx.availableFunds }
        : { checked: true, monthlyCapacity: text(ctx, ctx.capacity), requiredPerMonth: text(ctx, ceilDiv(largest * PERIODS_PER_YEAR[frequency], 12n)), affordable: fits(ctx, largest, frequency) };
  }
  const threshold = ctx.policy.informationReturnThreshold ?? (ctx.currency === 'USD' ? '600.00' : undefined);
  const basis = ctx.policy.informationReturnBasis ?? 'forgiven';
  const compared = basis === 'principal' ? forgiven.principal : forgivenMinor;
  const thresholdMinor = threshold === undefined ? null : toMinorUnits(threshold, ctx.currency);
  const discountPercent = (ctx.balance - principalPaid) * 10_000n;
  const pct = (discountPercent + ctx.balance / 2n) / ctx.balance;
  const eventually = kind === 'fullBalancePlan' ? 'the balance is paid in full' : `the remaining ${text(ctx, forgivenMinor)} of the balance is forgiven`;
  return {
    id,
    kind,
    currency: ctx.currency,
    balance: text(ctx, ctx.balance),
    amount: text(ctx, total),
    discount: text(ctx, forgivenMinor),
    discountPercent: `${(pct / 100n).toString()}.${(pct % 100n).toString().padStart(2, '0')}`,
    offeredOn: ctx.asOf,
    expiresOn: ctx.expiresOn,
    payments,
    schedule: plan,
    presentValue: text(ctx, value.presentValue),
    expectedRecovery: value.expectedRecovery === null ? null : text(ctx, value.expectedRecovery),
    gainOverNoSettlement: estimate === null ? null : text(ctx, (value.expectedRecovery ?? value.presentValue) - estimate),
    authority: { requiredLevel: ctx.levels[required] as string, requiresApproval: required > ctx.levelIndex },
    affordability,
    disclosure: {
      balance: parts(ctx, ctx.parts),
      amountToPay: text(ctx, total),
      paymentCount: payments.length,
      payments,
      expiresOn: ctx.expiresOn,
      forgiven: parts(ctx, forgiven),
      whenPaid: `When every payment is made on time, ${eventually} and nothing more is owed on this account.`,
      ifNotPaid:
        kind === 'fullBalancePlan'
          ? 'If a payment is missed, the rest of the balance stays owed; payments already made still count toward it.'
          : `If a payment is missed or late, nothing is forgiven: the balance of ${text(ctx, ctx.balance)} stays owed, less the payments already made.`,
      informationReturn: {
        form: '1099-C',
        threshold: thresholdMinor === null ? null : text(ctx, thresholdMinor),
        basis,
        amountCompared: text(ctx, compared),
        reachesThreshold: thresholdMinor !== null && compared >= thresholdMinor,
        citation: '26 U.S.C. 6050P; 26 CFR 1.6050P-1; Instructions for Forms 1099-A and 1099-C',
        note: 'Information, not tax advice: a creditor that must file Form 1099-C does so when it cancels 600 dollars or more of debt; whether any of it is income to the debtor depends on the debtor\'s situation.',
      },
      timeBarred: ctx.timeBarred,
      disclosureKeys: ctx.disclosureKeys,
    },
  };
}

/** Ranks offers: affordable (or unchecked) first, then by expected recovery (or present value), then fewer payments. @internal */
export function rankOffers(ctx: Prepared, offers: Array<Omit<SettlementOffer, 'rank'>>): SettlementOffer[] {
  const key = (o: Omit<SettlementOffer, 'rank'>): bigint => toMinorUnits(o.expectedRecovery ?? o.presentValue, ctx.currency);
  const sorted = offers
    .map((o, i) => ({ o, i }))
    .sort((a, b) => {
      const fa = a.o.affordability.affordable === false ? 1 : 0;
      const fb = b.o.affordability.affordable === false ? 1 : 0;
      if (fa !== fb) return fa - fb;
      const ka = key(a.o);
      const kb = key(b.o);
      if (ka !== kb) return ka > kb ? -1 : 1;
      if (a.o.payments.length !== b.o.payments.length) return a.o.payments.length - b.o.payments.length;
      return a.i - b.i;
    });
  return sorted.map(({ o }, i) => ({ ...o, rank: i + 1 }));
}

/** The scale of the settlement plan's discount (`discountScaleRate`, default 1). @internal */
export function planScale(ctx: Prepared): { numerator: bigint; denominator: bigint } {
  const s = ctx.policy.settlementPlan?.discountScaleRate ?? '1';
  const [int = '0', frac = ''] = s.split('.');
  return { numerator: BigInt(int + frac), denominator: 10n ** BigInt(frac.length) };
}

/** Builds the offers of a prepared context (no blocking check). @internal */
export function buildOffers(ctx: Prepared): SettlementOffer[] {
  const out: Array<Omit<SettlementOffer, 'rank'>> = [];
  const lump = minimumAmount(ctx, ctx.levelIndex);
  out.push(makeOffer(ctx, 'lumpSum', 'lumpSum', planFor(ctx, lump, { maxInstallments: 1 }, 1)));
  const scale = planScale(ctx);
  const planPolicy = ctx.policy.settlementPlan ?? { maxInstallments: 3 };
  const planAmount = minimumAmount(ctx, ctx.levelIndex, scale);
  out.push(makeOffer(ctx, 'settlementPlan', 'settlementPlan', planFor(ctx, planAmount, planPolicy), scale));
  const fullPolicy = ctx.policy.fullBalancePlan ?? { maxInstallments: 12 };
  out.push(makeOffer(ctx, 'fullBalancePlan', 'fullBalancePlan', planFor(ctx, ctx.balance, fullPolicy)));
  if (ctx.policy.includeApprovalOffers === true) {
    const deepest = minimumAmount(ctx, ctx.levels.length - 1);
    if (deepest < lump) out.push(makeOffer(ctx, 'lumpSumWithApproval', 'lumpSum', planFor(ctx, deepest, { maxInstallments: 1 }, 1)));
  }
  return rankOffers(ctx, out);
}

/**
 * Ranked settlement offers for an account under a policy: a lump sum, the settlement amount in
 * a short plan and the full balance in a longer plan (and, with `includeApprovalOffers`, the
 * deepest lump sum the highest authority allows, marked as needing approval). Each carries a
 * real schedule from `arrears/plan`, its present value and expected recovery, an affordability
 * check when the debtor's finances are given, and the facts a disclosure needs.
 *
 * **The rules.** The band is the one covering the debt's age (days from delinquency, or from
 * charge-off with `ageFrom: 'chargeOff'`, to `asOf`) and balance. The smallest amount a level
 * may accept is `balance - floor(balance × discountRate)` (the discount rounded down), raised to
 * the floor (`max(ceil(balance × minRate), minAmount)`), to `balance - maxForgiven` and
 * to one minor unit (a 100% discount with no floor still asks for a payment), then rounded **up** to `roundingIncrement` (toward the creditor, so the floor holds), never
 * above the balance. The settlement plan uses the discount times `discountScaleRate`.
 * Offers are made at the caller's `level` (default the lowest).
 *
 * **Plans.** Interest-free (`buildSchedule` with `annualRate: '0'` unless the full-balance
 * plan sets one), the first installment due on the expiry date, the residual in the last
 * installment. The count is the plan's maximum (limited by `minInstallment`), or with the
 * debtor's finances the smallest count whose largest installment fits the monthly capacity
 * (income minus expenses; a weekly installment counts 52/12 times a month); when none fits the
 * offer uses the maximum and says `affordable: false`. A lump sum is affordable when it is at
 * most available funds plus one month's capacity.
 *
 * **Value.** Present value `Σ a_k / ((1 + f_k·i)(1 + i)^m_k)` with `i` the annual discount rate
 * over 12, `m_k` whole months from `asOf` to the due date and `f_k` the remaining days over 30
 * (the unit-period convention of 12 CFR 1026 Appendix J); expected recovery multiplies each term
 * by the survival `S(m_k + (f_k > 0 ? 1 : 0))` from the caller's default probabilities or
 * survival curve (the library invents none). Each sum is computed at 40 digits and rounded once,
 * half-up, to the minor unit. Offers are ranked affordable first, then by expected recovery (or
 * present value) descending, then by fewer payments.
 *
 * **Blocks** (values, not errors): an open bankruptcy (11 U.S.C. 362(a)), an unverified dispute
 * (15 U.S.C. 1692g(b)), a fraud claim, a deceased debtor without an estate contact, and a
 * time-barred debt (12 CFR 1006.26) whose jurisdiction is not in `timeBarredDisclosures` or
 * whose required disclosure keys are missing from `account.disclosureKeys`.
 *
 * **Information return.** `disclosure.informationReturn.reachesThreshold` says whether the
 * forgiven amount (or its principal part, with `informationReturnBasis: 'principal'`) is at
 * least the threshold: 600.00 for USD (26 U.S.C. 6050P; 26 CFR 1.6050P-1; the Form 1099-C
 * instructions let a lender report only stated principal, and interest separately). Information,
 * not tax advice.
 *
 * @param input - `{ account, policy, asOf, debtor?, level? }`
 * @returns `{ ok, findings }` (the blocks, as `violation` findings), the age, balance, floor, per-level minimums and the ranked offers
 * @throws {@link arrears!ValidationError} for malformed input: rates outside 0..1
 *   (`SETTLEMENT_INVALID_RATE`: a rate is a fraction, `'0.3'` for 30%), bands that overlap or leave gaps
 *   (`SETTLEMENT_INCONSISTENT_BANDS`), an offer window of zero days (`INPUT_OUT_OF_RANGE`), ...
 * @throws {@link arrears!DomainRuleError} `SETTLEMENT_FLOOR_ABOVE_BALANCE`,
 *   `SETTLEMENT_CURRENCY_MISMATCH`, `SETTLEMENT_NOTHING_OWED`, `SETTLEMENT_AS_OF_BEFORE_AGE_DATE`,
 *   `SETTLEMENT_CHARGE_OFF_DATE_MISSING`, `SETTLEMENT_CURVE_TOO_SHORT`
 *
 * @example
 * ```ts
 * import { settlementOffers } from 'arrears/settlement';
 * const policy = { bands: [{ minAgeDays: 0, maxAgeDays: 179, discountRate: '0.1' }, { minAgeDays: 180, discountRate: '0.3' }], floor: { minRate: '0.6' }, offerWindow: { days: 30 } };
 * const result = settlementOffers({ account: { currency: 'USD', principal: '1000.00', delinquencyDate: '2025-07-01' }, policy, asOf: '2026-01-17' });
 * result.offers.map((o) => [o.id, o.amount, o.payments.length]); // => [['fullBalancePlan', '1000.00', 12], ['lumpSum', '700.00', 1], ['settlementPlan', '700.00', 3]]
 * result.offers[0]?.expiresOn; // => '2026-02-16'
 * settlementOffers({ account: { currency: 'USD', principal: '1000.00', delinquencyDate: '2025-07-01', bankruptcy: true }, policy, asOf: '2026-01-17' }).findings.map((f) => f.code); // => ['SETTLEMENT_BLOCKED_BANKRUPTCY']
 * settlementOffers({ account: { currency: 'USD', principal: '1000.00', delinquencyDate: '2025-07-01' }, policy: { ...policy, offerWindow: { days: 0 } }, asOf: '2026-01-17' }); // throws INPUT_OUT_OF_RANGE
 * settlementOffers({ account: { currency: 'USD', principal: '1000.00', delinquencyDate: '2025-07-01' }, policy: { ...policy, floor: { minRate: '60' } }, asOf: '2026-01-17' }); // throws SETTLEMENT_INVALID_RATE
 * ```
 */
export function settlementOffers(input: SettlementOffersInput): SettlementOffersResult {
  const parsed = parseInput(SettlementOffersInputSchema, input);
  const ctx = prepare(parsed.account, parsed.policy, parsed.asOf, parsed.debtor, parsed.level);
  return summarize(ctx, ctx.blocks.length === 0 ? buildOffers(ctx) : []);
}

/** The result around a list of offers. @internal */
export function summarize(ctx: Prepared, offers: SettlementOffer[]): SettlementOffersResult {
  const minimumByLevel: Record<string, string> = {};
  ctx.levels.forEach((name, i) => {
    minimumByLevel[name] = text(ctx, minimumAmount(ctx, i));
  });
  return {
    ok: ctx.blocks.length === 0,
    findings: ctx.blocks,
    ageDays: ctx.ageDays,
    balance: parts(ctx, ctx.parts),
    floorAmount: text(ctx, ctx.floor),
    minimumByLevel,
    offers,
  };
}

/**
 * The non-throwing twin of {@link settlementOffers}, for input from users.
 *
 * @param input - anything; {@link SettlementOffersInput} is expected
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeSettlementOffers } from 'arrears/settlement';
 * safeSettlementOffers({ account: {}, policy: {}, asOf: 'today' }).success; // => false
 * ```
 */
export function safeSettlementOffers(input: unknown): ArrearsResult<SettlementOffersResult> {
  return attempt(() => settlementOffers(input as SettlementOffersInput));
}
