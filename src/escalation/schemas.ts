import * as z from 'zod/mini';
import { CalendarDateSchema } from '../calendar/index.js';
import { AmountSchema, CurrencyCodeSchema, NonNegativeAmountSchema, PositiveAmountSchema } from '../money/index.js';
import { arrearsIssue } from '../internal/parse.js';
import { EscalationErrorCodes } from './codes.js';
import { ACTION_TYPES, EVENT_TYPE_SET, EVENT_TYPES, FREEZE_KEYS, HOLD_KINDS } from './states.js';

const NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/** The most events an account's log holds (a back-dated event replays them all); also bounds payments and clock stops. */
export const MAX_ACCOUNT_EVENTS = 20_000;
/** The most entries an account's audit trail holds. */
export const MAX_ACCOUNT_AUDIT_ENTRIES = 200_000;
const MAX_DAYS = 36_500;

/**
 * A state, stage, guard or custom event name: a letter, then letters, digits, `_`, `.` or `-`,
 * at most 64 characters (`mid`, `skipTrace`, `state.review-1`). Internal: part of the exported
 * policy and event schemas, not re-exported from the index.
 */
export const StateNameSchema = z.string().check(z.minLength(1), z.maxLength(64), z.regex(NAME, { message: 'Use a letter followed by letters, digits, "_", "." or "-"' }));

const Text = z.string().check(z.maxLength(500));

/**
 * A US state's (or DC's) ISO 3166-2 code for the statute-of-limitations table: `US-CA`,
 * `US-DC`. Internal: part of the exported open and policy schemas, not re-exported.
 */
const LimitationJurisdictionSchema = z.string().check(z.regex(/^US-[A-Z]{2}$/, { message: 'Use an ISO 3166-2 code of a US state or DC such as "US-CA" or "US-DC"' }));

/**
 * What a hold freezes, each `true` or `false`: the days-past-due `clock`, `contact` with the
 * consumer, `fees`, `offers` (promises, plans, settlements), `escalation` (stage moves, charge-off,
 * placement, sale), `legal` action, credit `reporting`. Partial: missing keys keep the default
 * for the hold's kind.
 *
 * @example
 * ```ts
 * import { HoldFreezesSchema } from 'arrears/escalation';
 * HoldFreezesSchema.safeParse({ clock: true, contact: false }).success; // => true
 * HoldFreezesSchema.safeParse({ interest: true }).success; // => false
 * ```
 */
export const HoldFreezesSchema = z.strictObject({
  /** The days-past-due clock stops. */
  clock: z.optional(z.boolean()),
  /** No contact with the consumer. */
  contact: z.optional(z.boolean()),
  /** No fees. */
  fees: z.optional(z.boolean()),
  /** No promises, plans, settlements or offers. */
  offers: z.optional(z.boolean()),
  /** No stage moves up, charge-off, placement, sale or policy transition. */
  escalation: z.optional(z.boolean()),
  /** No legal referral. */
  legal: z.optional(z.boolean()),
  /** No credit reporting. */
  reporting: z.optional(z.boolean()),
});

/**
 * The kind of a hold: `dispute`, `bankruptcy`, `ceaseCommunication`, `attorney`, `deceased`,
 * `servicemember`, `hardship`, `disaster`, `fraudClaim`, `manual`, `exempt`.
 *
 * @example
 * ```ts
 * import { HoldKindSchema } from 'arrears/escalation';
 * HoldKindSchema.parse('bankruptcy'); // => 'bankruptcy'
 * ```
 */
export const HoldKindSchema = z.enum(HOLD_KINDS);

// ---------------------------------------------------------------------------------------------
// Events

const base = {
  /** The day the event took effect, `YYYY-MM-DD`. */
  date: CalendarDateSchema,
  /** The day it was recorded, when later than `date` (a back-dated event); defaults to `date`. */
  recordedOn: z.optional(CalendarDateSchema),
  /** Who recorded it (a user or system id), for the audit trail. */
  actor: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** A free-text note for the audit trail. */
  note: z.optional(Text),
};

const Installment = z.strictObject({
  /** The due date, `YYYY-MM-DD`. */
  dueDate: CalendarDateSchema,
  /** The amount due, a positive decimal string in the account's currency. */
  amount: PositiveAmountSchema,
});

