import type { MessageRuleModule } from './rule.js';
import { familyHits, REG_F_EFFECTIVE, spanOf } from './rule.js';

/**
 * REGF-CREDIT-IMPROVE-CLAIM: no promise that paying will improve the consumer's credit
 * (15 U.S.C. 1692e(10), as applied in CFPB Supervisory Highlights, Fall 2021).
 */
export const creditImproveClaim: MessageRuleModule = {
  meta: {
    id: 'REGF-CREDIT-IMPROVE-CLAIM',
    citation: '15 U.S.C. 1692e(10); 12 CFR 1006.18(d) (CFPB Supervisory Highlights, Fall 2021)',
    title: 'Promises that credit will improve',
    description: 'Telling a consumer that paying or finishing a plan will raise their credit score or remove the account from their report can be deceptive (examiners found it so). A warning by default; a policy may raise it.',
    binds: ['debtCollector'],
    jurisdiction: 'US',
    channels: ['sms', 'email', 'letter', 'envelope', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage'],
    effective: { start: REG_F_EFFECTIVE },
    defaultSeverity: 'warning',
    enabledByDefault: true,
    families: ['creditImprove'],
  },
  check(ctx, report) {
    for (const { view, hit } of familyHits(ctx, 'creditImprove')) {
      report({ severity: 'warning', span: spanOf(hit), field: view.field, message: 'This promises that the consumer\'s credit will improve; no collector controls a credit score, and the CFPB found such promises deceptive (15 U.S.C. 1692e(10)).' });
    }
  },
};
