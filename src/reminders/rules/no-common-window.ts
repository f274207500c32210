import type { ReminderRule } from './rule.js';
import { ALL_MEDIA } from './rule.js';

/** REMINDERS_NO_COMMON_WINDOW: a reason of the planner itself (not a rule of law: no effective dates) */
export const remindersNoCommonWindow: ReminderRule = {
  id: 'REMINDERS_NO_COMMON_WINDOW',
  citation: '12 CFR 1006.6(b)(1)(i)',
  description: 'The send window must meet in every zone of the consumer, after the run, within the allowed delay.',
  jurisdiction: 'US',
  binds: ['debtCollector', 'creditor'],
  media: ALL_MEDIA,
};