const ev = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.strictObject({
    /** The event type. */
    type: z.literal(type),
    ...base,
    ...shape,
  });

const EVENT_SCHEMAS = [
  ev('installmentDue', {
    /** The due date; defaults to `date`. */
    dueDate: z.optional(CalendarDateSchema),
    /** The amount due. */
    amount: PositiveAmountSchema,
  }),
  ev('paymentReceived', {
    /** The amount paid. */
    amount: PositiveAmountSchema,
    /** The caller's payment id (for reversals); defaults to `p<seq>`. */
    paymentId: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  }),
  ev('paymentReversed', {
    /** The id of the payment reversed. */
    paymentId: z.string().check(z.minLength(1), z.maxLength(200)),
    /** Why (NSF, returned, ...). */
    reason: z.optional(Text),
  }),
  ev('balanceAdjusted', {
    /** The signed change of the balance (fees, interest, waivers). */
    amount: AmountSchema,
    /** Why. */
    reason: Text,
  }),
  ev('promiseMade', {
    /** The amount. */
    amount: PositiveAmountSchema,
    /** The day it is due. */
    dueDate: CalendarDateSchema,
  }),
  ev('planAgreed', {
    /** The plan installments, in date order. */
    installments: z.array(Installment).check(z.minLength(1), z.maxLength(600)),
  }),
  ev('planInstallmentMissed', {
    /** The due date of the plan installment reported missed. */
    dueDate: CalendarDateSchema,
  }),
  ev('planBroken', {}),
  ev('planCompleted', {}),
  ev('hardshipGranted', {
    /** The last day of the forbearance (included); without it, it lasts until `hardshipEnded`. */
    endDate: z.optional(CalendarDateSchema),
    /** Why. */
    reason: z.optional(Text),
  }),
  ev('hardshipEnded', {}),
  ev('settlementAccepted', {
    /** The amount. */
    amount: PositiveAmountSchema,
    /** The day it is due. */
    dueDate: CalendarDateSchema,
  }),
  ev('settlementPaid', {}),
  ev('disputeReceived', {
    /** Whether the dispute came within the validation period (default `true`). */
    withinValidationPeriod: z.optional(z.boolean()),
    /** What is disputed. */
    reason: z.optional(Text),
  }),
  ev('verificationSent', {}),
  ev('ceaseRequested', {}),
  ev('ceaseWithdrawn', {}),
  ev('attorneyNotice', {
    /** The attorney's name. */
    attorney: z.optional(z.string().check(z.maxLength(200))),
  }),
  ev('attorneyWithdrawn', {}),
  ev('bankruptcyFiled', {
    /** The bankruptcy chapter. */
    chapter: z.optional(z.union([z.literal(7), z.literal(11), z.literal(12), z.literal(13)])),
    /** The case number. */
    caseNumber: z.optional(z.string().check(z.maxLength(100))),
  }),
  ev('bankruptcyDismissed', {}),
  ev('bankruptcyDischarged', {}),
  ev('deathNotified', {
    /** Whether there is an estate: `none` closes the account. */
    estate: z.optional(z.enum(['open', 'none', 'unknown'])),
  }),
  ev('servicememberNotice', {
    /** The first day of military service. */
    serviceStart: CalendarDateSchema,
    /** The last day, when known. */
    serviceEnd: z.optional(CalendarDateSchema),
    /** Whether the obligation is a mortgage (cap runs one more year). */
    mortgage: z.optional(z.boolean()),
  }),
  ev('fraudClaimed', {}),
  ev('fraudResolved', {
    /** Whether the fraud was confirmed. */
    confirmed: z.boolean(),
  }),
  ev('holdPlaced', {
    /** The kind of hold. */
    kind: z.enum(['manual', 'disaster', 'exempt']),
    /** Its id; defaults to the kind. */
    holdId: z.optional(StateNameSchema),
    /** Why. */
    reason: Text,
    /** The last day the hold is in force (included); without it, it lasts until `holdLifted`. */
    endDate: z.optional(CalendarDateSchema),
    /** What it freezes, over the kind's defaults. */
    freezes: z.optional(HoldFreezesSchema),
  }),
  ev('holdLifted', {
    /** The id of the hold to lift. */
    holdId: StateNameSchema,
  }),
  ev('communicationMade', {
    /** How the consumer was reached. */
    channel: z.enum(['inPerson', 'telephone', 'letter', 'electronic']),
    /**
     * `inPerson` and `telephone` only: the collector spoke with the consumer about the debt (a
     * conversation, not a voicemail or a message left with someone else). Without it the
     * contact is not "speaking to the consumer" (12 CFR 1006.30(a)(1)(i)) and does not open
     * credit reporting.
     */
    spokeWithConsumer: z.optional(z.boolean()),
  }),
  ev('communicationUndeliverable', {}),
  ev('chargeOff', {}),
  ev('placedWithAgency', {
    /** The agency. */
    agency: z.optional(z.string().check(z.maxLength(200))),
  }),
  ev('recalled', {}),
  ev('legalReferral', {
    /**
     * The caller's statement that the debt is within the limitation period. Needed when the
     * account has no limitation period (no jurisdiction and no years); `false` refuses the
     * referral. It cannot override a time bar the machine computed.
     */
    withinLimitationPeriod: z.optional(z.boolean()),
  }),
  ev('sold', {
    /** The buyer. */
    buyer: z.optional(z.string().check(z.maxLength(200))),
  }),
  ev('writtenOff', {}),
  ev('custom', {
    /** The policy transition's event name. */
    name: StateNameSchema,
  }),
] as const;

