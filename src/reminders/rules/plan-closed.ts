import type { ReminderRule } from './rule.js';
import { ALL_MEDIA } from './rule.js';

/** REMINDERS_PLAN_CLOSED: a reason of the planner itself (not a rule of law: no effective dates) */
export const remindersPlanClosed: ReminderRule = {
  id: 'REMINDERS_PLAN_CLOSED',
  description: 'A closed plan gets no reminder.',
  jurisdiction: 'US',
  binds: ['debtCollector', 'creditor'],
  media: ALL_MEDIA,
};
