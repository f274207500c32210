import type { MessageRuleModule } from './rule.js';
import { familyHits, spanOf } from './rule.js';

/** US-CA-PROFANITY: no obscene or profane language (Cal. Civ. Code 1788.11(a)). */
export const usCaProfanity: MessageRuleModule = {
  meta: {
    id: 'US-CA-PROFANITY',
    citation: 'Cal. Civ. Code 1788.11(a)',
    title: 'California: profanity (Rosenthal Act)',
    description: 'For anyone collecting a debt in California, creditors included, obscene or profane language is a violation.',
    binds: ['debtCollector', 'creditor'],
    jurisdiction: 'US-CA',
    channels: ['sms', 'email', 'letter', 'envelope', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage'],
    effective: { start: '1977-01-01' },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: ['profanity'],
  },
  check(ctx, report) {
    for (const { view, hit } of familyHits(ctx, 'profanity')) {
      report({ severity: 'violation', span: spanOf(hit), field: view.field, message: 'The Rosenthal Act forbids obscene or profane language (Cal. Civ. Code 1788.11(a)).' });
    }
  },
};