const EventUnion = z.discriminatedUnion('type', EVENT_SCHEMAS);

/**
 * One event, the input of `transition`: a discriminated union on `type`. Every event has a
 * `date` (when it took effect) and may have `recordedOn` (when it was recorded, for back-dated
 * events), `actor` and `note`. Amounts are decimal strings in the account's currency. An
 * unknown `type` fails with `ESCALATION_UNKNOWN_EVENT`.
 *
 * Types: `installmentDue`, `paymentReceived`, `paymentReversed`, `balanceAdjusted`,
 * `promiseMade`, `planAgreed`, `planInstallmentMissed`, `planBroken`, `planCompleted`,
 * `hardshipGranted`, `hardshipEnded`, `settlementAccepted`, `settlementPaid`,
 * `disputeReceived`, `verificationSent`, `ceaseRequested`, `ceaseWithdrawn`, `attorneyNotice`,
 * `attorneyWithdrawn`, `bankruptcyFiled`, `bankruptcyDismissed`, `bankruptcyDischarged`,
 * `deathNotified`, `servicememberNotice`, `fraudClaimed`, `fraudResolved`, `holdPlaced`,
 * `holdLifted`, `communicationMade`, `communicationUndeliverable`, `chargeOff`,
 * `placedWithAgency`, `recalled`, `legalReferral`, `sold`, `writtenOff`, `custom`.
 *
 * @example
 * ```ts
 * import { EscalationEventSchema } from 'arrears/escalation';
 * EscalationEventSchema.safeParse({ type: 'paymentReceived', date: '2026-03-02', amount: '50.00' }).success; // => true
 * EscalationEventSchema.safeParse({ type: 'paymentReceived', date: '2026-03-02', amount: '0' }).success; // => false
 * EscalationEventSchema.safeParse({ type: 'teleport', date: '2026-03-02' }).success; // => false
 * ```
 */
export const EscalationEventSchema = z.pipe(z.unknown().check(z.superRefine((value, ctx) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const type = (value as { type?: unknown }).type;
      if (typeof type === 'string' && !EVENT_TYPE_SET.has(type)) {
        ctx.addIssue({
          code: 'custom',
          message: `${JSON.stringify(type.length > 40 ? `${type.slice(0, 40)}...` : type)} is not an event this machine knows; use one of ${EVENT_TYPES.join(', ')}.`,
          params: arrearsIssue(EscalationErrorCodes.ESCALATION_UNKNOWN_EVENT),
          input: type,
          path: ['type'],
          abort: true,
        });
      }
    }
  })), EventUnion);

// ---------------------------------------------------------------------------------------------
// Policy

