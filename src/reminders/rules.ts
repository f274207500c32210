import { CHANNEL_RULES } from './rules/index.js';
import { regfAttorney } from './rules/attorney.js';
import { bankruptcyStay } from './rules/bankruptcy-stay.js';
import { regfCease } from './rules/cease.js';
import { regfDeceased } from './rules/deceased.js';
import { regfDispute } from './rules/dispute.js';
import { remindersHold } from './rules/hold.js';
import { remindersHoliday } from './rules/holiday.js';
import { remindersInstallmentPaid } from './rules/installment-paid.js';
import { regfMedium } from './rules/medium.js';
import { remindersNoChannel } from './rules/no-channel.js';
import { remindersNoCommonWindow } from './rules/no-common-window.js';
import { remindersPlanClosed } from './rules/plan-closed.js';
import type { ReminderRule } from './rules/rule.js';
import { remindersSameDay } from './rules/same-day.js';
import { remindersWeekend } from './rules/weekend.js';

export type { ReminderRule };

/** A frozen copy of a catalogue entry: its data, never its check. */
function entry(rule: ReminderRule): ReminderRule {
  return Object.freeze({
    id: rule.id,
    ...(rule.citation === undefined ? {} : { citation: rule.citation }),
    description: rule.description,
    jurisdiction: rule.jurisdiction,
    binds: Object.freeze([...rule.binds]),
    media: Object.freeze([...rule.media]),
    ...(rule.effective === undefined ? {} : { effective: Object.freeze({ ...rule.effective }) }),
  });
}

/**
 * Every reason the planner itself gives for keeping a reminder off a channel or a day, as
 * data, one rule a file: id, citation, what it checks, scope (jurisdiction, senders bound,
 * media) and effective dates (the contact rules of `arrears/compliance` are in its own
 * catalogue; `checkContact` reports them with their own ids).
 *
 * @example
 * ```ts
 * import { REMINDER_RULES } from 'arrears/reminders';
 * REMINDER_RULES.find((r) => r.id === 'TCPA-ATDS-CELL')?.citation; // => '47 U.S.C. 227(b)(1)(A)(iii)'
 * REMINDER_RULES.find((r) => r.id === 'TCPA-REVOKE-REASONABLE')?.effective; // => { start: '2025-04-11' }
 * REMINDER_RULES.find((r) => r.id === 'REGF-CEASE')?.binds; // => ['debtCollector']
 * ```
 */
export const REMINDER_RULES: readonly ReminderRule[] = Object.freeze(
  [
    ...CHANNEL_RULES,
    regfMedium,
    regfDispute,
    bankruptcyStay,
    regfCease,
    regfAttorney,
    regfDeceased,
    remindersHold,
    remindersPlanClosed,
    remindersInstallmentPaid,
    remindersWeekend,
    remindersHoliday,
    remindersSameDay,
    remindersNoCommonWindow,
    remindersNoChannel,
  ].map(entry),
);
