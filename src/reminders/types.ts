import type * as z from 'zod/mini';
import type { ContactHistoryEntryInput } from '../compliance/index.js';
import type { CheckMessageResult } from '../messages/index.js';
import type { Finding } from '../errors/index.js';
import type { DeepReadonly } from '../internal/readonly.js';
import type {
  DayShiftSchema,
  PlanRemindersBatchInputSchema,
  PlanRemindersInputSchema,
  ReminderBatchAccountSchema,
  ReminderChannelSchema,
  ReminderMediumSchema,
  ReminderPlanSchema,
  ReminderPolicySchema,
} from './schemas.js';

/** A reminder medium: `sms`, `email` or `letter`. */
export type ReminderMedium = z.output<typeof ReminderMediumSchema>;
/** A weekend or holiday rule: `keep`, `shiftEarlier`, `shiftLater`, `skip`. */
export type DayShift = z.output<typeof DayShiftSchema>;

/** The input of {@link planReminders}, as accepted (read-only arrays and `as const` objects too). */
export type PlanRemindersInput = DeepReadonly<z.input<typeof PlanRemindersInputSchema>>;
/** The input of {@link planReminders}, parsed. */
export type ParsedPlanRemindersInput = z.output<typeof PlanRemindersInputSchema>;
/** A reminder policy, as accepted. */
export type ReminderPolicyInput = DeepReadonly<z.input<typeof ReminderPolicySchema>>;
/** A reminder policy, parsed. */
export type ReminderPolicy = z.output<typeof ReminderPolicySchema>;
/** A channel, as accepted. */
export type ReminderChannelInput = DeepReadonly<z.input<typeof ReminderChannelSchema>>;
/** A channel, parsed. */
export type ReminderChannel = z.output<typeof ReminderChannelSchema>;
/** A plan as reminders see it, as accepted. */
export type ReminderPlanInput = DeepReadonly<z.input<typeof ReminderPlanSchema>>;
/** A plan as reminders see it, parsed. */
export type ReminderPlan = z.output<typeof ReminderPlanSchema>;
/** One account of a batch, as accepted. */
export type ReminderBatchAccountInput = DeepReadonly<z.input<typeof ReminderBatchAccountSchema>>;
/** The input of {@link planRemindersBatch}, as accepted. */
export type PlanRemindersBatchInput = DeepReadonly<Omit<z.input<typeof PlanRemindersBatchInputSchema>, 'accounts'>> & {
  /** The accounts. */
  readonly accounts: readonly ReminderBatchAccountInput[];
};

/**
 * What a reminder says, by the day it is sent: `upcoming` (before the due date), `dueToday`
 * (on it) or `pastDue` (after it, while the installment is unpaid: a follow-up), the kinds of
 * `reminderText` in `arrears/messages`.
 */
export type ReminderKind = 'upcoming' | 'dueToday' | 'pastDue';

/**
 * The installment a reminder is about, in the shape of `arrears/messages`'
 * `ReminderInstallmentSchema`: a reminder's `installment` goes into `reminderText` unchanged.
 */
export interface ReminderInstallment {
  /** Its number, from 1. */
  readonly number: number;
  /** How many installments the plan has. */
  readonly installmentCount: number;
  /** Its due date. */
  readonly dueDate: string;
  /** What is still due on it (its `amount` less what was `paid`), with the currency's minor digits. */
  readonly dueAmount: string;
  /** The currency. */
  readonly currency: string;
}


/** One planned reminder. */
export interface Reminder {
  /** A stable id: `<plan or account>:<installment>:<offset>:<channel id>`. */
  readonly id: string;
  /** The installment it is about. */
  readonly installment: ReminderInstallment;
  /** The policy offset that produced it, in days from the due date. */
  readonly offsetDays: number;
  /** Upcoming, due today, or past due (a follow-up after a missed installment), by the send day. */
  readonly kind: ReminderKind;
  /** Due date plus offset. */
  readonly targetDate: string;
  /** The day it goes, in the consumer's first zone (after weekend, holiday and rule moves). */
  readonly sendDate: string;
  /** The instant it goes (UTC): the earliest lawful instant inside the send window in every zone. */
  readonly sendAt: string;
  /** Local date and time of `sendAt` in each of the consumer's zones, `YYYY-MM-DDTHH:mm`. */
  readonly local: Readonly<Record<string, string>>;
  /** The channel's id. */
  readonly channelId: string;
  /** The medium. */
  readonly medium: ReminderMedium;
  /** The address it goes to. */
  readonly address: string;
  /** The kind of address. */
  readonly addressKind: 'home' | 'mobile' | 'work' | 'other';
  /** The debts it is about. */
  readonly debtIds: readonly string[];
  /** The language of the text. */
  readonly language: 'en' | 'es';
  /** The message, with the required disclosures and the opt-out statement for its medium. */
  readonly text: string;
  /** The rule ids whose required content the text carries (`REGF-DISCLOSE-SUBSEQUENT`, `REGF-OPTOUT-NOTICE`). */
  readonly requiredContent: readonly string[];
  /** The email subject; `null` for texts and letters. */
  readonly subject: string | null;
  /** The content check of the text. */
  readonly messageCheck: CheckMessageResult;
  /** The compliance warnings of the contact at `sendAt` (it has no violation). */
  readonly contactWarnings: readonly Finding[];
  /** Why it is at this time on this channel: each step, in order (severity `info`). */
  readonly trail: readonly Finding[];
}

/**
 * The answer of {@link planReminders}, a verdict: `ok` is false exactly when a rule (or a
 * missing fact read strictly) kept a reminder of this run from going on any channel; the
 * `findings` say why, one {@link arrears!Finding} each; `reminders` are the reminders to send.
 */
export interface PlanRemindersResult {
  /** `false` exactly when a finding is a `violation`: a reminder that could not go. */
  readonly ok: boolean;
  /**
   * Every reason, skips first, then warnings. A finding about one reminder has `details`
   * naming its `installment`, `offsetDays` and `targetDate`, and `skipped`: `true` when the
   * reminder is not planned (a `violation` for a rule of law or a missing fact, `info` for a
   * paid installment, a closed plan, a policy skip); `false` for a channel a rule kept out
   * while another channel carried the reminder (`info`, with `channelId` and `fallback`, the
   * channel used). `code` is the rule id (`REGF-CEASE`, `TCPA-REVOKE-REASONABLE`, ...) or a
   * `REMINDERS_*` code. Warnings (no `skipped`) name missing or presumed facts and the risky
   * reminders planned anyway.
   */
  readonly findings: readonly Finding[];
  /** The planned reminders, by send instant. */
  readonly reminders: readonly Reminder[];
}

/** One result of {@link planRemindersBatch}: the account's id and its {@link PlanRemindersResult}. */
export interface BatchRemindersResult extends PlanRemindersResult {
  /** The account's index in `accounts`. */
  readonly index: number;
  /** The account's id. */
  readonly accountId: string;
}

/** A history entry made from a reminder, as `arrears/compliance` takes it. */
export type ReminderHistoryEntry = ContactHistoryEntryInput & {
  /** Always `messageSent`: the reminder went out. */
  readonly outcome: 'messageSent';
};
