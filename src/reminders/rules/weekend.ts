import type { ReminderRule } from './rule.js';
import { ALL_MEDIA } from './rule.js';

/** REMINDERS_WEEKEND: a reason of the planner itself (not a rule of law: no effective dates) */
export const remindersWeekend: ReminderRule = {
  id: 'REMINDERS_WEEKEND',
  description: 'policy.weekend=skip drops a reminder whose target day is a Saturday or Sunday.',
  jurisdiction: 'US',
  binds: ['debtCollector', 'creditor'],
  media: ALL_MEDIA,
};
