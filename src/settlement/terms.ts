import { DomainRuleError, attempt } from '../errors/index.js';
import type { ArrearsResult, Finding } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import { fromMinorUnits, toMinorUnits } from '../money/index.js';
import { SettlementReasonCodes } from './codes.js';
import { minimumAmount, planScale, requiredLevel } from './offers.js';
import type { Prepared } from './prepare.js';
import { prepare } from './prepare.js';
import { ValidateSettlementTermsInputSchema } from './schemas.js';
import type { SettlementOfferKind, SettlementTermsVerdict, ValidateSettlementTermsInput } from './types.js';

/**
 * Checks settlement terms (an amount, in one or more installments, for an account on a date, at
 * an authority level) against a settlement policy and returns every violation, for intake
 * forms, approval queues and CI scripts. A policy breach is a result, never an exception: only
 * malformed terms or a malformed policy throw. The rules are those {@link settlementOffers}
 * and {@link evaluateCounterOffer} apply, so every offer `settlementOffers` makes passes at the
 * level it names (`authority.requiredLevel` for an offer that needs approval).
 *
 * The checks:
 * - **blocks**: an open bankruptcy (11 U.S.C. 362(a)), an unverified dispute
 *   (15 U.S.C. 1692g(b)), a fraud claim, a deceased debtor with no estate contact, a time-barred
 *   debt without the disclosures its jurisdiction requires (12 CFR 1006.26): the block's own
 *   `SETTLEMENT_BLOCKED_*` code, at the account field concerned (`['terms', 'account', ...]`),
 *   with its citation;
 * - **amount**: at least the smallest amount the terms' `level` may accept (the band's
 *   discount rate, rounded down, with the settlement plan's `discountScaleRate` for a settlement
 *   plan; raised to the floor and to `balance - maxForgiven`; rounded up to
 *   `roundingIncrement`): below what any level may accept, `SETTLEMENT_POLICY_BELOW_MINIMUM`;
 *   below this level's minimum but within a higher level's, `SETTLEMENT_POLICY_NEEDS_APPROVAL`
 *   (with `details.requiredLevel`). An amount of at least the balance always passes; a full-balance
 *   plan paying less than the balance is `SETTLEMENT_POLICY_BELOW_MINIMUM`;
 * - **plan** (more than one installment), against the policy's `settlementPlan` (default at
 *   most 3 installments) or `fullBalancePlan` (default at most 12):
 *   `SETTLEMENT_POLICY_TOO_MANY_INSTALLMENTS`; a regular installment (`amount / installments`,
 *   rounded down to the minor unit, as the plan's schedule pays it) below `minInstallment`,
 *   `SETTLEMENT_POLICY_INSTALLMENT_TOO_SMALL`; another frequency than the plan's (default
 *   monthly on both sides), `SETTLEMENT_POLICY_FREQUENCY_NOT_ALLOWED`;
 * - **window**: a `firstDueDate` after the offer window closes (calendar or business days from
 *   `asOf`), `SETTLEMENT_POLICY_FIRST_PAYMENT_TOO_LATE`.
 *
 * Terms that no settlement could satisfy (the policy's currency is not the account's, the
 * level is not one of the policy's, the floor's minimum amount is above the balance, nothing is
 * owed, `asOf` before the date the debt ages from) come back as one violation with the code
 * `settlementOffers` throws for them (`SETTLEMENT_CURRENCY_MISMATCH`, ...), and the other
 * checks are skipped.
 *
 * @param input - `{ terms, policy }`; see {@link SettlementTermsSchema} and {@link SettlementPolicySchema}
 * @returns `{ ok, findings }`, each finding a `violation` with `code`, `path` (from the input's
 *   root: `['terms', 'amount']`), `message`, the `citation` of a block, and in `details` the
 *   policy's `limit`, the terms' `actual` value and the `requiredLevel` where they apply
 * @throws {@link arrears!ValidationError} for malformed terms (paths start with `'terms'`) or
 *   a malformed policy (paths start with `'policy'`)
 *
 * @example
 * ```ts
 * import { validateSettlementTerms } from 'arrears/settlement';
 * const policy = { bands: [{ minAgeDays: 0, maxAgeDays: 179, discountRate: { agent: '0.1', supervisor: '0.15' } }, { minAgeDays: 180, discountRate: { agent: '0.3', supervisor: '0.4' } }], floor: { minRate: '0.6' }, offerWindow: { days: 30 } };
 * const account = { currency: 'USD', principal: '1000.00', delinquencyDate: '2025-07-01' };
 * validateSettlementTerms({ terms: { account, asOf: '2026-01-17', amount: '700.00', firstDueDate: '2026-02-16' }, policy }); // => { ok: true, findings: [] }
 * const low = validateSettlementTerms({ terms: { account, asOf: '2026-01-17', amount: '650.00' }, policy });
 * low.findings.map((f) => [f.code, f.path, f.details]); // => [['SETTLEMENT_POLICY_NEEDS_APPROVAL', ['terms', 'amount'], { limit: '700.00', actual: '650.00', requiredLevel: 'supervisor' }]]
 * validateSettlementTerms({ terms: { account, asOf: '2026-01-17', level: 'supervisor', amount: '650.00' }, policy }).ok; // => true
 * const plan = validateSettlementTerms({ terms: { account, asOf: '2026-01-17', amount: '700.00', installments: 6, firstDueDate: '2026-03-01' }, policy });
 * plan.findings.map((f) => f.code); // => ['SETTLEMENT_POLICY_TOO_MANY_INSTALLMENTS', 'SETTLEMENT_POLICY_FIRST_PAYMENT_TOO_LATE']
 * validateSettlementTerms({ terms: { account: { ...account, bankruptcy: true }, asOf: '2026-01-17', amount: '1000.00' }, policy }).findings[0]?.code; // => 'SETTLEMENT_BLOCKED_BANKRUPTCY'
 * validateSettlementTerms({ terms: { account, asOf: '2026-01-17', amount: '0' }, policy }); // throws MONEY_NOT_POSITIVE
 * ```
 */
