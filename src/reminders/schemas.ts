import * as z from 'zod/mini';
import { CalendarDateSchema, InstantSchema } from '../calendar/index.js';
import {
  AddressKindSchema,
  ConsumerSchema,
  ContactHistoryEntrySchema,
  ContactPolicySchema,
  DebtSchema,
  JurisdictionDefinitionSchema,
} from '../compliance/index.js';
import { ContactIdSchema } from '../internal/contact-id.js';
import { HoldFreezesSchema, HoldKindSchema } from '../escalation/index.js';
import { MessageLanguageSchema, MessageNameSchema, MessageSenderSchema, MessageWebAddressSchema, ReminderWaysForwardSchema } from '../messages/index.js';
import { AmountSchema, CurrencyCodeSchema } from '../money/index.js';
import { arrearsIssue } from '../internal/parse.js';
import { RemindersErrorCodes } from './codes.js';

/**
 * The media a reminder can go by: a text (`sms`), an `email`, or a paper `letter`.
 *
 * @example
 * ```ts
 * import { ReminderMediumSchema } from 'arrears/reminders';
 * ReminderMediumSchema.options; // => ['sms', 'email', 'letter']
 * ```
 */
export const ReminderMediumSchema = z.enum(['sms', 'email', 'letter']);

const HHMM_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of a valid `HH:mm`. */
function minutesOf(value: string): number {
  return Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));
}

/**
 * A local send window `{ start, end }` in `HH:mm`, half-open (`end` is the first minute no
 * longer allowed), read in every zone of the consumer. It must open before it closes and lie
 * inside the legal 08:00-21:00 (12 CFR 1006.6(b)(1)(i)): a window the law would not allow is
 * an error, not a silent clip.
 *
 * @example
 * ```ts
 * import { SendWindowSchema } from 'arrears/reminders';
 * SendWindowSchema.safeParse({ start: '09:00', end: '20:00' }).success; // => true
 * SendWindowSchema.safeParse({ start: '20:00', end: '09:00' }).success; // => false
 * SendWindowSchema.safeParse({ start: '07:00', end: '20:00' }).success; // => false
 * ```
 */
export const SendWindowSchema = z
  .strictObject({
    /** The first local minute a reminder may go, `HH:mm`. */
    start: z.string(),
    /** The first local minute it may no longer go, `HH:mm`. */
    end: z.string(),
  }).check(z.superRefine((w, ctx) => {
    for (const key of ['start', 'end'] as const) {
      if (!HHMM_RE.test(w[key])) {
        ctx.addIssue({ code: 'custom', path: [key], message: `expected a time of day "HH:mm", but got ${JSON.stringify(w[key].slice(0, 16))}.`, params: arrearsIssue(RemindersErrorCodes.REMINDERS_INVALID_WINDOW), input: w[key] });
        return;
      }
    }
    const start = minutesOf(w.start);
    const end = minutesOf(w.end);
    if (end <= start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `the window closes (${w.end}) before or when it opens (${w.start}).`, params: arrearsIssue(RemindersErrorCodes.REMINDERS_INVALID_WINDOW), input: w.end });
    } else if (start < 8 * 60 || end > 21 * 60) {
      ctx.addIssue({
        code: 'custom',
        path: start < 8 * 60 ? ['start'] : ['end'],
        message: `the window ${w.start}-${w.end} reaches outside the legal 08:00-21:00 (12 CFR 1006.6(b)(1)(i)).`,
        params: arrearsIssue(RemindersErrorCodes.REMINDERS_INVALID_WINDOW),
        input: w,
      });
    }
  }));

/**
 * What to do when a reminder's target day is a weekend day or a US federal holiday:
 * `keep` it, `shiftEarlier` to the business day before, `shiftLater` to the business day
 * after, or `skip` the reminder.
 *
 * @example
 * ```ts
 * import { DayShiftSchema } from 'arrears/reminders';
 * DayShiftSchema.options; // => ['keep', 'shiftEarlier', 'shiftLater', 'skip']
 * ```
 */
export const DayShiftSchema = z.enum(['keep', 'shiftEarlier', 'shiftLater', 'skip']);

/**
 * A cap of the reminder policy: at most `max` contacts by `medium` in any `periodDays`
 * consecutive local days, history included (it becomes a company-policy limit of
 * `arrears/compliance`, rule id `POLICY-REMINDERS-<MEDIUM>-<N>D`).
 *
 * @example
 * ```ts
 * import { ReminderCapSchema } from 'arrears/reminders';
 * ReminderCapSchema.safeParse({ medium: 'sms', max: 2, periodDays: 7 }).success; // => true
 * ```
 */
