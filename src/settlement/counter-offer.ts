import { attempt, ValidationError } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import { fromMinorUnits, toMinorUnits } from '../money/index.js';
import { SettlementReasonCodes } from './codes.js';
import { makeOffer, maxCountFor, minimumAmount, planFor, planScale, rankOffers, requiredLevel } from './offers.js';
import { prepare } from './prepare.js';
import { CounterOfferContextSchema, CounterOfferSchema } from './schemas.js';
import type { CounterOfferContextInput, CounterOfferEvaluation, CounterOfferInput, SettlementOffer } from './types.js';

/**
 * Evaluates a debtor's counter-offer against the policy, from the evaluator's authority
 * level (`context.level`, default the lowest):
 *
 * - **accept** when the amount is at least what the evaluator's level may accept (for a plan:
 *   at the settlement-plan discount, in no more installments than the policy allows and none
 *   smaller than `minInstallment`); the accepted offer comes back with its schedule;
 * - **escalate** when a higher level could accept it: `requiredLevel` names the lowest such
 *   level;
 * - **counter** when no level may accept it (below the floor or any level's discount), or the
 *   plan is longer than the policy allows: the offer is the best one the evaluator may make
 *   alone (the smallest amount, in the requested form when it is allowed);
 * - **reject** when the account is blocked (bankruptcy, unverified dispute, fraud claim,
 *   deceased without an estate contact, time-barred without its disclosures).
 *
 * An amount at or above the balance is accepted (it settles nothing; it pays in full).
 *
 * @param counter - `{ amount, installments? }`
 * @param context - `{ account, policy, asOf, debtor?, level? }`, as for `settlementOffers`
 * @returns the decision, the reason code, a sentence and the offer
 * @throws {@link arrears!ValidationError} for a malformed counter-offer or context
 * @throws {@link arrears!DomainRuleError} as `settlementOffers`
 *
 * @example
 * ```ts
 * import { evaluateCounterOffer } from 'arrears/settlement';
 * const policy = { bands: [{ minAgeDays: 0, discountPercent: { agent: '20', supervisor: '35' } }], floor: { minPercent: '60' }, offerWindow: { days: 14 } };
 * const context = { account: { currency: 'USD', principal: '1000.00', delinquencyDate: '2025-06-01' }, policy, asOf: '2026-01-15' };
 * evaluateCounterOffer({ amount: '800.00' }, context).decision; // => 'accept'
 * const up = evaluateCounterOffer({ amount: '700.00' }, context);
 * [up.decision, up.requiredLevel]; // => ['escalate', 'supervisor']
 * const counter = evaluateCounterOffer({ amount: '500.00' }, context);
 * [counter.decision, counter.offer?.amount]; // => ['counter', '800.00']
 * evaluateCounterOffer({ amount: 'lots' }, context); // throws MONEY_INVALID_AMOUNT
 * ```
 */