export function validateSettlementTerms(input: ValidateSettlementTermsInput): SettlementTermsVerdict {
  const { terms: t, policy: p } = parseInput(ValidateSettlementTermsInputSchema, input);
  let ctx: Prepared;
  try {
    ctx = prepare(t.account, p, t.asOf, undefined, t.level);
  } catch (error) {
    // Well-formed terms no settlement under this policy could satisfy: one violation, no more checks.
    if (error instanceof DomainRuleError) {
      const path = error.path[0] === 'policy' ? error.path : ['terms', ...error.path];
      return { ok: false, findings: [{ code: error.code, severity: 'violation', message: error.message, path }] };
    }
    throw error;
  }
  const findings: Finding[] = ctx.blocks.map((block) => ({ ...block, message: `"${(block.path ?? []).join('.')}": ${block.message}`, path: ['terms', ...(block.path ?? [])] }));
  const add = (code: string, field: string, message: string, details: Readonly<Record<string, string>>): void => {
    findings.push({ code, severity: 'violation', message: `"${field}": ${message}`, path: ['terms', field], details });
  };
  const money = (minor: bigint): string => fromMinorUnits(minor, ctx.currency);
  const amount = toMinorUnits(t.amount, ctx.currency);
  const n = t.installments ?? 1;
  const kind: SettlementOfferKind = t.kind ?? (n === 1 ? 'lumpSum' : amount >= ctx.balance ? 'fullBalancePlan' : 'settlementPlan');
  if (amount < ctx.balance) {
    if (kind === 'fullBalancePlan') {
      add(SettlementReasonCodes.SETTLEMENT_POLICY_BELOW_MINIMUM, 'amount', `a full-balance plan pays the whole balance of ${money(ctx.balance)}, not ${t.amount}.`, { limit: money(ctx.balance), actual: t.amount });
    } else {
      const scale = kind === 'settlementPlan' ? planScale(ctx) : undefined;
      const what = kind === 'settlementPlan' ? 'a settlement plan' : 'a lump sum';
      const needed = requiredLevel(ctx, amount, scale);
      if (needed < 0) {
        const lowest = money(minimumAmount(ctx, ctx.levels.length - 1, scale));
        add(SettlementReasonCodes.SETTLEMENT_POLICY_BELOW_MINIMUM, 'amount', `${t.amount} is below the smallest amount the policy allows for ${what} at any authority level (${lowest}).`, { limit: lowest, actual: t.amount });
      } else if (needed > ctx.levelIndex) {
        const own = ctx.levels[ctx.levelIndex] as string;
        const name = ctx.levels[needed] as string;
        const minimum = money(minimumAmount(ctx, ctx.levelIndex, scale));
        add(SettlementReasonCodes.SETTLEMENT_POLICY_NEEDS_APPROVAL, 'amount', `${t.amount} is below the ${minimum} "${own}" may accept for ${what}; "${name}" must approve it.`, { limit: minimum, actual: t.amount, requiredLevel: name });
      }
    }
  }
  if (n > 1) {
    const plan = kind === 'fullBalancePlan' ? (p.fullBalancePlan ?? { maxInstallments: 12 }) : (p.settlementPlan ?? { maxInstallments: 3 });
    const which = kind === 'fullBalancePlan' ? 'a full-balance plan' : 'a settlement plan';
    if (n > plan.maxInstallments) {
      add(SettlementReasonCodes.SETTLEMENT_POLICY_TOO_MANY_INSTALLMENTS, 'installments', `${n} installments; the policy allows ${which} in at most ${plan.maxInstallments}.`, { limit: String(plan.maxInstallments), actual: String(n) });
    }
    if (plan.minInstallment !== undefined) {
      const min = toMinorUnits(plan.minInstallment, ctx.currency);
      const regular = amount / BigInt(n);
      if (regular < min) {
        add(SettlementReasonCodes.SETTLEMENT_POLICY_INSTALLMENT_TOO_SMALL, 'installments', `an installment of ${money(regular)} is below the policy's minimum of ${money(min)} for ${which}.`, { limit: money(min), actual: money(regular) });
      }
    }
    const frequency = t.frequency ?? 'monthly';
    const allowed = plan.frequency ?? 'monthly';
    if (frequency !== allowed) {
      add(SettlementReasonCodes.SETTLEMENT_POLICY_FREQUENCY_NOT_ALLOWED, 'frequency', `${frequency} installments are not allowed; the policy's ${which.slice(2)} is paid ${allowed}.`, { limit: allowed, actual: frequency });
    }
  }
  if (t.firstDueDate !== undefined && t.firstDueDate > ctx.expiresOn) {
    add(SettlementReasonCodes.SETTLEMENT_POLICY_FIRST_PAYMENT_TOO_LATE, 'firstDueDate', `the first payment is due ${t.firstDueDate}, after the offer window closes on ${ctx.expiresOn}.`, { limit: ctx.expiresOn, actual: t.firstDueDate });
  }
  return { ok: findings.length === 0, findings };
}

/**
 * The non-throwing twin of {@link validateSettlementTerms}: malformed input comes back as
 * `{ success: false, error }` (policy breaches are in the data, as always).
 *
 * @param input - anything; {@link ValidateSettlementTermsInput} is expected
 * @returns `{ success: true, data }` with `{ ok, findings }`, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeValidateSettlementTerms } from 'arrears/settlement';
 * safeValidateSettlementTerms({ terms: { amount: 'ten' }, policy: {} }).success; // => false
 * ```
 */
export function safeValidateSettlementTerms(input: unknown): ArrearsResult<SettlementTermsVerdict> {
  return attempt(() => validateSettlementTerms(input as ValidateSettlementTermsInput));
}