export const ReminderCapSchema = z.strictObject({
  /** The medium counted and capped. */
  medium: ReminderMediumSchema,
  /** The most contacts allowed in the period, the proposed one included. */
  max: z.int().check(z.gte(0), z.lte(100)),
  /** The period in consecutive local days. */
  periodDays: z.int().check(z.gte(1), z.lte(31)),
});

/**
 * Who sends the reminders: a `debtCollector` (bound by Regulation F) or a `creditor`
 * collecting its own debt, and the business name every message shows (with, for the record,
 * whether that name indicates debt collection).
 *
 * @example
 * ```ts
 * import { ReminderSenderSchema } from 'arrears/reminders';
 * ReminderSenderSchema.safeParse({ kind: 'debtCollector', businessName: 'ABC Recovery' }).success; // => true
 * ReminderSenderSchema.safeParse({ kind: 'lender', businessName: 'ABC Recovery' }).success; // => false
 * ```
 */
export const ReminderSenderSchema = z.strictObject({
  /** `debtCollector` or `creditor`. */
  kind: MessageSenderSchema,
  /** The business name the messages show. */
  businessName: MessageNameSchema,
  /** Whether the business name indicates debt collection. */
  businessNameIndicatesDebtCollection: z.optional(z.boolean()),
});

/**
 * A reminder policy: offsets in days around each due date (negative before, 0 on the day,
 * positive after: a follow-up after a missed installment), channels in order of preference,
 * the local send window, weekend and holiday rules, caps, whether a safe-harbor basis is
 * required for email and texts, how far a blocked reminder may move, how many days ahead a
 * run plans, the ways forward a follow-up offers and the sender.
 *
 * @example
 * ```ts
 * import { ReminderPolicySchema } from 'arrears/reminders';
 * const policy = {
 *   offsetsDays: [-3, 0, 3],
 *   channels: ['sms', 'email'],
 *   sendWindow: { start: '09:00', end: '20:00' },
 *   sender: { kind: 'debtCollector', businessName: 'ABC Recovery' },
 * };
 * ReminderPolicySchema.safeParse(policy).success; // => true
 * ReminderPolicySchema.safeParse({ ...policy, offsetsDays: [3, -3] }).success; // => false
 * ```
 */
export const ReminderPolicySchema = z
  .strictObject({
    /** Days relative to each due date, strictly increasing, each in -60..60. */
    offsetsDays: z.array(z.number()).check(z.minLength(1), z.maxLength(20)),
    /** The media in order of preference: the first eligible channel carries the reminder. */
    channels: z.array(ReminderMediumSchema).check(z.minLength(1), z.maxLength(3)),
    /** The local window, in every zone of the consumer. */
    sendWindow: SendWindowSchema,
    /** A target day on a Saturday or Sunday; default `shiftEarlier`. */
    weekend: z.optional(DayShiftSchema),
    /** A target day on a US federal holiday (5 U.S.C. 6103(a), statutory and observed days); default `shiftEarlier`. */
    holidays: z.optional(DayShiftSchema),
    /** Caps per medium and period, on top of the law's. */
    caps: z.optional(z.array(ReminderCapSchema).check(z.maxLength(10))),
    /** Email and texts only to addresses with a Regulation F safe-harbor basis (12 CFR 1006.6(d)(3)-(5)); default true. */
    requireSafeHarbor: z.optional(z.boolean()),
    /** How many days after its send day a reminder a rule blocks may still go (never on or after the next reminder's day); default 1. */
    maxDelayDays: z.optional(z.int().check(z.gte(0), z.lte(14))),
    /** How many days after `asOf` this run plans; default 14. */
    horizonDays: z.optional(z.int().check(z.gte(0), z.lte(400))),
    /**
     * The ways forward every reminder may offer (`payNow`, `newPlan`, `talkToSomeone`, each a
     * phone or web address), in the shape of `arrears/messages`; none when omitted. Nothing
     * else is offered, and no consequence is ever named.
     */
    waysForward: z.optional(ReminderWaysForwardSchema),
    /** Emails: an unsubscribe link offered beside "reply STOP". */
    unsubscribeUrl: z.optional(MessageWebAddressSchema),
    /** Who sends the reminders. */
    sender: ReminderSenderSchema,
  }).check(z.superRefine((policy, ctx) => {
    policy.offsetsDays.forEach((offset, i) => {
      const previous = policy.offsetsDays[i - 1];
      if (!Number.isInteger(offset) || offset < -60 || offset > 60) {
        ctx.addIssue({ code: 'custom', path: ['offsetsDays', i], message: `an offset is a whole number of days from -60 to 60, but got ${String(offset)}.`, params: arrearsIssue(RemindersErrorCodes.REMINDERS_INVALID_OFFSETS), input: offset });
      } else if (previous !== undefined && offset <= previous) {
        ctx.addIssue({ code: 'custom', path: ['offsetsDays', i], message: `offsets must be strictly increasing (${String(previous)} then ${String(offset)}).`, params: arrearsIssue(RemindersErrorCodes.REMINDERS_INVALID_OFFSETS), input: offset });
      }
    });
    if (new Set(policy.channels).size !== policy.channels.length) {
      ctx.addIssue({ code: 'custom', path: ['channels'], message: 'each medium may be listed once.', params: arrearsIssue(RemindersErrorCodes.REMINDERS_DUPLICATE_ID), input: policy.channels });
    }
  }));

