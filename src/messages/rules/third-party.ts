import type { MessageRuleModule, RuleContext } from './rule.js';
import { familyHits, REG_F_EFFECTIVE } from './rule.js';

function conveysDebtInformation(ctx: RuleContext): boolean {
  if (ctx.views.some((v) => v.amounts.length > 0)) return true;
  for (const family of ['debtInformation', 'disclosureFromCollector', 'disclosureCollectDebt', 'collectionWords'] as const) {
    if (familyHits(ctx, family).length > 0) return true;
  }
  return false;
}

/**
 * REGF-3RD-PARTY: a collector does not tell anyone but the consumer about the debt
 * (12 CFR 1006.6(d)(1); 15 U.S.C. 1692c(b)).
 */
export const thirdParty: MessageRuleModule = {
  meta: {
    id: 'REGF-3RD-PARTY',
    citation: '12 CFR 1006.6(d)(1); 15 U.S.C. 1692c(b)',
    title: 'No disclosure of the debt to third parties',
    description:
      'A message for a third party must not convey information about the debt (violation). A voicemail that is a communication may be heard by others (warning). A message to an undeclared or unknown recipient that conveys debt information is a warning naming context.recipient.',
    binds: ['debtCollector'],
    jurisdiction: 'US',
    channels: ['sms', 'email', 'letter', 'voicemail', 'callScript', 'socialDirectMessage'],
    effective: { start: REG_F_EFFECTIVE },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: ['debtInformation'],
  },
  check(ctx, report) {
    const recipient = ctx.context.recipient ?? 'unknown';
    const isCommunicationVoicemail = ctx.channel === 'voicemail' && ctx.classification.kind === 'communication';
    const conveys = conveysDebtInformation(ctx);
    if (recipient === 'thirdParty') {
      if (conveys || isCommunicationVoicemail) {
        report({ severity: 'violation', span: null, message: 'The message is for a third party and conveys information about the debt (12 CFR 1006.6(d)(1); 15 U.S.C. 1692c(b)).' });
      }
      return;
    }
    if (isCommunicationVoicemail) {
      report({ severity: 'warning', span: null, message: 'A voicemail that conveys information about the debt may be heard by someone other than the consumer (12 CFR 1006.6(d)(1); 15 U.S.C. 1692c(b)); a limited-content message avoids this.' });
      return;
    }
    if (recipient === 'unknown' && conveys && ctx.channel !== 'voicemail') {
      const fact = ctx.context.recipient === undefined ? 'context.recipient is not declared' : 'the recipient is unknown';
      report({ severity: 'warning', span: null, message: `The message conveys information about the debt and ${fact}: if it reaches someone other than the consumer it discloses the debt (12 CFR 1006.6(d)(1); 15 U.S.C. 1692c(b)).` });
    }
  },
};
