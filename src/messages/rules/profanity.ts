import type { MessageRuleModule } from './rule.js';
import { familyHits, REG_F_EFFECTIVE, spanOf } from './rule.js';

/**
 * REGF-PROFANITY: no obscene or profane language, nor language whose natural consequence is to
 * abuse the hearer or reader (12 CFR 1006.14(d); 15 U.S.C. 1692d(2)).
 */
export const profanity: MessageRuleModule = {
  meta: {
    id: 'REGF-PROFANITY',
    citation: '12 CFR 1006.14(d); 15 U.S.C. 1692d(2)',
    title: 'Profanity and insults',
    description: 'Obscene or profane words, and insults whose natural consequence is to abuse the reader ("deadbeat", "liar"), are always a violation.',
    binds: ['debtCollector'],
    jurisdiction: 'US',
    channels: ['sms', 'email', 'letter', 'envelope', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage'],
    effective: { start: REG_F_EFFECTIVE },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: ['profanity', 'insult'],
  },
  check(ctx, report) {
    for (const family of ['profanity', 'insult'] as const) {
      for (const { view, hit } of familyHits(ctx, family)) {
        report({
          severity: 'violation',
          span: spanOf(hit),
          field: view.field,
          message: family === 'profanity' ? 'This is obscene or profane language (12 CFR 1006.14(d); 15 U.S.C. 1692d(2)).' : 'This insults the reader: language whose natural consequence is to abuse (12 CFR 1006.14(d); 15 U.S.C. 1692d(2)).',
        });
      }
    }
  },
};
