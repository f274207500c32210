import type { MessageRuleModule } from './rule.js';
import { familyHits, REG_F_EFFECTIVE } from './rule.js';
import { disclosureApplies, describeForeign, missingSeverity } from './disclosure.js';

/**
 * REGF-DISCLOSE-SUBSEQUENT: every later communication says it is from a debt collector, in the
 * message's language (12 CFR 1006.18(e)(2), (e)(4); 15 U.S.C. 1692e(11)).
 */
export const discloseSubsequent: MessageRuleModule = {
  meta: {
    id: 'REGF-DISCLOSE-SUBSEQUENT',
    citation: '12 CFR 1006.18(e)(2), (e)(4); 15 U.S.C. 1692e(11)',
    title: 'Subsequent disclosure ("from a debt collector")',
    description:
      'Every communication after the first must say that it is from a debt collector, in the language of the rest of the message. An installment reminder is a communication. A business name alone is not the statement. With context.initialCommunication unset, a missing statement is a warning (it is required if this is not the first communication).',
    binds: ['debtCollector'],
    jurisdiction: 'US',
    channels: ['sms', 'email', 'letter', 'voicemail', 'callScript', 'socialDirectMessage'],
    effective: { start: REG_F_EFFECTIVE },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: ['disclosureFromCollector'],
  },
  check(ctx, report) {
    if (!disclosureApplies(ctx) || ctx.context.initialCommunication === true) return;
    if (familyHits(ctx, 'disclosureFromCollector', ctx.language).length > 0) return;
    const foreign = describeForeign(ctx, 'disclosureFromCollector') ?? '';
    const unsure = ctx.context.initialCommunication === undefined ? ' context.initialCommunication is not declared: this statement is required if the message is not the first communication.' : '';
    report({
      severity: missingSeverity(ctx, 'subsequent'),
      span: null,
      message: `The message does not say that it is from a debt collector (12 CFR 1006.18(e)(2)).${foreign}${unsure}`,
    });
  },
};