/**
 * Prior express consent to automated texts on this number (47 U.S.C. 227(b)(1)(A)(iii)):
 * when and how it was given, and when it was revoked (47 CFR 64.1200(a)(10)), if it was.
 *
 * @example
 * ```ts
 * import { TextConsentSchema } from 'arrears/reminders';
 * TextConsentSchema.safeParse({ givenAt: '2026-11-20T17:00:00Z', source: 'consumerText' }).success; // => true
 * ```
 */
export const TextConsentSchema = z.strictObject({
  /** When the consent was given. */
  givenAt: InstantSchema,
  /** How: the consumer told the sender directly, texted it, entered it on a portal, or gave the number to the creditor. */
  source: z.enum(['consumerDirect', 'consumerText', 'portal', 'creditor']),
  /** When the consumer revoked it ("stop", "cancel", ...), if they did. */
  revokedAt: z.optional(InstantSchema),
});

/**
 * How the sender came to have an email address or number: the Regulation F safe-harbor
 * procedures (12 CFR 1006.6(d)(4) for email, (d)(5) for texts). `consumerUsed`: the consumer
 * wrote from it about the debt; `consumerConsented`: gave prior consent directly;
 * `creditorNotice`: the creditor's notice procedure of (d)(4)(ii); `priorCollector`: a prior
 * collector obtained it by (d)(4)(i) or (ii); `consumerTexted`: the consumer texted from the
 * number; `none`: no basis. Texts also need, within the past 60 days, a consumer text
 * (`lastConsumerTextOn`) or a reassigned-number check (`reassignedCheckOn`).
 *
 * @example
 * ```ts
 * import { SafeHarborSchema } from 'arrears/reminders';
 * SafeHarborSchema.safeParse({ basis: 'consumerTexted', lastConsumerTextOn: '2026-11-20' }).success; // => true
 * ```
 */
export const SafeHarborSchema = z.strictObject({
  /** The procedure the address was obtained by. */
  basis: z.enum(['consumerUsed', 'consumerConsented', 'creditorNotice', 'priorCollector', 'consumerTexted', 'none']),
  /** Texts: the last day the consumer texted from the number (or renewed consent). */
  lastConsumerTextOn: z.optional(CalendarDateSchema),
  /** Texts: the last day a complete database (the FCC's Reassigned Numbers Database) showed the number was not reassigned. */
  reassignedCheckOn: z.optional(CalendarDateSchema),
});

/**
 * One way to reach the consumer: an id, the medium, the address (phone number, email
 * address or postal address) and its kind, and the facts that decide whether it may be used:
 * text consent (`consent`: absent means unknown, and an unknown consent is never used;
 * `null` means known to be missing) and the safe-harbor basis.
 *
 * @example
 * ```ts
 * import { ReminderChannelSchema } from 'arrears/reminders';
 * ReminderChannelSchema.safeParse({ id: 'em1', medium: 'email', address: 'pat@example.com', addressKind: 'other', safeHarbor: { basis: 'consumerUsed' } }).success; // => true
 * ReminderChannelSchema.safeParse({ id: 'em1', medium: 'email', addressKind: 'other' }).success; // => false
 * ```
 */
export const ReminderChannelSchema = z.strictObject({
  /** Your id of the channel (reminders name it). */
  id: ContactIdSchema,
  /** How the reminder goes. */
  medium: ReminderMediumSchema,
  /** The phone number (`+` and digits), email address or postal address. */
  address: z.string().check(z.minLength(1), z.maxLength(320)),
  /** The kind of number or address, as `arrears/compliance` counts it: home, mobile, work, other. */
  addressKind: AddressKindSchema,
  /** Texts: the prior express consent; `null` when known to be missing; absent when unknown. */
  consent: z.optional(z.nullable(TextConsentSchema)),
  /** Email and texts: how the address was obtained (12 CFR 1006.6(d)(4)-(5)). */
  safeHarbor: z.optional(SafeHarborSchema),
});

