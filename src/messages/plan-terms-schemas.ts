import * as z from 'zod/mini';
import { LateFeePolicySchema } from '../fees/index.js';
import { AmountSchema, CurrencyCodeSchema } from '../money/index.js';
import { PlanStateSchema } from '../plan/index.js';
// Not a public export of arrears/plan (a schedule is what buildSchedule returns), shared here.
import { PlanScheduleSchema } from '../plan/schemas.js';
import { MessageLanguageSchema } from './schemas.js';
import { addTextIssue } from './reminder-schemas.js';
import { MessageTextErrorCodes } from './text-codes.js';
import { MessageSenderIdentitySchema } from './text-schemas.js';

/** Where a consequence's authority comes from: the agreement that created the debt, or the law. */
const AuthorizedBySchema = z.enum(['agreement', 'law']);

/**
 * The late fee a plan's terms state: `{ kind: 'none' }`; a flat fee after a number of days
 * (`{ kind: 'flat', amount, currency, afterDays, authorizedBy }`: the fee is added when a payment is not
 * paid in full within `afterDays` days after its due date); or any `arrears/fees` policy that
 * charges one fixed fee per late payment (`{ kind: 'policy', policy, authorizedBy }`). A fee
 * needs `authorizedBy` (`agreement` or `law`): without it {@link describePlan} refuses with
 * `REGF-UNAUTH-AMOUNT` (15 U.S.C. 1692f(1); 12 CFR 1006.22(b)).
 *
 * @example
 * ```ts
 * import { PlanLateFeeTermsSchema } from 'arrears/messages';
 * PlanLateFeeTermsSchema.safeParse({ kind: 'none' }).success; // => true
 * PlanLateFeeTermsSchema.safeParse({ kind: 'flat', amount: '15.00', currency: 'USD', afterDays: 10, authorizedBy: 'agreement' }).success; // => true
 * PlanLateFeeTermsSchema.safeParse({ kind: 'flat', amount: '15.00', afterDays: 10, authorizedBy: 'agreement' }).success; // => false
 * ```
 */
export const PlanLateFeeTermsSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** No late fee. */
    kind: z.literal('none'),
  }),
  z.strictObject({
    /** A flat fee. */
    kind: z.literal('flat'),
    /** The fee. */
    amount: AmountSchema,
    /** The fee's ISO 4217 currency: the plan's. */
    currency: CurrencyCodeSchema,
    /** Days after the due date within which a payment is on time (0: on the due date). */
    afterDays: z.int().check(z.gte(0), z.lte(365)),
    /** The basis of the fee: the agreement or the law. Required: a fee without one is refused. */
    authorizedBy: z.optional(AuthorizedBySchema),
  }),
  z.strictObject({
    /** A late-fee policy of `arrears/fees`. */
    kind: z.literal('policy'),
    /** The policy; see `LateFeePolicySchema` in `arrears/fees`. */
    policy: LateFeePolicySchema,
    /** The basis of the fee: the agreement or the law. Required: a fee without one is refused. */
    authorizedBy: z.optional(AuthorizedBySchema),
  }),
]);

/**
 * What happens after a missed payment: the plan ends `afterDays` days after a due date that
 * is still unpaid and the unpaid balance is then due (`{ action: 'planEnds', afterDays,
 * balanceDue: 'remaining' }`), or nothing happens to the plan (`{ action: 'none' }`).
 *
 * @example
 * ```ts
 * import { PlanOnMissedTermsSchema } from 'arrears/messages';
 * PlanOnMissedTermsSchema.safeParse({ action: 'planEnds', afterDays: 15, balanceDue: 'remaining' }).success; // => true
 * PlanOnMissedTermsSchema.safeParse({ action: 'none', afterDays: 15 }).success; // => false
 * ```
 */
export const PlanOnMissedTermsSchema = z.discriminatedUnion('action', [
  z.strictObject({
    /** The plan ends. */
    action: z.literal('planEnds'),
    /** Days after the due date of a still-unpaid payment. */
    afterDays: z.int().check(z.gte(1), z.lte(365)),
    /** What is then due: the unpaid balance at that time. */
    balanceDue: z.literal('remaining'),
  }),
  z.strictObject({
    /** Nothing happens to the plan. */
    action: z.literal('none'),
  }),
]);

/**
 * The ways a payment can be made, as the caller declares them.
 *
 * @example
 * ```ts
 * import { PlanPaymentMethodSchema } from 'arrears/messages';
 * PlanPaymentMethodSchema.options; // => ['online', 'phone', 'mail', 'autopay', 'inPerson']
 * ```
 */
export const PlanPaymentMethodSchema = z.enum(['online', 'phone', 'mail', 'autopay', 'inPerson']);

