import type { ChannelRule } from './rule.js';
import { ruleFinding } from './rule.js';

const BASES = new Set(['consumerUsed', 'consumerConsented', 'creditorNotice', 'priorCollector']);

/**
 * Regulation F's safe harbor for email (12 CFR 1006.6(d)(3)-(4)): the address was used by
 * the consumer or consented to directly ((d)(4)(i)), came with the creditor's notice
 * procedure ((d)(4)(ii)), or from a prior collector that obtained it so ((d)(4)(iii)).
 * Required when `requireSafeHarbor` is on (the default); a warning otherwise.
 */
export const emailSafeHarbor: ChannelRule = {
  id: 'REGF-EMAIL-SAFE-HARBOR',
  citation: '12 CFR 1006.6(d)(3), (d)(4)',
  media: ['email'],
  jurisdiction: 'US',
  binds: ['debtCollector'],
  description: 'An email goes to an address obtained by one of the procedures of 12 CFR 1006.6(d)(4).',
  effective: { start: '2021-11-30' },
  check(channel, context) {
    const basis = channel.safeHarbor?.basis;
    if (basis !== undefined && BASES.has(basis)) return [];
    const severity = context.requireSafeHarbor ? 'violation' : 'warning';
    const why = basis === undefined ? 'is not declared' : `(${basis}) is not one of 12 CFR 1006.6(d)(4)`;
    return [ruleFinding(this, severity, channel, `Channel "${channel.id}": the safe-harbor basis of the address ${why}.`)];
  },
};
