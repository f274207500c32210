import type { ReminderRule } from './rule.js';
import { ALL_MEDIA } from './rule.js';

/** BANKRUPTCY-STAY: a rule of law */
export const bankruptcyStay: ReminderRule = {
  id: 'BANKRUPTCY-STAY',
  citation: '11 U.S.C. 362(a)(6)',
  description: 'A bankruptcy hold freezes reminders.',
  jurisdiction: 'US',
  binds: ['debtCollector', 'creditor'],
  media: ALL_MEDIA,
  effective: { start: '1979-10-01' },
};
