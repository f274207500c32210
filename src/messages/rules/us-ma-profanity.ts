import type { MessageRuleModule } from './rule.js';
import { familyHits, spanOf } from './rule.js';

/** US-MA-PROFANITY: Massachusetts creditors must not use profane or obscene language (940 CMR 7.04(1)(c)). */
export const usMaProfanity: MessageRuleModule = {
  meta: {
    id: 'US-MA-PROFANITY',
    citation: '940 CMR 7.04(1)(c)',
    title: 'Massachusetts: profanity by creditors',
    description: 'For a creditor collecting from a Massachusetts debtor, profane or obscene language is a violation.',
    binds: ['creditor'],
    jurisdiction: 'US-MA',
    channels: ['sms', 'email', 'letter', 'envelope', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage'],
    effective: { start: '2013-03-01' },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: ['profanity'],
  },
  check(ctx, report) {
    for (const { view, hit } of familyHits(ctx, 'profanity')) {
      report({ severity: 'violation', span: spanOf(hit), field: view.field, message: 'A creditor may not use profane or obscene language (940 CMR 7.04(1)(c)).' });
    }
  },
};
