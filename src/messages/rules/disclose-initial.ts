import type { MessageRuleModule } from './rule.js';
import { familyHits, REG_F_EFFECTIVE } from './rule.js';
import { disclosureApplies, describeForeign, missingSeverity } from './disclosure.js';

/**
 * REGF-DISCLOSE-INITIAL: the first communication says the collector is attempting to collect a
 * debt and that any information obtained will be used for that purpose, in the message's
 * language (12 CFR 1006.18(e)(1), (e)(4); 15 U.S.C. 1692e(11)).
 */
export const discloseInitial: MessageRuleModule = {
  meta: {
    id: 'REGF-DISCLOSE-INITIAL',
    citation: '12 CFR 1006.18(e)(1), (e)(4); 15 U.S.C. 1692e(11)',
    title: 'Initial disclosure ("attempt to collect a debt")',
    description:
      'In its initial communication with the consumer, a debt collector must say that it is attempting to collect a debt and that any information obtained will be used for that purpose, in the language of the rest of the message. A limited-content voicemail is not a communication and needs none. With context.initialCommunication unset, a missing statement is a warning (it is required if this is the first communication).',
    binds: ['debtCollector'],
    jurisdiction: 'US',
    channels: ['sms', 'email', 'letter', 'voicemail', 'callScript', 'socialDirectMessage'],
    effective: { start: REG_F_EFFECTIVE },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: ['disclosureCollectDebt', 'disclosureInfoUse'],
  },
  check(ctx, report) {
    if (!disclosureApplies(ctx) || ctx.context.initialCommunication === false) return;
    const missing: string[] = [];
    const foreign: string[] = [];
    for (const family of ['disclosureCollectDebt', 'disclosureInfoUse'] as const) {
      if (familyHits(ctx, family, ctx.language).length > 0) continue;
      missing.push(family === 'disclosureCollectDebt' ? 'that the collector is attempting to collect a debt' : 'that any information obtained will be used for that purpose');
      const note = describeForeign(ctx, family);
      if (note !== null) foreign.push(note);
    }
    if (missing.length === 0) return;
    const severity = missingSeverity(ctx, 'initial');
    const unsure = ctx.context.initialCommunication === undefined ? ' context.initialCommunication is not declared: this statement is required if the message is the first communication with the consumer.' : '';
    report({
      severity,
      span: null,
      message: `The message does not say ${missing.join(', nor ')} (12 CFR 1006.18(e)(1)).${foreign.join('')}${unsure}`,
      details: { missing },
    });
  },
};
