import type { MessageRuleModule } from './rule.js';
import { REG_F_EFFECTIVE } from './rule.js';

/**
 * REGF-SOCIAL: no communication or attempt through social media that the public or the
 * person's social-media contacts can see (12 CFR 1006.22(f)(4)).
 */
export const social: MessageRuleModule = {
  meta: {
    id: 'REGF-SOCIAL',
    citation: '12 CFR 1006.22(f)(4)',
    title: 'No public social-media posts',
    description: 'A socialPost (viewable by the public or the person\'s contacts) is a violation, whatever it says. Private messages (socialDirectMessage) are allowed if the collector identifies itself (REGF-DECEPTIVE-MEANS).',
    binds: ['debtCollector'],
    jurisdiction: 'US',
    channels: ['socialPost'],
    effective: { start: REG_F_EFFECTIVE },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: [],
  },
  check(_ctx, report) {
    report({ severity: 'violation', span: null, message: 'A debt collector may not communicate or attempt to communicate through a social-media post that the public or the person\'s contacts can see (12 CFR 1006.22(f)(4)).' });
  },
};
