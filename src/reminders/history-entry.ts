import { attempt } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import * as z from 'zod/mini';
import { InstantSchema } from '../calendar/index.js';
import { AddressKindSchema } from '../compliance/index.js';
import { parseInput } from '../internal/parse.js';
import { ReminderMediumSchema } from './schemas.js';
import type { Reminder, ReminderHistoryEntry } from './types.js';

/**
 * The input of {@link toHistoryEntry}: a reminder of {@link planReminders}, as it is. It reads
 * `medium`, `sendAt`, `debtIds` and `addressKind`; the reminder's other fields (all of them
 * known: it is this module's own result) are allowed and not read.
 *
 * @example
 * ```ts
 * import { ToHistoryEntryInputSchema } from 'arrears/reminders';
 * ToHistoryEntryInputSchema.safeParse({ medium: 'sms', sendAt: '2026-12-11T17:00:00.000Z', debtIds: ['d1'], addressKind: 'mobile' }).success; // => true
 * ToHistoryEntryInputSchema.safeParse({ medium: 'sms', sendAt: '2026-12-11', debtIds: ['d1'], addressKind: 'mobile' }).success; // => false
 * ```
 */
export const ToHistoryEntryInputSchema = z.object({
  /** The reminder's medium. */
  medium: ReminderMediumSchema,
  /** The instant it is sent. */
  sendAt: InstantSchema,
  /** The debts it is about. */
  debtIds: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.minLength(1), z.maxLength(1000)),
  /** The kind of address it goes to. */
  addressKind: AddressKindSchema,
});

/** What {@link toHistoryEntry} accepts: a reminder, or the four fields it reads. */
export type ToHistoryEntryInput = Readonly<Pick<Reminder, 'medium' | 'sendAt' | 'debtIds' | 'addressKind'>>;

/** The history entry of a planned reminder (trusted: the planner's own reminder). */
export function historyEntryOf(reminder: ToHistoryEntryInput): ReminderHistoryEntry {
  return {
    channel: reminder.medium,
    at: reminder.sendAt,
    outcome: 'messageSent',
    debtIds: [...reminder.debtIds],
    initiatedBy: 'collector',
    recipient: 'consumer',
    toKind: reminder.addressKind,
  };
}

/**
 * Turns a planned reminder into a contact-history entry, in the shape `arrears/compliance`
 * takes: a message sent by the collector to the consumer on the reminder's medium, at its
 * `sendAt`, about its debts, to its kind of address. Record it when the reminder goes out,
 * so that the next run and every other contact's check count it ("document everything"):
 * it counts toward REGF-7IN7-style caps, the state caps and the policy caps exactly as the
 * planner counted it.
 *
 * @param reminder - a reminder from {@link planReminders}
 * @returns `{ channel, at, outcome: 'messageSent', debtIds, initiatedBy: 'collector', recipient: 'consumer', toKind }`
 * @throws {@link arrears!ValidationError} when `reminder` is not a reminder (the path names the field)
 *
 * @example
 * ```ts
 * import { toHistoryEntry } from 'arrears/reminders';
 * const reminder = { medium: 'sms', sendAt: '2026-12-11T17:00:00.000Z', debtIds: ['d1'], addressKind: 'mobile' } as const;
 * toHistoryEntry(reminder); // => { channel: 'sms', at: '2026-12-11T17:00:00.000Z', outcome: 'messageSent', debtIds: ['d1'], initiatedBy: 'collector', recipient: 'consumer', toKind: 'mobile' }
 * ```
 */
export function toHistoryEntry(reminder: ToHistoryEntryInput): ReminderHistoryEntry {
  return historyEntryOf(parseInput(ToHistoryEntryInputSchema, reminder));
}

/**
 * The non-throwing twin of {@link toHistoryEntry}.
 *
 * @param reminder - anything
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeToHistoryEntry } from 'arrears/reminders';
 * safeToHistoryEntry(null).success; // => false
 * ```
 */
export function safeToHistoryEntry(reminder: unknown): ArrearsResult<ReminderHistoryEntry> {
  return attempt(() => toHistoryEntry(reminder as ToHistoryEntryInput));
}
