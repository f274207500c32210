import type { ChannelRule } from './rule.js';
import { ruleFinding } from './rule.js';

const ALLOWED = new Set(['consumerUsed', 'consumerConsented', 'priorCollector']);

/**
 * No email to an address the collector knows is provided by the employer, unless the
 * consumer used it or consented to it ((d)(4)(i)) or a prior collector obtained it so
 * ((d)(4)(iii)); the creditor-notice route never reaches work addresses
 * (12 CFR 1006.22(f)(3), comment 22(f)(3)-1).
 */
export const workEmail: ChannelRule = {
  id: 'REGF-WORK-EMAIL',
  citation: '12 CFR 1006.22(f)(3)',
  media: ['email'],
  jurisdiction: 'US',
  binds: ['debtCollector'],
  description: 'No email to an employer-provided address unless the consumer used it or consented (or a prior collector obtained it so).',
  effective: { start: '2021-11-30' },
  check(channel) {
    if (channel.addressKind !== 'work') return [];
    const basis = channel.safeHarbor?.basis;
    if (basis !== undefined && ALLOWED.has(basis)) return [];
    return [ruleFinding(this, 'violation', channel, `Channel "${channel.id}": ${channel.address} is a work address and the consumer has not used it or consented to it.`)];
  },
};
