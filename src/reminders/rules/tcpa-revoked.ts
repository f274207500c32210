import type { ChannelRule } from './rule.js';

/**
 * TCPA revocation: consent revoked by any reasonable means ends automated texts
 * (47 CFR 64.1200(a)(10)); the planner stops at once, not after the ten business days the
 * rule allows. A request to stop texts is also a request not to use that medium
 * (12 CFR 1006.14(h)(1)), reported beside it.
 */
export const tcpaRevoked: ChannelRule = {
  id: 'TCPA-REVOKE-REASONABLE',
  citation: '47 CFR 64.1200(a)(10)',
  media: ['sms'],
  jurisdiction: 'US',
  binds: ['debtCollector', 'creditor'],
  description: 'No automated text after the consumer revoked consent (at once, whatever the ten-business-day outer bound).',
  effective: { start: '2025-04-11' },
  check(channel) {
    const revokedAt = channel.consent?.revokedAt;
    if (revokedAt === undefined) return [];
    return [
      { code: this.id, severity: 'violation', message: `Channel "${channel.id}": the consumer revoked consent to texts at ${revokedAt}.`, citation: this.citation, details: { channelId: channel.id, revokedAt } },
      { code: 'REGF-MEDIUM', severity: 'violation', message: `Channel "${channel.id}": the consumer asked not to be texted at ${channel.address}; no communication through that medium.`, citation: '12 CFR 1006.14(h)(1)', details: { channelId: channel.id } },
    ];
  },
};
