import type { MessageAction } from '../types.js';
import type { MessageRuleModule } from './rule.js';
import { familyHits, hitWords, REG_F_EFFECTIVE, spanOf, threatSeverity, visitAction } from './rule.js';

const FAMILIES = ['suit', 'creditReporting', 'visit', 'accountClosure'] as const;

/**
 * REGF-THREAT-UNINTENDED: no threat of any action that cannot legally be taken or is not
 * intended (12 CFR 1006.18(c)(1); 15 U.S.C. 1692e(5)).
 */
export const threatUnintended: MessageRuleModule = {
  meta: {
    id: 'REGF-THREAT-UNINTENDED',
    citation: '12 CFR 1006.18(c)(1); 15 U.S.C. 1692e(5)',
    title: 'Threats of actions not intended or not lawful',
    description:
      'A lawsuit, credit reporting, a home or work visit, or closing an account may be mentioned only if context.intendedActions and context.lawfulActions both include it: a declared list that leaves it out makes the mention a violation, an undeclared list a warning. On a time-barred debt a suit threat is REGF-TIMEBARRED-THREAT instead.',
    binds: ['debtCollector'],
    jurisdiction: 'US',
    channels: ['sms', 'email', 'letter', 'envelope', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage'],
    effective: { start: REG_F_EFFECTIVE },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: [...FAMILIES],
  },
  check(ctx, report) {
    for (const family of FAMILIES) {
      if (family === 'suit' && ctx.context.debt?.timeBarred === true) continue;
      for (const { view, hit } of familyHits(ctx, family)) {
        const action: MessageAction = family === 'suit' ? 'lawsuit' : family === 'visit' ? visitAction(hitWords(view, hit)) : family;
        const verdict = threatSeverity(ctx.context, action);
        if (verdict === null) continue;
        report({
          severity: verdict.severity,
          span: spanOf(hit),
          field: view.field,
          message: `The message speaks of "${action}", which it may only do if that action is intended and lawful: ${verdict.reason} (12 CFR 1006.18(c)(1); 15 U.S.C. 1692e(5)).`,
          details: { action },
        });
      }
    }
  },
};
