import type { ChannelRule } from './rule.js';
import { ruleFinding } from './rule.js';

/**
 * TCPA: no automated text to a cell number without the called party's prior express
 * consent (47 U.S.C. 227(b)(1)(A)(iii); texts are calls, FCC 03-153).
 */
export const tcpaConsent: ChannelRule = {
  id: 'TCPA-ATDS-CELL',
  citation: '47 U.S.C. 227(b)(1)(A)(iii)',
  media: ['sms'],
  jurisdiction: 'US',
  binds: ['debtCollector', 'creditor'],
  description: 'An automated text needs the prior express consent of the called party.',
  effective: { start: '1992-12-20' },
  check(channel) {
    if (channel.consent !== null) return [];
    return [ruleFinding(this, 'violation', channel, `Channel "${channel.id}": the consumer has not consented to automated texts to ${channel.address}.`)];
  },
};
