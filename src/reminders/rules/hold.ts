import type { ReminderRule } from './rule.js';
import { ALL_MEDIA } from './rule.js';

/** REMINDERS_HOLD: a reason of the planner itself (not a rule of law: no effective dates) */
export const remindersHold: ReminderRule = {
  id: 'REMINDERS_HOLD',
  description: 'Any other hold that freezes contact (or does not say) freezes reminders.',
  jurisdiction: 'US',
  binds: ['debtCollector', 'creditor'],
  media: ALL_MEDIA,
};
