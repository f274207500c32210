import type { ReminderRule } from './rule.js';
import { ALL_MEDIA } from './rule.js';

/** REGF-CEASE: a rule of law */
export const regfCease: ReminderRule = {
  id: 'REGF-CEASE',
  citation: '12 CFR 1006.6(c)',
  description: 'A cease-communication hold freezes reminders.',
  jurisdiction: 'US',
  binds: ['debtCollector'],
  media: ALL_MEDIA,
  effective: { start: '2021-11-30' },
};