/**
 * The terms policy: every consequence a plan's terms may state, declared. {@link describePlan}
 * states only these, and refuses (`MESSAGES_CONSEQUENCE_NOT_DECLARED`) when `lateFee`,
 * `onMissed`, `creditReporting` or `legalAction` is missing: the words a debtor reads about a
 * missed payment must come from a decision, never from a default.
 *
 * - `creditReporting`: `none` or `mayReport` (missed payments may be reported).
 * - `legalAction`: `none` or `mayConsider`; `mayConsider` needs `debt.timeBarred: false`
 *   declared, and is refused on a time-barred debt (`REGF-TIMEBARRED-THREAT`, 12 CFR 1006.26(b)).
 * - `paymentMethods`: the ways to pay, stated as given.
 * - `convenienceFee`: a fee per payment (`{ amount, currency, authorizedBy? }`); it must be zero unless `authorizedBy` is given
 *   (`REGF-UNAUTH-AMOUNT`; the CFPB's pay-to-pay advisory opinion, 87 FR 39733).
 *
 * There is no field for a promise about credit scores: no such sentence can be written
 * (REGF-CREDIT-IMPROVE-CLAIM).
 *
 * @example
 * ```ts
 * import { PlanTermsPolicySchema } from 'arrears/messages';
 * PlanTermsPolicySchema.safeParse({ lateFee: { kind: 'none' }, onMissed: { action: 'none' }, creditReporting: 'none', legalAction: 'none' }).success; // => true
 * PlanTermsPolicySchema.safeParse({ creditScore: 'willImprove' }).success; // => false
 * ```
 */
export const PlanTermsPolicySchema = z.strictObject({
  /** The late fee, or `{ kind: 'none' }`. */
  lateFee: z.optional(PlanLateFeeTermsSchema),
  /** What happens after a missed payment. */
  onMissed: z.optional(PlanOnMissedTermsSchema),
  /** Whether missed payments may be reported to credit reporting agencies. */
  creditReporting: z.optional(z.enum(['none', 'mayReport'])),
  /** Whether legal action may be considered. */
  legalAction: z.optional(z.enum(['none', 'mayConsider'])),
  /** The ways to pay. */
  paymentMethods: z.optional(z.readonly(z.array(PlanPaymentMethodSchema).check(z.minLength(1), z.maxLength(5)))),
  /** A fee charged for making a payment; zero unless authorized. */
  convenienceFee: z.optional(z.strictObject({
      /** The fee per payment. */
      amount: AmountSchema,
      /** The fee's ISO 4217 currency: the plan's. */
      currency: CurrencyCodeSchema,
      /** Its basis; required for a fee above zero. */
      authorizedBy: z.optional(AuthorizedBySchema),
    })),
});

/**
 * The input of {@link describePlan}: the plan, as a `schedule` (the result of `buildSchedule`
 * of `arrears/plan`) or a `planState` (from `createPlanState`, with payments applied: only
 * what is still due is described); the `terms` policy; the `debt` facts (`timeBarred`); the
 * `language` (`en` default, or `es`); and optionally the `sender`, whose kind adds the
 * debt-collector statement of 12 CFR 1006.18(e) (with `initialCommunication`, also (e)(1)).
 *
 * @example
 * ```ts
 * import { buildSchedule } from 'arrears/plan';
 * import { DescribePlanInputSchema } from 'arrears/messages';
 * const schedule = buildSchedule({ principal: '300.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-12-05', firstDueDate: '2027-01-05', installments: 3 });
 * const terms = { lateFee: { kind: 'none' }, onMissed: { action: 'none' }, creditReporting: 'none', legalAction: 'none' };
 * DescribePlanInputSchema.safeParse({ schedule, terms }).success; // => true
 * DescribePlanInputSchema.safeParse({ terms }).success; // => false
 * ```
 */
export const DescribePlanInputSchema = z
  .strictObject({
    /** The plan as built by `buildSchedule`. */
    schedule: z.optional(PlanScheduleSchema),
    /** The plan as kept by `createPlanState` / `applyPayment`. */
    planState: z.optional(PlanStateSchema),
    /** The terms policy. */
    terms: PlanTermsPolicySchema,
    /** Facts about the debt. */
    debt: z.optional(z.strictObject({
        /** Whether the statute of limitations for a suit has run. */
        timeBarred: z.boolean(),
      })),
    /** The language: `en` (default) or `es`. */
    language: z._default(MessageLanguageSchema, 'en'),
    /** Who sends the text; a debt collector's text carries the 12 CFR 1006.18(e) statement. */
    sender: z.optional(MessageSenderIdentitySchema),
    /** Whether the text is the debt collector's first communication (default false). */
    initialCommunication: z._default(z.boolean(), false),
  }).check(z.superRefine((value, ctx) => {
    const hasSchedule = value.schedule !== undefined;
    const hasState = value.planState !== undefined;
    if (hasSchedule === hasState) {
      addTextIssue(ctx, hasSchedule ? MessageTextErrorCodes.MESSAGES_OPTION_WITHOUT_EFFECT : MessageTextErrorCodes.MESSAGES_MISSING_FACT, 'give exactly one of "schedule" and "planState".', hasSchedule ? ['planState'] : ['schedule'], undefined);
    }
    if (value.initialCommunication && value.sender?.kind !== 'debtCollector') {
      addTextIssue(ctx, MessageTextErrorCodes.MESSAGES_OPTION_WITHOUT_EFFECT, 'has no effect unless sender.kind is debtCollector (the 12 CFR 1006.18(e)(1) statement binds debt collectors); leave it out.', ['initialCommunication'], true);
    }
  }));

