import { attempt } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { ValidationError } from '../errors/index.js';
import { CoreErrorCodes } from '../errors/index.js';
import type { Reminder, ReminderHistoryEntry } from './types.js';

/** The media and address kinds a reminder carries (anything else would be copied into the history). */
const MEDIA: ReadonlySet<unknown> = new Set(['sms', 'email', 'letter']);
const ADDRESS_KINDS: ReadonlySet<unknown> = new Set(['home', 'mobile', 'work', 'other']);

/** Every element a non-empty text, holes counted (a hole, a number or NaN would be copied into the history). */
function allTexts(list: readonly unknown[]): boolean {
  for (let i = 0; i < list.length; i++) {
    const id = list[i];
    if (typeof id !== 'string' || id.length === 0) return false;
  }
  return true;
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
 * @throws {@link arrears!ValidationError} `INPUT_INVALID_TYPE` when `reminder` is not a reminder
 *
 * @example
 * ```ts
 * import { toHistoryEntry } from 'arrears/reminders';
 * const reminder = { medium: 'sms', sendAt: '2026-12-11T17:00:00.000Z', debtIds: ['d1'], addressKind: 'mobile' } as const;
 * toHistoryEntry(reminder); // => { channel: 'sms', at: '2026-12-11T17:00:00.000Z', outcome: 'messageSent', debtIds: ['d1'], initiatedBy: 'collector', recipient: 'consumer', toKind: 'mobile' }
 * ```
 */
export function toHistoryEntry(reminder: Pick<Reminder, 'medium' | 'sendAt' | 'debtIds' | 'addressKind'>): ReminderHistoryEntry {
  if (
    typeof reminder !== 'object' ||
    reminder === null ||
    typeof reminder.sendAt !== 'string' ||
    !Array.isArray(reminder.debtIds) ||
    !allTexts(reminder.debtIds) ||
    !MEDIA.has(reminder.medium) ||
    !ADDRESS_KINDS.has(reminder.addressKind)
  ) {
    throw new ValidationError([{ code: CoreErrorCodes.INPUT_INVALID_TYPE, path: [], message: 'toHistoryEntry needs a reminder from planReminders (medium, sendAt, debtIds, addressKind).' }]);
  }
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
  return attempt(() => toHistoryEntry(reminder as Reminder));
}