/**
 * An action a stage or a custom transition asks for: `{ type, notice? }`, where `type` is one
 * of the machine's action types (`sendNotice`, `sendReminder`, `assessLateFee`,
 * `offerPaymentPlan`, `offerSettlement`, `reportToBureau`, `requestLegalReview`, `notify`, ...)
 * and `notice` names the letter or template. `threatensSuit: true` marks a notice that mentions
 * a lawsuit: it is suppressed for a time-barred debt (12 CFR 1006.26(b)).
 *
 * @example
 * ```ts
 * import { ActionTemplateSchema } from 'arrears/escalation';
 * ActionTemplateSchema.safeParse({ type: 'sendNotice', notice: 'finalDemand' }).success; // => true
 * ActionTemplateSchema.safeParse({ type: 'sendFax' }).success; // => false
 * ```
 */
export const ActionTemplateSchema = z.strictObject({
  /** The action type. */
  type: z.enum(ACTION_TYPES),
  /** The notice or template name. */
  notice: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  /** Whether the notice threatens a lawsuit (held back for a time-barred debt, and while the limitation status is unknown). */
  threatensSuit: z.optional(z.boolean()),
  /**
   * Marks a notice 12 CFR 1006.6(c)(2) allows after a cease-communication request, which then
   * goes out despite it: `effortsTerminated` (further efforts are being terminated, (c)(2)(i)),
   * `remedyMayBeInvoked` (remedies ordinarily invoked may be invoked, (c)(2)(ii)),
   * `remedyInvoked` (a specified remedy will be invoked, (c)(2)(iii)). Other holds still apply.
   */
  ceaseException: z.optional(z.enum(['effortsTerminated', 'remedyMayBeInvoked', 'remedyInvoked'])),
});

/**
 * One delinquency stage of a policy: entered when the effective days past due reach
 * `minDaysPastDue` and, when set, the past-due amount reaches `minPastDue` and the number of
 * unpaid past-due installments reaches `minUnpaidInstallments`; `actions` go out on entry.
 *
 * @example
 * ```ts
 * import { StageSchema } from 'arrears/escalation';
 * StageSchema.safeParse({ id: 'early', minDaysPastDue: 11, actions: [{ type: 'sendReminder' }] }).success; // => true
 * StageSchema.safeParse({ id: 'early', minDaysPastDue: 0 }).success; // => false
 * ```
 */
export const StageSchema = z.strictObject({
  /** The stage name. */
  id: StateNameSchema,
  /** Effective days past due at which the stage starts (at least 1). */
  minDaysPastDue: z.int().check(z.gte(1), z.lte(MAX_DAYS)),
  /** The past-due amount the stage also needs, a decimal string. */
  minPastDue: z.optional(NonNegativeAmountSchema),
  /** The count of unpaid past-due installments the stage also needs. */
  minUnpaidInstallments: z.optional(z.int().check(z.gte(1), z.lte(10_000))),
  /** Actions on entry. */
  actions: z.optional(z.array(ActionTemplateSchema).check(z.maxLength(20))),
  /** What the stage means, for docs and `explain`. */
  description: z.optional(Text),
});

const WhenSchema = z.strictObject({
  /** The guard applies only in these states. */
  states: z.optional(z.array(StateNameSchema).check(z.minLength(1))),
  /** ... only while a hold of one of these kinds is active. */
  holds: z.optional(z.array(HoldKindSchema).check(z.minLength(1))),
  /** ... only at or above these effective days past due. */
  minDaysPastDue: z.optional(z.int().check(z.gte(0), z.lte(MAX_DAYS))),
  /** ... only at or below these effective days past due (inclusive, as every `max...`). */
  maxDaysPastDue: z.optional(z.int().check(z.gte(0), z.lte(MAX_DAYS))),
  /** ... only when the balance is below this amount. */
  balanceBelow: z.optional(NonNegativeAmountSchema),
  /** ... only for a time-barred debt (true) or a debt within the limitation period (false). */
  timeBarred: z.optional(z.boolean()),
  /** ... only for these jurisdictions. */
  jurisdictions: z.optional(z.array(LimitationJurisdictionSchema).check(z.minLength(1))),
}).check(z.superRefine((when, ctx) => {
  // A range no day fits makes the guard a no-op: an error, not silence.
  if (when.minDaysPastDue !== undefined && when.maxDaysPastDue !== undefined && when.minDaysPastDue > when.maxDaysPastDue) {
    ctx.addIssue({ code: 'custom', path: ['maxDaysPastDue'], message: `maxDaysPastDue (${when.maxDaysPastDue}) is below minDaysPastDue (${when.minDaysPastDue}): no day fits, so the guard would never apply.`, params: arrearsIssue('INPUT_OUT_OF_RANGE'), input: when.maxDaysPastDue });
  }
}));

