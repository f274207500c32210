import type { MessageRuleModule, RuleContext, RuleReport } from './rule.js';
import { familyHits, REG_F_EFFECTIVE, spanOf } from './rule.js';

function urgency(ctx: RuleContext, report: (r: RuleReport) => void): void {
  const final = ctx.context.finalNotice;
  if (final !== true) {
    for (const { view, hit } of familyHits(ctx, 'urgencyFinal')) {
      report(
        final === false
          ? { severity: 'violation', span: spanOf(hit), field: view.field, message: 'The message calls itself final, and context.finalNotice says it is not: false urgency (12 CFR 1006.18(d); 15 U.S.C. 1692e(10)).' }
          : { severity: 'warning', span: spanOf(hit), field: view.field, message: 'The message calls itself final; context.finalNotice is not declared, and if more notices will follow this is false urgency (12 CFR 1006.18(d); 15 U.S.C. 1692e(10)).' },
      );
    }
  }
  const offer = ctx.context.offer;
  for (const { view, hit } of familyHits(ctx, 'urgencyDeadline')) {
    if (offer?.recurring === true) {
      report({ severity: 'violation', span: spanOf(hit), field: view.field, message: 'The message sets a deadline for an offer that context.offer.recurring says will be made again: false urgency (12 CFR 1006.18(d); 15 U.S.C. 1692e(10)).' });
      continue;
    }
    if (offer?.expiresAt !== undefined && offer.recurring === false) continue;
    const missing = [offer?.expiresAt === undefined ? 'context.offer.expiresAt' : null, offer?.recurring === undefined ? 'context.offer.recurring' : null].filter((m): m is string => m !== null);
    report({
      severity: 'warning',
      span: spanOf(hit),
      field: view.field,
      message: `The message presses for a deadline; ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not declared, so it cannot be shown that the deadline is real (12 CFR 1006.18(d); 15 U.S.C. 1692e(10)).`,
    });
  }
}

function hiddenIdentity(ctx: RuleContext, report: (r: RuleReport) => void): void {
  if (ctx.channel !== 'socialDirectMessage') return;
  if (ctx.context.businessName === undefined) {
    report({ severity: 'warning', span: null, message: 'context.businessName is not declared, so it cannot be checked that this private social-media message identifies the collector; a contact that hides the collector\'s identity is deceptive (comment 18(d)-1).' });
    return;
  }
  if (ctx.businessNameSpans.length === 0) {
    report({ severity: 'violation', span: null, message: `The private social-media message does not name the collector ("${ctx.context.businessName}"): a contact that hides the collector's identity is deceptive (12 CFR 1006.18(d); comment 18(d)-1).` });
  }
}

/**
 * REGF-DECEPTIVE-MEANS: no false, deceptive or misleading means (12 CFR 1006.18(d); 15 U.S.C.
 * 1692e(10)): false urgency, and a social-media contact that hides the collector.
 */
export const deceptiveMeans: MessageRuleModule = {
  meta: {
    id: 'REGF-DECEPTIVE-MEANS',
    citation: '12 CFR 1006.18(d); 15 U.S.C. 1692e(10)',
    title: 'False urgency and hidden identity',
    description:
      '"Final notice" is a warning unless context.finalNotice is true (a violation when false). A deadline ("within 24 hours", "lose this offer forever", "act now") is a warning unless context.offer declares a real expiry that is not recurring (a violation when the offer recurs). A private social-media message must name the collector (comment 18(d)-1). Plain dates ("by Friday", "today") are not urgency.',
    binds: ['debtCollector'],
    jurisdiction: 'US',
    channels: ['sms', 'email', 'letter', 'envelope', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage'],
    effective: { start: REG_F_EFFECTIVE },
    defaultSeverity: 'warning',
    enabledByDefault: true,
    families: ['urgencyFinal', 'urgencyDeadline'],
  },
  check(ctx, report) {
    urgency(ctx, report);
    hiddenIdentity(ctx, report);
  },
};
