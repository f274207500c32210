import type { ReminderRule } from './rule.js';
import { ALL_MEDIA } from './rule.js';

/** REGF-DECEASED: a rule of law */
export const regfDeceased: ReminderRule = {
  id: 'REGF-DECEASED',
  citation: '12 CFR 1006.6(a)(4)',
  description: 'A deceased hold freezes reminders.',
  jurisdiction: 'US',
  binds: ['debtCollector'],
  media: ALL_MEDIA,
  effective: { start: '2021-11-30' },
};
