import type { ReminderRule } from './rule.js';

/** REGF-MEDIUM: a rule of law */
export const regfMedium: ReminderRule = {
  id: 'REGF-MEDIUM',
  citation: '12 CFR 1006.14(h)(1)',
  description: 'A revoked text consent is also a request not to use that medium.',
  jurisdiction: 'US',
  binds: ['debtCollector'],
  media: ['sms'],
  effective: { start: '2021-11-30' },
};