/**
 * One installment as reminders see it: its number, due date, amount due and what has been
 * paid on it (default nothing). Paid in full means no reminder.
 *
 * @example
 * ```ts
 * import { ReminderPlanInstallmentSchema } from 'arrears/reminders';
 * ReminderPlanInstallmentSchema.safeParse({ number: 1, dueDate: '2026-12-15', amount: '100.00' }).success; // => true
 * ```
 */
export const ReminderPlanInstallmentSchema = z.strictObject({
  /** The installment number, from 1. */
  number: z.int().check(z.gte(1), z.lte(2000)),
  /** The due date. */
  dueDate: CalendarDateSchema,
  /** The amount due, in the plan's currency. */
  amount: AmountSchema,
  /** The amount paid on it so far; default nothing. */
  paid: z.optional(AmountSchema),
});

/**
 * The plan the reminders are about: its currency, whether it is still `active` (a `closed`
 * plan gets no reminder), the debts it covers (all of `debts` when omitted) and its
 * installments. `toReminderPlan` builds one from a schedule or a plan state of
 * `arrears/plan`.
 *
 * @example
 * ```ts
 * import { ReminderPlanSchema } from 'arrears/reminders';
 * ReminderPlanSchema.safeParse({ currency: 'USD', installments: [{ number: 1, dueDate: '2026-12-15', amount: '100.00' }] }).success; // => true
 * ```
 */
export const ReminderPlanSchema = z.strictObject({
  /** Your id of the plan. */
  id: z.optional(ContactIdSchema),
  /** The ISO 4217 currency of every amount. */
  currency: CurrencyCodeSchema,
  /** `active` (default) or `closed` (paid off, cancelled, broken): a closed plan gets no reminder. */
  status: z.optional(z.enum(['active', 'closed'])),
  /** The debts the plan is about; all of `debts` when omitted. */
  debtIds: z.optional(z.array(ContactIdSchema).check(z.minLength(1), z.maxLength(100))),
  /** The installments, numbered 1, 2, 3 ... */
  installments: z.array(ReminderPlanInstallmentSchema).check(z.minLength(1), z.maxLength(2000)),
});

/**
 * A hold on the account, in the shape an `arrears/escalation` account keeps it (pass
 * `account.holds` as it is). A hold whose `freezes.contact` is true stops every reminder
 * from `start` through `end` (open when `null`); a hold that does not say is read as
 * freezing contact (fail closed).
 *
 * @example
 * ```ts
 * import { ReminderHoldSchema } from 'arrears/reminders';
 * ReminderHoldSchema.safeParse({ id: 'h1', kind: 'dispute', reason: 'written dispute', start: '2026-12-01', end: null, source: 'mail', citation: '12 CFR 1006.38(d)(2)', freezes: { contact: true } }).success; // => true
 * ```
 */
export const ReminderHoldSchema = z.strictObject({
  /** The hold's id. */
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The kind of hold. */
  kind: HoldKindSchema,
  /** Why it was placed. */
  reason: z.string().check(z.maxLength(500)),
  /** Its first day. */
  start: CalendarDateSchema,
  /** Its last day, or `null` while it lasts. */
  end: z.nullable(CalendarDateSchema),
  /** Where it came from. */
  source: z.string().check(z.maxLength(200)),
  /** The rule behind it, if any. */
  citation: z.nullable(z.string().check(z.maxLength(200))),
  /** What it freezes. */
  freezes: HoldFreezesSchema,
});

/**
 * The account the plan belongs to: its currency (the plan's must match) and its holds.
 *
 * @example
 * ```ts
 * import { ReminderAccountSchema } from 'arrears/reminders';
 * ReminderAccountSchema.safeParse({ currency: 'USD' }).success; // => true
 * ```
 */
export const ReminderAccountSchema = z.strictObject({
  /** Your id of the account (batch results carry it). */
  id: z.optional(ContactIdSchema),
  /** The account's currency. */
  currency: CurrencyCodeSchema,
  /** Holds, as an escalation account keeps them. */
  holds: z.optional(z.array(ReminderHoldSchema).check(z.maxLength(100))),
});

