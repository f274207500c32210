import type { MessageRuleModule } from './rule.js';
import { familyHits, hitWords, REG_F_EFFECTIVE, seizureAction, spanOf, threatSeverity } from './rule.js';

/**
 * REGF-ARREST-SEIZURE: no saying or implying that non-payment leads to arrest, imprisonment, or
 * seizure, garnishment, attachment or sale of property or wages, unless the action is lawful and
 * intended (12 CFR 1006.18(b)(3); 15 U.S.C. 1692e(4)).
 */
export const arrestSeizure: MessageRuleModule = {
  meta: {
    id: 'REGF-ARREST-SEIZURE',
    citation: '12 CFR 1006.18(b)(3); 15 U.S.C. 1692e(4)',
    title: 'Arrest, jail, seizure and garnishment',
    description:
      'Arrest or jail for a consumer debt is never lawful: any such word is a violation. Garnishment, seizure or repossession is a violation unless context.intendedActions and context.lawfulActions both include it; with either list unset, a warning names it.',
    binds: ['debtCollector'],
    jurisdiction: 'US',
    channels: ['sms', 'email', 'letter', 'envelope', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage'],
    effective: { start: REG_F_EFFECTIVE },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: ['arrest', 'seizure'],
  },
  check(ctx, report) {
    for (const { view, hit } of familyHits(ctx, 'arrest')) {
      report({ severity: 'violation', span: spanOf(hit), field: view.field, message: 'Non-payment of a consumer debt cannot lead to arrest or jail; the message says or implies it can (12 CFR 1006.18(b)(3); 15 U.S.C. 1692e(4)).' });
    }
    for (const { view, hit } of familyHits(ctx, 'seizure')) {
      const action = seizureAction(hitWords(view, hit));
      const verdict = threatSeverity(ctx.context, action);
      if (verdict === null) continue;
      report({
        severity: verdict.severity,
        span: spanOf(hit),
        field: view.field,
        message: `The message speaks of ${action === 'garnishment' ? 'garnishment' : action === 'repossession' ? 'repossession' : 'seizure of property'}, which it may only do if that is lawful and intended: ${verdict.reason} (12 CFR 1006.18(b)(3); 15 U.S.C. 1692e(4)).`,
        details: { action },
      });
    }
  },
};
