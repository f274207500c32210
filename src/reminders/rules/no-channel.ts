import type { ReminderRule } from './rule.js';
import { ALL_MEDIA } from './rule.js';

/** REMINDERS_NO_CHANNEL: a reason of the planner itself (not a rule of law: no effective dates) */
export const remindersNoChannel: ReminderRule = {
  id: 'REMINDERS_NO_CHANNEL',
  description: 'The consumer has a channel of a medium the policy lists.',
  jurisdiction: 'US',
  binds: ['debtCollector', 'creditor'],
  media: ALL_MEDIA,
};
