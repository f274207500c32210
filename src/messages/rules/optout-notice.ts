import type { MessageRuleModule } from './rule.js';
import { familyHits, REG_F_EFFECTIVE, spanOf } from './rule.js';

/**
 * REGF-OPTOUT-NOTICE: every email, text or other electronic message to a specific address
 * says how to opt out, by a reasonable and simple method (12 CFR 1006.6(e)).
 */
export const optOutNotice: MessageRuleModule = {
  meta: {
    id: 'REGF-OPTOUT-NOTICE',
    citation: '12 CFR 1006.6(e)',
    title: 'Opt-out statement in every electronic message',
    description:
      'Each email, text message or private electronic message must carry a clear and conspicuous statement of a reasonable and simple way to opt out of further electronic messages to that address or number ("Reply STOP to opt out of texts to this number", an unsubscribe link). Requiring a call, a letter or a visit to a website without a link is not reasonable and simple (comment 6(e)-1).',
    binds: ['debtCollector'],
    jurisdiction: 'US',
    channels: ['sms', 'email', 'socialDirectMessage'],
    effective: { start: REG_F_EFFECTIVE },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: ['optOut', 'optOutUnreasonable'],
  },
  check(ctx, report) {
    for (const { view, hit } of familyHits(ctx, 'optOutUnreasonable')) {
      report({
        severity: 'violation',
        span: spanOf(hit),
        field: view.field,
        message: 'This opt-out method (a call, a letter or a visit) is not a reasonable and simple one; offer a reply keyword such as STOP or an unsubscribe link (12 CFR 1006.6(e); comment 6(e)-1).',
      });
    }
    if (familyHits(ctx, 'optOut').length > 0) return;
    report({
      severity: 'violation',
      span: null,
      message: 'The message has no statement of a reasonable and simple way to opt out of further electronic messages, such as "Reply STOP to opt out of texts to this number" (12 CFR 1006.6(e)).',
    });
  },
};
