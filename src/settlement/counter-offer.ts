import { attempt, ValidationError } from '../errors/index.js';
import type { ArrearsResult, Finding } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import { fromMinorUnits, toMinorUnits } from '../money/index.js';
import { SettlementReasonCodes } from './codes.js';
import { makeOffer, maxCountFor, minimumAmount, planFor, planScale, rankOffers, requiredLevel } from './offers.js';
import { prepare } from './prepare.js';
import { EvaluateCounterOfferInputSchema } from './schemas.js';
import type { CounterOfferEvaluation, EvaluateCounterOfferInput, SettlementOffer } from './types.js';

/** The one finding of a counter-offer not accepted as it stands. */
function because(code: string, message: string, path: ReadonlyArray<string | number> = ['counter', 'amount']): Finding[] {
  return [{ code, severity: 'violation', message, path }];
}

/**
 * Evaluates a debtor's counter-offer against the policy, from the evaluator's authority
 * level (`level`, default the lowest); `ok` is `true` only for **accept**, and any other
 * decision says why in one `violation` finding:
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
 * @param input - `{ counter: { amount, installments?, firstDueDate?, frequency? }, account, policy, asOf, debtor?, level? }`
 * @returns `{ ok, findings, decision, requiredLevel, offer }`
 * @throws {@link arrears!ValidationError} for a malformed counter-offer, account or policy
 * @throws {@link arrears!DomainRuleError} as `settlementOffers`
 *
 * @example
 * ```ts
 * import { evaluateCounterOffer } from 'arrears/settlement';
 * const policy = { bands: [{ minAgeDays: 0, discountRate: { agent: '0.2', supervisor: '0.35' } }], floor: { minRate: '0.6' }, offerWindow: { days: 14 } };
 * const context = { account: { currency: 'USD', principal: '1000.00', delinquencyDate: '2025-06-01' }, policy, asOf: '2026-01-15' };
 * evaluateCounterOffer({ ...context, counter: { amount: '800.00' } }).ok; // => true
 * const up = evaluateCounterOffer({ ...context, counter: { amount: '700.00' } });
 * [up.ok, up.decision, up.requiredLevel, up.findings[0]?.code]; // => [false, 'escalate', 'supervisor', 'SETTLEMENT_COUNTER_NEEDS_APPROVAL']
 * const counter = evaluateCounterOffer({ ...context, counter: { amount: '500.00' } });
 * [counter.decision, counter.offer?.amount]; // => ['counter', '800.00']
 * evaluateCounterOffer({ ...context, counter: { amount: 'lots' } }); // throws MONEY_INVALID_AMOUNT
 * ```
 */
export function evaluateCounterOffer(input: EvaluateCounterOfferInput): CounterOfferEvaluation {
  const parsed = parseInput(EvaluateCounterOfferInputSchema, input);
  const c = parsed.counter;
  const ctx = prepare(parsed.account, parsed.policy, parsed.asOf, parsed.debtor, parsed.level);
  if (c.firstDueDate !== undefined && c.firstDueDate < ctx.asOf) {
    throw new ValidationError([{ code: 'INPUT_INVALID_VALUE', path: ['counter', 'firstDueDate'], message: `"counter.firstDueDate": the first payment (${c.firstDueDate}) is before the date of the offer (${ctx.asOf}).` }]);
  }
  const n = c.installments ?? 1;
  const isPlan = n > 1;
  if (ctx.blocks.length > 0) return { ok: false, findings: ctx.blocks, decision: 'reject', requiredLevel: null, offer: null };
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
      const [field, message] = tooMany
        ? ['installments', `The policy allows a settlement in at most ${planPolicy.maxInstallments} installments, not ${n}.`]
        : tooSmall
          ? ['installments', `Each installment would be below the policy's minimum of ${money(min)}.`]
          : otherFrequency
            ? ['frequency', `The policy's settlement plan is paid ${allowedFrequency}, not ${c.frequency ?? ''}.`]
            : ['firstDueDate', `The first payment must be made by ${ctx.expiresOn}, when the offer ends, not ${wantedFirst}.`];
      const code = field === 'firstDueDate' ? SettlementReasonCodes.SETTLEMENT_COUNTER_DATE_NOT_ALLOWED : SettlementReasonCodes.SETTLEMENT_COUNTER_PLAN_NOT_ALLOWED;
      return { ok: false, findings: because(code, message, ['counter', field]), decision: 'counter', requiredLevel: null, offer: closest() };
    }
  }
  const level = amount >= ctx.balance ? 0 : requiredLevel(ctx, amount, scale);
  if (level >= 0 && level <= ctx.levelIndex) {
    const offer = isPlan ? planOf(amount, n) : lumpOf(amount);
    return { ok: true, findings: [], decision: 'accept', requiredLevel: null, offer };
  }
  if (level > ctx.levelIndex) {
    const name = ctx.levels[level] as string;
    return {
      ok: false,
      findings: because(SettlementReasonCodes.SETTLEMENT_COUNTER_NEEDS_APPROVAL, `The counter-offer of ${money(amount)} is within the policy but needs approval from "${name}".`),
      decision: 'escalate',
      requiredLevel: name,
      offer: null,
    };
  }
  const offer = closest();
  return {
    ok: false,
    findings: because(SettlementReasonCodes.SETTLEMENT_COUNTER_BELOW_FLOOR, `The counter-offer of ${money(amount)} is below what the policy allows at any authority level; the closest offer is ${offer.amount}.`),
    decision: 'counter',
    requiredLevel: null,
    offer,
  };
}

/**
 * The non-throwing twin of {@link evaluateCounterOffer}.
 *
 * @param input - anything; {@link EvaluateCounterOfferInput} is expected
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeEvaluateCounterOffer } from 'arrears/settlement';
 * safeEvaluateCounterOffer({ counter: { amount: '-5' } }).success; // => false
 * ```
 */
export function safeEvaluateCounterOffer(input: unknown): ArrearsResult<CounterOfferEvaluation> {
  return attempt(() => evaluateCounterOffer(input as EvaluateCounterOfferInput));
}