/** The per-account part of the input: everything but the run (`asOf`, `at`), the policy and custom jurisdictions. */
const accountShape = {
  /** The plan. */
  plan: ReminderPlanSchema,
  /** The account: currency and holds. */
  account: ReminderAccountSchema,
  /** The consumer, as `arrears/compliance` takes it (zones, state, cease, attorney, opt-outs, ...). */
  consumer: ConsumerSchema,
  /** The language the consumer reads: `en` or `es`. */
  language: MessageLanguageSchema,
  /** The channels, each with its address and facts. */
  channels: z.array(ReminderChannelSchema).check(z.minLength(1), z.maxLength(20)),
  /** The consumer's debts, as `arrears/compliance` takes them (disputes, validation notices). */
  debts: z.array(DebtSchema).check(z.minLength(1), z.maxLength(1000)),
  /** Past contacts, as `arrears/compliance` takes them. */
  history: z.array(ContactHistoryEntrySchema).check(z.maxLength(10_000)),
  /** The company's contact policy for `checkContact` (stricter than the law, never looser). */
  contactPolicy: z.optional(ContactPolicySchema),
};

/**
 * The input of {@link planReminders}: the run's date `asOf` (a calendar date: reminders are
 * planned from this day on) and instant `at` (nothing is planned before it, and it is the
 * "now" of every `checkContact`), the plan, the account, the consumer and their channels,
 * the debts and contact history in the shapes `arrears/compliance` takes, the company's
 * contact policy, the reminder policy, and custom jurisdictions.
 *
 * @example
 * ```ts
 * import { PlanRemindersInputSchema } from 'arrears/reminders';
 * PlanRemindersInputSchema.shape.asOf.safeParse('2026-12-01').success; // => true
 * PlanRemindersInputSchema.shape.at.safeParse('2026-12-01').success; // => false
 * ```
 */
export const PlanRemindersInputSchema = z.strictObject({
  /** The run's calendar date. */
  asOf: CalendarDateSchema,
  /** The run's instant: no reminder before it; the `asOf` of every compliance check. */
  at: InstantSchema,
  ...accountShape,
  /** The reminder policy. */
  policy: ReminderPolicySchema,
  /** Custom jurisdictions for `arrears/compliance`. */
  jurisdictions: z.optional(z.array(JurisdictionDefinitionSchema).check(z.maxLength(50))),
});

/**
 * One account of a batch: the per-account fields of {@link PlanRemindersInputSchema}, with
 * a required `id`.
 *
 * @example
 * ```ts
 * import { ReminderBatchAccountSchema } from 'arrears/reminders';
 * ReminderBatchAccountSchema.shape.id.safeParse('a1').success; // => true
 * ```
 */
export const ReminderBatchAccountSchema = z.strictObject({
  /** The account's id, unique in the batch. */
  id: ContactIdSchema,
  ...accountShape,
});

/**
 * The input of {@link planRemindersBatch}: one run (`asOf`, `at`), one policy, custom
 * jurisdictions, and many accounts (each parsed on its own, in order).
 *
 * @example
 * ```ts
 * import { PlanRemindersBatchInputSchema } from 'arrears/reminders';
 * PlanRemindersBatchInputSchema.shape.accounts.safeParse([]).success; // => true
 * ```
 */
export const PlanRemindersBatchInputSchema = z.strictObject({
  /** The run's calendar date. */
  asOf: CalendarDateSchema,
  /** The run's instant. */
  at: InstantSchema,
  /** The reminder policy, shared by every account. */
  policy: ReminderPolicySchema,
  /** Custom jurisdictions for `arrears/compliance`. */
  jurisdictions: z.optional(z.array(JurisdictionDefinitionSchema).check(z.maxLength(50))),
  /** The accounts; each is validated when its turn comes. */
  accounts: z.array(z.unknown()).check(z.maxLength(10_000_000)),
});

/** The per-account fields the planner parses itself; the compliance parts are validated by `arrears/compliance` (internal). */
const partsShape = {
  plan: ReminderPlanSchema,
  account: ReminderAccountSchema,
  consumer: z.unknown(),
  language: MessageLanguageSchema,
  channels: accountShape.channels,
  debts: z.unknown(),
  history: z.unknown(),
  contactPolicy: z.optional(z.unknown()),
};

/** {@link PlanRemindersInputSchema} with the compliance parts left to `arrears/compliance` (internal). */
export const PlanRemindersPartsSchema = z.strictObject({ asOf: CalendarDateSchema, at: InstantSchema, ...partsShape, policy: ReminderPolicySchema, jurisdictions: z.optional(z.array(z.unknown()).check(z.maxLength(50))) });

/** {@link ReminderBatchAccountSchema} with the compliance parts left to `arrears/compliance` (internal). */
export const BatchAccountPartsSchema = z.strictObject({ id: ContactIdSchema, ...partsShape });
