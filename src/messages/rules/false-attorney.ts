import type { MessageRuleModule } from './rule.js';
import { familyHits, REG_F_EFFECTIVE, spanOf } from './rule.js';

/**
 * REGF-FALSE-ATTORNEY: no false implication that a communication is from an attorney or that an
 * attorney is involved (12 CFR 1006.18(b)(1)(iii); 15 U.S.C. 1692e(3)).
 */
export const falseAttorney: MessageRuleModule = {
  meta: {
    id: 'REGF-FALSE-ATTORNEY',
    citation: '12 CFR 1006.18(b)(1)(iii); 15 U.S.C. 1692e(3)',
    title: 'False attorney involvement',
    description:
      '"Our legal department", "attorney", "law firm", "Esq." imply an attorney is involved: a violation when context.attorneyInvolved is false, a warning naming the fact when it is unset, nothing when an attorney is meaningfully involved. "We are not a law firm" and "if you have an attorney" are not claims.',
    binds: ['debtCollector'],
    jurisdiction: 'US',
    channels: ['sms', 'email', 'letter', 'envelope', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage'],
    effective: { start: REG_F_EFFECTIVE },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: ['attorney'],
  },
  check(ctx, report) {
    const involved = ctx.context.attorneyInvolved;
    if (involved === true) return;
    for (const { view, hit } of familyHits(ctx, 'attorney')) {
      report(
        involved === false
          ? { severity: 'violation', span: spanOf(hit), field: view.field, message: 'This implies an attorney is involved, and none is (12 CFR 1006.18(b)(1)(iii); 15 U.S.C. 1692e(3)).' }
          : { severity: 'warning', span: spanOf(hit), field: view.field, message: 'This implies an attorney is involved; context.attorneyInvolved is not declared, and if no attorney is meaningfully involved it is false (12 CFR 1006.18(b)(1)(iii); 15 U.S.C. 1692e(3)).' },
      );
    }
  },
};