/**
 * A guard added by a policy: refuses the listed `events` (event types, or custom event names)
 * when every condition in `when` holds. The refusal names the guard `id`, its `description` and
 * `citation`.
 *
 * @example
 * ```ts
 * import { PolicyGuardSchema } from 'arrears/escalation';
 * PolicyGuardSchema.safeParse({ id: 'smallBalance', description: 'No legal referral under 500.00', events: ['legalReferral'], when: { balanceBelow: '500.00' } }).success; // => true
 * ```
 */
export const PolicyGuardSchema = z.strictObject({
  /** The guard's name. */
  id: StateNameSchema,
  /** Why it refuses, as a sentence. */
  description: Text,
  /** Event types or custom event names it applies to. */
  events: z.array(StateNameSchema).check(z.minLength(1), z.maxLength(50)),
  /** The conditions, all of which must hold for the guard to refuse. */
  when: WhenSchema,
  /** The rule behind it. */
  citation: z.optional(z.string().check(z.maxLength(200))),
});

/**
 * A state added by a policy (outside the days-past-due ladder), entered and left through the
 * policy's `transitions`. A `terminal` state is absorbing.
 *
 * @example
 * ```ts
 * import { CustomStateSchema } from 'arrears/escalation';
 * CustomStateSchema.safeParse({ id: 'skipTrace', description: 'Looking for a new address' }).success; // => true
 * ```
 */
export const CustomStateSchema = z.strictObject({
  /** The state name. */
  id: StateNameSchema,
  /** What it means. */
  description: z.optional(Text),
  /** Whether it is absorbing. */
  terminal: z.optional(z.boolean()),
  /**
   * What the state freezes while the account is in it (as a hold would: `clock`, `escalation`,
   * `fees`, ...). Without it the days-past-due clock and the ladder keep running: on the day the
   * days past due reach a stage's threshold (or charge-off), the account moves there.
   */
  freezes: z.optional(HoldFreezesSchema),
});

/**
 * A transition added by a policy: a `custom` event named `event`, from any of `from`, to `to`,
 * with optional actions.
 *
 * @example
 * ```ts
 * import { CustomTransitionSchema } from 'arrears/escalation';
 * CustomTransitionSchema.safeParse({ event: 'startSkipTrace', from: ['late', 'chargedOff'], to: 'skipTrace' }).success; // => true
 * ```
 */
export const CustomTransitionSchema = z.strictObject({
  /** The custom event name. */
  event: StateNameSchema,
  /** The states it leaves from. */
  from: z.array(StateNameSchema).check(z.minLength(1), z.maxLength(50)),
  /** The state it enters; give either `to` or `returnToLadder`. */
  to: z.optional(StateNameSchema),
  /** Enter the ladder stage the days past due justify (or charge-off), instead of a named state. */
  returnToLadder: z.optional(z.literal(true)),
  /** Actions on the way. */
  actions: z.optional(z.array(ActionTemplateSchema).check(z.maxLength(20))),
  /** What it means. */
  description: z.optional(Text),
});

const Years = z.int().check(z.gte(1), z.lte(100));

/**
 * An escalation policy (plain JSON). Every key is optional: missing keys take the default
 * policy's value ({@link DEFAULT_ESCALATION_POLICY}); `stages`, when given, replaces the
 * default ladder. Thresholds must be strictly increasing (`ESCALATION_POLICY_THRESHOLDS_OUT_OF_ORDER`)
 * and every state reachable (`ESCALATION_POLICY_UNREACHABLE_STATE`).
 *
 * @example
 * ```ts
 * import { EscalationPolicySchema } from 'arrears/escalation';
 * EscalationPolicySchema.safeParse({ chargeOff: { daysPastDue: 120 }, timers: { promiseGraceDays: 5 } }).success; // => true
 * EscalationPolicySchema.safeParse({ timers: { promiseGraceDays: -1 } }).success; // => false
 * ```
 */
