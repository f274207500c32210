import type { MessageRuleModule } from './rule.js';
import { familyHits, REG_F_EFFECTIVE, spanOf } from './rule.js';

/**
 * REGF-TIMEBARRED-THREAT: a collector must not bring or threaten to bring a legal action on a
 * time-barred debt (12 CFR 1006.26(b)).
 */
export const timeBarredThreat: MessageRuleModule = {
  meta: {
    id: 'REGF-TIMEBARRED-THREAT',
    citation: '12 CFR 1006.26(b)',
    title: 'Suit threats on a time-barred debt',
    description:
      'On a time-barred debt any mention of suing ("sue", "lawsuit", "court", "legal action", "judgment"), even "may", is a violation; strict liability, no knowledge element. With context.debt.timeBarred unset, a suit word is a warning naming the fact. "We will not sue you" is not a threat.',
    binds: ['debtCollector'],
    jurisdiction: 'US',
    channels: ['sms', 'email', 'letter', 'envelope', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage'],
    effective: { start: REG_F_EFFECTIVE },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: ['suit'],
  },
  check(ctx, report) {
    const timeBarred = ctx.context.debt?.timeBarred;
    if (timeBarred === false) return;
    for (const { view, hit } of familyHits(ctx, 'suit')) {
      report(
        timeBarred === true
          ? { severity: 'violation', span: spanOf(hit), field: view.field, message: 'The debt is time-barred: a collector must not bring or threaten to bring a legal action on it (12 CFR 1006.26(b)).' }
          : { severity: 'warning', span: spanOf(hit), field: view.field, message: 'context.debt.timeBarred is not declared: if the debt is time-barred, this mention of a legal action is a threat 12 CFR 1006.26(b) forbids.' },
      );
    }
  },
};
