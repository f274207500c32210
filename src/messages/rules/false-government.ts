import type { MessageRuleModule } from './rule.js';
import { familyHits, REG_F_EFFECTIVE, spanOf } from './rule.js';

/**
 * REGF-FALSE-GOV: no false implication of government backing or affiliation
 * (12 CFR 1006.18(b)(1)(i); 15 U.S.C. 1692e(1), (9)).
 */
export const falseGovernment: MessageRuleModule = {
  meta: {
    id: 'REGF-FALSE-GOV',
    citation: '12 CFR 1006.18(b)(1)(i); 15 U.S.C. 1692e(1)',
    title: 'False government involvement',
    description: 'Words implying the government, the police or an official agency stand behind the message ("government agency", "sheriff", "official notice") are a violation. "Federal law gives you rights" is not.',
    binds: ['debtCollector'],
    jurisdiction: 'US',
    channels: ['sms', 'email', 'letter', 'envelope', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage'],
    effective: { start: REG_F_EFFECTIVE },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: ['government'],
  },
  check(ctx, report) {
    for (const { view, hit } of familyHits(ctx, 'government')) {
      report({ severity: 'violation', span: spanOf(hit), field: view.field, message: 'This implies that the government, the police or an official agency is involved (12 CFR 1006.18(b)(1)(i); 15 U.S.C. 1692e(1)).' });
    }
  },
};
