import type { ReminderRule } from './rule.js';
import { ALL_MEDIA } from './rule.js';

/** REMINDERS_HOLIDAY: a reason of the planner itself (not a rule of law: no effective dates) */
export const remindersHoliday: ReminderRule = {
  id: 'REMINDERS_HOLIDAY',
  citation: '5 U.S.C. 6103(a)',
  description: 'policy.holidays=skip drops a reminder whose target day is a US federal holiday.',
  jurisdiction: 'US',
  binds: ['debtCollector', 'creditor'],
  media: ALL_MEDIA,
};
