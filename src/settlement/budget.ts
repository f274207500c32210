import { attempt, ValidationError } from '../errors/index.js';
import type { ArrearsResult, Finding } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import { fromMinorUnits, toMinorUnits } from '../money/index.js';
import { makeOffer, minimumAmount, planFor, planScale, rankOffers } from './offers.js';
import { prepare } from './prepare.js';
import type { Prepared } from './prepare.js';
import { SettlementReasonCodes } from './codes.js';
import { OffersWithinBudgetInputSchema } from './schemas.js';
import type { OffersWithinBudgetInput, OffersWithinBudgetResult, SettlementOffer } from './types.js';

/**
 * Negotiation from the debtor's budget: given what the debtor says they can pay each month (and
 * at once, and from when), every offer the policy allows that fits that budget: the lump sum and
 * the settlement plan at the negotiator's authority level and, beyond it, at each higher level
 * (marked as needing approval), and the full-balance plan. Offers within the negotiator's own
 * authority come first, then those needing approval; within each group the best for both sides
 * first: every offer listed fits the debtor's budget, and they are ranked by the creditor's
 * expected recovery (or present value), then fewer payments.
 *
 * A plan fits when its largest installment, counted per month (a weekly one 52/12 times), is at
 * most `monthlyAmount`; each plan takes the fewest installments that fit, up to the policy's
 * maximum. A lump sum fits when it is at most `availableNow` plus one month's `monthlyAmount`.
 * The first payment falls on the debtor's `firstDueDate`; a date after the offer window closes
 * is moved to the window's last day (the closest the policy allows) with a warning. An offer
 * kind that fits at no level is named in `findings` (`SETTLEMENT_BUDGET_TOO_LOW`), so a caller
 * can say why it is missing.
 *
 * @param input - `{ account, policy, asOf, budget: { monthlyAmount, availableNow?, firstDueDate? }, level? }`
 * @returns `{ ok, findings, budget, proposals }`: `ok` is `false` when a block (a `violation`) stops every offer
 * @throws {@link arrears!ValidationError} for malformed input (a first payment before `asOf` included)
 * @throws {@link arrears!DomainRuleError} as `settlementOffers`
 *
 * @example
 * ```ts
 * import { offersWithinBudget } from 'arrears/settlement';
 * const policy = { bands: [{ minAgeDays: 0, discountRate: { agent: '0.2', supervisor: '0.4' } }], offerWindow: { days: 30 }, settlementPlan: { maxInstallments: 6 }, fullBalancePlan: { maxInstallments: 12 } };
 * const account = { currency: 'USD', principal: '1200.00', delinquencyDate: '2025-06-01' };
 * const result = offersWithinBudget({ account, policy, asOf: '2026-01-15', budget: { monthlyAmount: '150.00', firstDueDate: '2026-02-01' } });
 * result.proposals.map((o) => [o.kind, o.amount, o.payments.length, o.authority.requiresApproval]); // => [['fullBalancePlan', '1200.00', 8, false], ['settlementPlan', '720.00', 5, true]]
 * result.proposals[0]?.payments[0]?.dueDate; // => '2026-02-01'
 * [result.ok, result.findings.map((f) => f.code)]; // => [true, ['SETTLEMENT_BUDGET_TOO_LOW']]
 * ```
 */
