import type { ReminderRule } from './rule.js';
import { ALL_MEDIA } from './rule.js';

/** REMINDERS_SAME_DAY: a reason of the planner itself (not a rule of law: no effective dates) */
export const remindersSameDay: ReminderRule = {
  id: 'REMINDERS_SAME_DAY',
  description: 'Two reminders of one installment never go on the same day: the later offset wins.',
  jurisdiction: 'US',
  binds: ['debtCollector', 'creditor'],
  media: ALL_MEDIA,
};