export const EscalationPolicySchema = z.strictObject({
  /** A name for the policy, recorded in `explain`. */
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  /** The delinquency ladder, lowest first. */
  stages: z.optional(z.array(StageSchema).check(z.minLength(1), z.maxLength(30))),
  /** Charge-off: the days past due at which it happens by time (`null`: only by event), and its actions. */
  chargeOff: z.optional(z.strictObject({
      /** Effective days past due of the automatic charge-off, or `null` for manual charge-off only. */
      daysPastDue: z.optional(z.nullable(z.int().check(z.gte(1), z.lte(MAX_DAYS)))),
      /** Actions on charge-off. */
      actions: z.optional(z.array(ActionTemplateSchema).check(z.maxLength(20))),
    })),
  /** Timers, in days. */
  timers: z.optional(z.strictObject({
      /** Days after a promise's due date before it is broken. */
      promiseGraceDays: z.optional(z.int().check(z.gte(0), z.lte(365))),
      /** Days after a plan installment's due date before it counts as missed. */
      planGraceDays: z.optional(z.int().check(z.gte(0), z.lte(365))),
      /** Missed plan installments a plan tolerates (inclusive): one more breaks it; 0 (the default) breaks it at the first miss. */
      maxMissedPlanInstallments: z.optional(z.int().check(z.gte(0), z.lte(99))),
      /** Days after a settlement's due date before it lapses. */
      settlementGraceDays: z.optional(z.int().check(z.gte(0), z.lte(365))),
      /** Days to wait for a notice of undeliverability after a letter or electronic message before reporting, the sending day first: 14 to 365 (12 CFR 1006.30(a)(1)(ii); comment 30(a)(1)-2 calls 14 reasonable; compliance's `checkFurnishing` takes no shorter wait). */
      reportingWaitDays: z.optional(z.int().check(z.gte(14), z.lte(365))),
    })),
  /** What each kind of hold freezes, overriding the defaults. */
  holds: z.optional(z.partialRecord(HoldKindSchema, HoldFreezesSchema)),
  /** Whether an active arrangement (promise, plan, settlement, hardship) suspends escalation. */
  arrangementsSuspendEscalation: z.optional(z.boolean()),
  /** Whether credit reporting waits for a prior communication (12 CFR 1006.30(a)). */
  requirePriorCommunicationForReporting: z.optional(z.boolean()),
  /** Statute-of-limitations overrides by jurisdiction, in years. */
  limitations: z.optional(z.record(
      LimitationJurisdictionSchema,
      z.strictObject({
        /** Years for written contracts. */
        writtenContract: z.optional(Years),
        /** Years for open accounts (credit cards). */
        openAccount: z.optional(Years),
      }),
    )),
  /** The states a legal referral may come from. */
  legalReferralFrom: z.optional(z.array(StateNameSchema).check(z.minLength(1), z.maxLength(50))),
  /** The states a placement with an agency may come from. */
  placementFrom: z.optional(z.array(StateNameSchema).check(z.minLength(1), z.maxLength(50))),
  /** Extra states. */
  states: z.optional(z.array(CustomStateSchema).check(z.maxLength(50))),
  /** Extra transitions (custom events). */
  transitions: z.optional(z.array(CustomTransitionSchema).check(z.maxLength(200))),
  /** Extra guards. */
  guards: z.optional(z.array(PolicyGuardSchema).check(z.maxLength(100))),
});

/**
 * What {@link createEscalation} takes: the policy (an {@link EscalationPolicySchema} value; the
 * same schema under the name of the function, as every document function has one).
 *
 * @example
 * ```ts
 * import { CreateEscalationInputSchema } from 'arrears/escalation';
 * CreateEscalationInputSchema.safeParse({ timers: { planGraceDays: 5, maxMissedPlanInstallments: 1 } }).success; // => true
 * CreateEscalationInputSchema.safeParse({ timers: { planMaxMissed: 1 } }).success; // => false
 * ```
 */
export const CreateEscalationInputSchema = z.extend(EscalationPolicySchema, {});

// ---------------------------------------------------------------------------------------------
// Opening an account

