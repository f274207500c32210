import type { ReminderRule } from './rule.js';
import { ALL_MEDIA } from './rule.js';

/** REGF-ATTORNEY: a rule of law */
export const regfAttorney: ReminderRule = {
  id: 'REGF-ATTORNEY',
  citation: '12 CFR 1006.6(b)(2)',
  description: 'An attorney hold freezes reminders to the consumer.',
  jurisdiction: 'US',
  binds: ['debtCollector'],
  media: ALL_MEDIA,
  effective: { start: '2021-11-30' },
};
