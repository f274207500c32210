import type { MessageRuleModule } from './rule.js';
import { familyHits, hitWords, seizureAction, spanOf, threatSeverity } from './rule.js';

const CITATION = '940 CMR 7.04(1)(b)';

/**
 * US-MA-THREATS: Massachusetts creditors must not threaten arrest or imprisonment, nor seizure,
 * garnishment or other action requiring a judicial order without saying that an order must come
 * first, nor any action not lawful or not intended (940 CMR 7.04(1)(b)).
 */
export const usMaThreats: MessageRuleModule = {
  meta: {
    id: 'US-MA-THREATS',
    citation: CITATION,
    title: 'Massachusetts: threats by creditors',
    description:
      'For a creditor collecting from a Massachusetts debtor: arrest or imprisonment words are a violation; garnishment, seizure or a lawsuit (actions requiring a judicial order) are a violation unless the message says a court order is needed first, and then still need to be intended and lawful (context.intendedActions, context.lawfulActions).',
    binds: ['creditor'],
    jurisdiction: 'US-MA',
    channels: ['sms', 'email', 'letter', 'envelope', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage'],
    effective: { start: '2013-03-01' },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: ['arrest', 'seizure', 'suit', 'courtOrder'],
  },
  check(ctx, report) {
    for (const { view, hit } of familyHits(ctx, 'arrest')) {
      report({ severity: 'violation', span: spanOf(hit), field: view.field, message: `A creditor may not threaten arrest or imprisonment (${CITATION}).` });
    }
    const saysCourtOrder = familyHits(ctx, 'courtOrder').length > 0;
    for (const family of ['seizure', 'suit'] as const) {
      for (const { view, hit } of familyHits(ctx, family)) {
        const action = family === 'suit' ? 'lawsuit' : seizureAction(hitWords(view, hit));
        if (!saysCourtOrder && family === 'seizure') {
          report({ severity: 'violation', span: spanOf(hit), field: view.field, message: `A creditor may not threaten ${action} without saying that a court order must be obtained first (${CITATION}).`, details: { action } });
          continue;
        }
        const verdict = threatSeverity(ctx.context, action);
        if (verdict === null) continue;
        report({ severity: verdict.severity, span: spanOf(hit), field: view.field, message: `A creditor may threaten only actions that are lawful and intended: ${verdict.reason} (${CITATION}).`, details: { action } });
      }
    }
  },
};
