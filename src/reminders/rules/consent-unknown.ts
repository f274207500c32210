import type { ChannelRule } from './rule.js';
import { ruleFinding } from './rule.js';

/**
 * A text needs prior express consent (47 U.S.C. 227(b)(1)(A)(iii)); when the input does not
 * say whether there is one, the channel is not used (fail closed).
 */
export const consentUnknown: ChannelRule = {
  id: 'REMINDERS_CONSENT_UNKNOWN',
  citation: '47 U.S.C. 227(b)(1)(A)(iii)',
  media: ['sms'],
  jurisdiction: 'US',
  binds: ['debtCollector', 'creditor'],
  description: 'The channel declares whether the consumer consented to automated texts (consent: {...} or null).',
  check(channel) {
    if (channel.consent !== undefined) return [];
    return [ruleFinding(this, 'violation', channel, `Channel "${channel.id}": whether the consumer consented to automated texts is not known, so no text is planned (declare consent, or null when there is none).`)];
  },
};