/**
 * What `initialState` takes: the account's currency, opening date, balance owed and the
 * installments due (past or future), plus optional limitation facts. `stage` opens an imported
 * account directly in `chargedOff`, `placed` or `referredToLegal`.
 *
 * @example
 * ```ts
 * import { EscalationOpenSchema } from 'arrears/escalation';
 * EscalationOpenSchema.safeParse({ currency: 'USD', openedOn: '2026-01-01', balance: '1200.00', dues: [{ dueDate: '2026-02-01', amount: '100.00' }] }).success; // => true
 * EscalationOpenSchema.safeParse({ currency: 'USD', openedOn: '2026-01-01', balance: '-1.00' }).success; // => false
 * ```
 */
export const EscalationOpenSchema = z.strictObject({
  /** The caller's account id, kept in the state. */
  accountId: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** ISO 4217 currency of every amount. */
  currency: CurrencyCodeSchema,
  /** The day the machine starts following the account. */
  openedOn: CalendarDateSchema,
  /** The balance owed, a non-negative decimal string. */
  balance: NonNegativeAmountSchema,
  /** Installments due (the schedule): any order, paid ones left out. */
  dues: z.optional(z.array(Installment).check(z.maxLength(10_000))),
  /** Open directly in this state (imported accounts). */
  stage: z.optional(z.enum(['chargedOff', 'placed', 'referredToLegal'])),
  /** Statute-of-limitations facts. */
  limitations: z.optional(z.strictObject({
      /** Two-letter jurisdiction whose statute applies. */
      jurisdiction: z.optional(LimitationJurisdictionSchema),
      /** The kind of debt, which picks the period; when missing, the shorter of the jurisdiction's two periods applies. */
      debtKind: z.optional(z.enum(['writtenContract', 'openAccount'])),
      /** The period in years, overriding the table. */
      years: z.optional(Years),
      /** The day the cause of action accrued; defaults to the day after the oldest unpaid due date. */
      accruedOn: z.optional(CalendarDateSchema),
    })),
});

// ---------------------------------------------------------------------------------------------
// Account state (what the machine writes; checked when an account comes back from storage)

const DueSchema = z.strictObject({ dueDate: CalendarDateSchema, amount: AmountSchema });
const FreezesSchema = z.strictObject(Object.fromEntries(FREEZE_KEYS.map((k) => [k, z.boolean()])) as Record<(typeof FREEZE_KEYS)[number], z.ZodMiniBoolean>);
const ActionSchema = z.strictObject({
  type: z.enum(ACTION_TYPES),
  date: CalendarDateSchema,
  category: z.enum(['contact', 'fees', 'offers', 'reporting', 'legal', 'internal']),
  addressee: z.optional(z.enum(['consumer', 'attorney', 'estate', 'consumerReportingAgency', 'internal'])),
  notice: z.optional(z.string()),
  dueDate: z.optional(CalendarDateSchema),
  on: z.optional(CalendarDateSchema),
  annualRate: z.optional(z.string().check(z.regex(/^(0(\.[0-9]{1,8})?|1(\.0{1,8})?)$/, { message: 'Use a decimal fraction from 0 to 1 such as "0.06"' }))),
  startDate: z.optional(CalendarDateSchema),
  citation: z.optional(z.string()),
  message: z.string(),
});
const Count = z.int().check(z.gte(0));

/**
 * The account state as the machine writes it (`format: 'arrears.escalation/1'`). `transition`,
 * `advance` and the other methods check an account they did not produce with this schema once
 * (for example after `JSON.parse`), then trust it; a failure is a `ValidationError` whose code is
 * `ESCALATION_INVALID_ACCOUNT` or a generic input code.
 *
 * @example
 * ```ts
 * import { EscalationAccountSchema, createEscalation } from 'arrears/escalation';
 * const account = createEscalation().initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '100.00' });
 * EscalationAccountSchema.safeParse(JSON.parse(JSON.stringify(account))).success; // => true
 * EscalationAccountSchema.safeParse({ ...account, stage: 42 }).success; // => false
 * ```
 */