export function evaluateCounterOffer(counter: CounterOfferInput, context: CounterOfferContextInput): CounterOfferEvaluation {
  const c = parseInput(CounterOfferSchema, counter, ['counter']);
  const parsed = parseInput(CounterOfferContextSchema, context, ['context']);
  const ctx = prepare(parsed.account, parsed.policy, parsed.asOf, parsed.debtor, parsed.level);
  if (c.firstDueDate !== undefined && c.firstDueDate < ctx.asOf) {
    throw new ValidationError([{ code: 'INPUT_INVALID_VALUE', path: ['counter', 'firstDueDate'], message: `"counter.firstDueDate": the first payment (${c.firstDueDate}) is before the date of the offer (${ctx.asOf}).` }]);
  }
  const n = c.installments ?? 1;
  const isPlan = n > 1;
  if (!isPlan && c.frequency !== undefined) {
    throw new ValidationError([{ code: 'INPUT_INVALID_VALUE', path: ['counter', 'frequency'], message: '"counter.frequency": a lump sum is one payment; a frequency needs "installments" above 1 (it would change nothing).' }]);
  }
  if (ctx.blocks.length > 0) {
    return { decision: 'reject', reason: ctx.blocks[0]?.code ?? null, message: `No settlement can be agreed now: ${ctx.blocks.map((b) => b.message).join(' ')}`, requiredLevel: null, offer: null, blocks: ctx.blocks };
  }
  const money = (m: bigint): string => fromMinorUnits(m, ctx.currency);
  const asked = toMinorUnits(c.amount, ctx.currency);
  const amount = asked > ctx.balance ? ctx.balance : asked;
  const scale = isPlan ? planScale(ctx) : undefined;
  const planPolicy = ctx.policy.settlementPlan ?? { maxInstallments: 3 };
  const allowedFrequency = planPolicy.frequency ?? 'monthly';
  // The debtor's own dates, where the policy allows them: the first payment no later than the
  // offer window's last day, installments at the plan's frequency.
  const wantedFirst = c.firstDueDate ?? ctx.expiresOn;
  const first = wantedFirst > ctx.expiresOn ? ctx.expiresOn : wantedFirst;
  const one = (offer: Omit<SettlementOffer, 'rank'>): SettlementOffer => rankOffers(ctx, [offer])[0] as SettlementOffer;
  const lumpOf = (m: bigint): SettlementOffer => one(makeOffer(ctx, 'counterOffer', 'lumpSum', planFor(ctx, m, { maxInstallments: 1 }, 1, first)));
  const planOf = (m: bigint, count: number): SettlementOffer => one(makeOffer(ctx, 'counterOffer', 'settlementPlan', planFor(ctx, m, { ...planPolicy, frequency: allowedFrequency, maxInstallments: Math.max(count, 1) }, count, first), scale));
  /** The closest offer the evaluator may make: at least the evaluator's minimum, in the debtor's form and dates as far as the policy allows. */
  const closest = (): SettlementOffer => {
    const min = minimumAmount(ctx, ctx.levelIndex, scale);
    const m = amount > min ? amount : min;
    if (!isPlan) return lumpOf(m);
    return planOf(m, Math.min(n, maxCountFor(ctx, m, planPolicy)));
  };
  const dateTooLate = wantedFirst > ctx.expiresOn;
  if (isPlan || dateTooLate) {
    const tooMany = isPlan && n > planPolicy.maxInstallments;
    const min = planPolicy.minInstallment === undefined ? 0n : toMinorUnits(planPolicy.minInstallment, ctx.currency);
    const tooSmall = isPlan && amount / BigInt(n) < min;
    const otherFrequency = isPlan && c.frequency !== undefined && c.frequency !== allowedFrequency;
    if ((tooMany || tooSmall || otherFrequency || dateTooLate) && amount < ctx.balance) {
      return {
        decision: 'counter',
        reason: dateTooLate && !tooMany && !tooSmall && !otherFrequency ? SettlementReasonCodes.SETTLEMENT_COUNTER_DATE_NOT_ALLOWED : SettlementReasonCodes.SETTLEMENT_COUNTER_PLAN_NOT_ALLOWED,
        message: tooMany
          ? `The policy allows a settlement in at most ${planPolicy.maxInstallments} installments, not ${n}.`
          : tooSmall
            ? `Each installment would be below the policy's minimum of ${money(min)}.`
            : otherFrequency
              ? `The policy's settlement plan is paid ${allowedFrequency}, not ${c.frequency ?? ''}.`
              : `The first payment must be made by ${ctx.expiresOn}, when the offer ends, not ${wantedFirst}.`,
        requiredLevel: null,
        offer: closest(),
        blocks: [],
      };
    }
  }
  const level = amount >= ctx.balance ? 0 : requiredLevel(ctx, amount, scale);
  if (level >= 0 && level <= ctx.levelIndex) {
    const offer = isPlan ? planOf(amount, n) : lumpOf(amount);
    return { decision: 'accept', reason: null, message: `The counter-offer of ${money(amount)} is within the policy and the evaluator's authority.`, requiredLevel: null, offer, blocks: [] };
  }
  if (level > ctx.levelIndex) {
    const name = ctx.levels[level] as string;
    return { decision: 'escalate', reason: SettlementReasonCodes.SETTLEMENT_COUNTER_NEEDS_APPROVAL, message: `The counter-offer of ${money(amount)} is within the policy but needs approval from "${name}".`, requiredLevel: name, offer: null, blocks: [] };
  }
  const offer = closest();
  return {
    decision: 'counter',
    reason: SettlementReasonCodes.SETTLEMENT_COUNTER_BELOW_FLOOR,
    message: `The counter-offer of ${money(amount)} is below what the policy allows at any authority level; the closest offer is ${offer.amount}.`,
    requiredLevel: null,
    offer,
    blocks: [],
  };
}

/**
 * The non-throwing twin of {@link evaluateCounterOffer}.
 *
 * @param counter - anything; `{ amount, installments? }` is expected
 * @param context - anything; `{ account, policy, asOf, debtor?, level? }` is expected
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeEvaluateCounterOffer } from 'arrears/settlement';
 * safeEvaluateCounterOffer({ amount: '-5' }, {}).success; // => false
 * ```
 */
export function safeEvaluateCounterOffer(counter: unknown, context: unknown): ArrearsResult<CounterOfferEvaluation> {
  return attempt(() => evaluateCounterOffer(counter as CounterOfferInput, context as CounterOfferContextInput));
}
