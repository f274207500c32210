import type { MessageRuleModule } from './rule.js';
import { familyHits, REG_F_EFFECTIVE, spanOf } from './rule.js';

/**
 * REGF-VIOLENCE: no use or threat of violence or other criminal means against anyone's person,
 * reputation or property (12 CFR 1006.14(c); 15 U.S.C. 1692d(1)).
 */
export const violence: MessageRuleModule = {
  meta: {
    id: 'REGF-VIOLENCE',
    citation: '12 CFR 1006.14(c); 15 U.S.C. 1692d(1), (3)',
    title: 'Threats of violence or harm to reputation',
    description: 'A threat of violence or other criminal means against a person, their reputation or property ("hurt your family", "post your name") is always a violation.',
    binds: ['debtCollector'],
    jurisdiction: 'US',
    channels: ['sms', 'email', 'letter', 'envelope', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage'],
    effective: { start: REG_F_EFFECTIVE },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: ['violence'],
  },
  check(ctx, report) {
    for (const { view, hit } of familyHits(ctx, 'violence')) {
      report({ severity: 'violation', span: spanOf(hit), field: view.field, message: 'This threatens violence or harm to a person, their reputation or property (12 CFR 1006.14(c); 15 U.S.C. 1692d(1)).' });
    }
  },
};