export const EscalationAccountSchema = z.strictObject({
  format: z.literal('arrears.escalation/1'),
  accountId: z.nullable(z.string()),
  currency: CurrencyCodeSchema,
  openedOn: CalendarDateSchema,
  clock: CalendarDateSchema,
  stage: StateNameSchema,
  stageSince: CalendarDateSchema,
  balance: AmountSchema,
  dues: z.array(DueSchema).check(z.maxLength(10_000)),
  daysPastDue: Count,
  pausedDays: Count,
  clockStops: z.array(z.strictObject({ start: CalendarDateSchema, end: z.nullable(CalendarDateSchema) })).check(z.maxLength(MAX_ACCOUNT_EVENTS)),
  holds: z.array(
    z.strictObject({
      id: z.string().check(z.minLength(1), z.maxLength(100)),
      kind: HoldKindSchema,
      reason: z.string(),
      start: CalendarDateSchema,
      end: z.nullable(CalendarDateSchema),
      source: z.string(),
      citation: z.nullable(z.string()),
      freezes: FreezesSchema,
      addressee: z.optional(z.enum(['attorney', 'estate'])),
    }),
  ).check(z.maxLength(100)),
  arrangement: z.nullable(z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('promiseToPay'), since: CalendarDateSchema, amount: AmountSchema, dueDate: CalendarDateSchema, paid: AmountSchema, breaksOn: CalendarDateSchema }),
      z.strictObject({ kind: z.literal('paymentPlan'), since: CalendarDateSchema, installments: z.array(DueSchema).check(z.minLength(1)), paid: AmountSchema, missed: Count, nextInstallment: Count }),
      z.strictObject({ kind: z.literal('settlementPending'), since: CalendarDateSchema, amount: AmountSchema, dueDate: CalendarDateSchema, paid: AmountSchema, lapsesOn: CalendarDateSchema }),
      z.strictObject({ kind: z.literal('hardship'), start: CalendarDateSchema, end: z.nullable(CalendarDateSchema) }),
    ])),
  counters: z.strictObject({ brokenPromises: Count, keptPromises: Count, brokenPlans: Count }),
  communication: z.strictObject({
    reportableFrom: z.nullable(CalendarDateSchema),
    reportPending: z.boolean(),
    reportedOn: z.nullable(CalendarDateSchema),
    history: z.optional(
      z.array(z.strictObject({ date: CalendarDateSchema, channel: z.nullable(z.enum(['inPerson', 'telephone', 'letter', 'electronic'])), outcome: z.enum(['spoke', 'sent', 'undeliverable']) })).check(z.maxLength(MAX_ACCOUNT_EVENTS)),
    ),
  }),
  limitations: z.strictObject({
    jurisdiction: z.nullable(LimitationJurisdictionSchema),
    debtKind: z.enum(['writtenContract', 'openAccount', 'unknown']),
    years: z.nullable(z.int().check(z.gte(1), z.lte(100))),
    accruedOn: z.nullable(CalendarDateSchema),
    timeBarredOn: z.nullable(CalendarDateSchema),
    timeBarred: z.boolean(),
  }),
  payments: z.array(z.strictObject({ id: z.string(), date: CalendarDateSchema, amount: AmountSchema, applied: z.array(DueSchema).check(z.maxLength(10_000)), reversed: z.boolean() })).check(z.maxLength(MAX_ACCOUNT_EVENTS)),
  nextReviewOn: z.nullable(CalendarDateSchema),
  opening: EscalationOpenSchema,
  log: z.array(z.strictObject({ seq: z.int().check(z.gte(1)), clock: CalendarDateSchema, recordedOn: CalendarDateSchema, event: EventUnion })).check(z.maxLength(MAX_ACCOUNT_EVENTS)),
  audit: z.array(
    z.strictObject({
      seq: z.int().check(z.gte(1)),
      date: CalendarDateSchema,
      event: z.string(),
      eventSeq: z.nullable(z.int().check(z.gte(1))),
      from: z.string(),
      to: z.string(),
      rule: z.string(),
      message: z.string(),
      daysPastDue: Count,
      holds: z.array(z.string()),
      actions: z.array(ActionSchema),
      suppressed: z.array(z.strictObject({ action: ActionSchema, by: z.array(z.string()), message: z.string() })),
      correction: z.nullable(z.strictObject({ recordedOn: CalendarDateSchema, supersedes: z.array(z.int().check(z.gte(1))) })),
    }),
  ).check(z.maxLength(MAX_ACCOUNT_AUDIT_ENTRIES)),
});
