import type { ReminderRule } from './rule.js';
import { ALL_MEDIA } from './rule.js';

/** REGF-DISPUTE: a rule of law */
export const regfDispute: ReminderRule = {
  id: 'REGF-DISPUTE',
  citation: '12 CFR 1006.38(d)(2)',
  description: 'An escalation hold of kind dispute freezes reminders (compliance checks the debt itself too).',
  jurisdiction: 'US',
  binds: ['debtCollector'],
  media: ALL_MEDIA,
  effective: { start: '2021-11-30' },
};
