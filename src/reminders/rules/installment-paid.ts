import type { ReminderRule } from './rule.js';
import { ALL_MEDIA } from './rule.js';

/** REMINDERS_INSTALLMENT_PAID: a reason of the planner itself (not a rule of law: no effective dates) */
export const remindersInstallmentPaid: ReminderRule = {
  id: 'REMINDERS_INSTALLMENT_PAID',
  description: 'A paid installment gets no reminder and no follow-up.',
  jurisdiction: 'US',
  binds: ['debtCollector', 'creditor'],
  media: ALL_MEDIA,
};