export function offersWithinBudget(input: OffersWithinBudgetInput): OffersWithinBudgetResult {
  const parsed = parseInput(OffersWithinBudgetInputSchema, input);
  const base = prepare(parsed.account, parsed.policy, parsed.asOf, undefined, parsed.level);
  const { budget } = parsed;
  const minor = (value: string, path: string): bigint => {
    try {
      return toMinorUnits(value, base.currency);
    } catch (error) {
      throw new ValidationError([{ code: 'SETTLEMENT_INVALID_AMOUNT', path: ['budget', path], message: `"budget.${path}": ${JSON.stringify(value)} has more decimals than ${base.currency} allows.` }], { cause: error });
    }
  };
  const monthly = minor(budget.monthlyAmount, 'monthlyAmount');
  const now = budget.availableNow === undefined ? 0n : minor(budget.availableNow, 'availableNow');
  if (budget.firstDueDate !== undefined && budget.firstDueDate < base.asOf) {
    throw new ValidationError([{ code: 'INPUT_INVALID_VALUE', path: ['budget', 'firstDueDate'], message: `"budget.firstDueDate": the first payment (${budget.firstDueDate}) is before the date of the negotiation (${base.asOf}).` }]);
  }
  const summary = { monthlyAmount: fromMinorUnits(monthly, base.currency), availableNow: fromMinorUnits(now, base.currency), firstDueDate: budget.firstDueDate ?? base.expiresOn };
  if (base.blocks.length > 0) return { ok: false, findings: base.blocks, budget: summary, proposals: [] };
  // The budget is the capacity the offer builder fits plans to.
  const ctx: Prepared = { ...base, capacity: monthly, availableFunds: now };
  const findings: Finding[] = [];
  let first = budget.firstDueDate ?? ctx.expiresOn;
  if (first > ctx.expiresOn) {
    findings.push({
      code: SettlementReasonCodes.SETTLEMENT_BUDGET_DATE_AFTER_WINDOW,
      severity: 'warning',
      message: `The debtor's first payment date ${first} is after the offer window closes on ${ctx.expiresOn}; the offers start on ${ctx.expiresOn}, the latest the policy allows.`,
      path: ['budget', 'firstDueDate'],
      details: { limit: ctx.expiresOn, actual: first },
    });
    first = ctx.expiresOn;
  }
  const fits = (o: Omit<SettlementOffer, 'rank'>): boolean => o.affordability.affordable === true;
  const own: Array<Omit<SettlementOffer, 'rank'>> = [];
  const approval: Array<Omit<SettlementOffer, 'rank'>> = [];
  const scale = planScale(ctx);
  const planPolicy = ctx.policy.settlementPlan ?? { maxInstallments: 3 };
  const found = { lumpSum: false, settlementPlan: false, fullBalancePlan: false };
  let lastLump: bigint | undefined;
  let lastPlan: bigint | undefined;
  for (let level = ctx.levelIndex; level < ctx.levels.length; level += 1) {
    const name = ctx.levels[level] as string;
    const into = level === ctx.levelIndex ? own : approval;
    const lump = minimumAmount(ctx, level);
    if (lump !== lastLump) {
      lastLump = lump;
      const offer = makeOffer(ctx, `lumpSum:${name}`, 'lumpSum', planFor(ctx, lump, { maxInstallments: 1 }, 1, first));
      if (fits(offer)) {
        into.push(offer);
        found.lumpSum = true;
      }
    }
    const planAmount = minimumAmount(ctx, level, scale);
    if (planAmount !== lastPlan) {
      lastPlan = planAmount;
      const offer = makeOffer(ctx, `settlementPlan:${name}`, 'settlementPlan', planFor(ctx, planAmount, planPolicy, undefined, first), scale);
      if (fits(offer)) {
        into.push(offer);
        found.settlementPlan = true;
      }
    }
  }
  const full = makeOffer(ctx, 'fullBalancePlan', 'fullBalancePlan', planFor(ctx, ctx.balance, ctx.policy.fullBalancePlan ?? { maxInstallments: 12 }, undefined, first));
  if (fits(full)) {
    own.push(full);
    found.fullBalancePlan = true;
  }
  for (const kind of ['lumpSum', 'settlementPlan', 'fullBalancePlan'] as const) {
    if (found[kind]) continue;
    findings.push({
      code: SettlementReasonCodes.SETTLEMENT_BUDGET_TOO_LOW,
      severity: 'info',
      message:
        kind === 'lumpSum'
          ? `No lump sum the policy allows fits ${summary.availableNow} now plus ${summary.monthlyAmount} a month.`
          : `No ${kind === 'settlementPlan' ? 'settlement plan' : 'full-balance plan'} the policy allows fits ${summary.monthlyAmount} a month within its most installments.`,
      details: { kind },
    });
  }
  const ranked = [...rankOffers(ctx, own), ...rankOffers(ctx, approval)].map((o, i) => ({ ...o, rank: i + 1 }));
  return { ok: true, findings, budget: summary, proposals: ranked };
}

/**
 * The non-throwing twin of {@link offersWithinBudget}.
 *
 * @param input - anything; {@link OffersWithinBudgetInput} is expected
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeOffersWithinBudget } from 'arrears/settlement';
 * safeOffersWithinBudget({ budget: { monthlyAmount: 'lots' } }).success; // => false
 * ```
 */
export function safeOffersWithinBudget(input: unknown): ArrearsResult<OffersWithinBudgetResult> {
  return attempt(() => offersWithinBudget(input as OffersWithinBudgetInput));
}
