import type { MessageRuleModule } from './rule.js';
import { familyHits, hitWords, seizureAction, spanOf, threatSeverity } from './rule.js';

/**
 * US-CA-THREATS: the Rosenthal Act forbids threats of violence or criminal means, and threats
 * that non-payment will lead to arrest, or to seizure, garnishment, attachment or sale of
 * property or wages unless contemplated and permitted by law (Cal. Civ. Code 1788.10(a), (e)).
 */
export const usCaThreats: MessageRuleModule = {
  meta: {
    id: 'US-CA-THREATS',
    citation: 'Cal. Civ. Code 1788.10(a), (e)',
    title: 'California: threats (Rosenthal Act)',
    description:
      'For anyone collecting a debt in California, creditors included: violence and arrest words are a violation; garnishment, seizure or repossession is a violation unless intended and lawful (context.intendedActions, context.lawfulActions), a warning when those are unset.',
    binds: ['debtCollector', 'creditor'],
    jurisdiction: 'US-CA',
    channels: ['sms', 'email', 'letter', 'envelope', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage'],
    effective: { start: '1977-01-01' },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: ['violence', 'arrest', 'seizure'],
  },
  check(ctx, report) {
    for (const { view, hit } of familyHits(ctx, 'violence')) {
      report({ severity: 'violation', span: spanOf(hit), field: view.field, message: 'The Rosenthal Act forbids threats of violence or criminal means against a person, their reputation or property (Cal. Civ. Code 1788.10(a)).' });
    }
    for (const { view, hit } of familyHits(ctx, 'arrest')) {
      report({ severity: 'violation', span: spanOf(hit), field: view.field, message: 'The Rosenthal Act forbids saying non-payment may lead to arrest (Cal. Civ. Code 1788.10(e)).' });
    }
    for (const { view, hit } of familyHits(ctx, 'seizure')) {
      const action = seizureAction(hitWords(view, hit));
      const verdict = threatSeverity(ctx.context, action);
      if (verdict === null) continue;
      report({ severity: verdict.severity, span: spanOf(hit), field: view.field, message: `The Rosenthal Act allows a threat of ${action} only if it is contemplated and permitted by law: ${verdict.reason} (Cal. Civ. Code 1788.10(e)).`, details: { action } });
    }
  },
};
