import type { MessageRuleModule } from './rule.js';
import { familyHits } from './rule.js';

/**
 * US-CA-TIMEBARRED-NOTICE: a written communication on a time-barred debt carries the notice of
 * Cal. Civ. Code 1788.14(d) ("The law limits how long you can be sued on a debt. ...").
 */
export const usCaTimeBarredNotice: MessageRuleModule = {
  meta: {
    id: 'US-CA-TIMEBARRED-NOTICE',
    citation: 'Cal. Civ. Code 1788.14(d)',
    title: 'California: time-barred debt notice',
    description:
      'The first written communication after a debt became time-barred must include the notice that begins "The law limits how long you can be sued on a debt." Missing: a violation when context.initialCommunication is true, else a warning (whether this is the first such communication is not an input). With context.debt.timeBarred unset, a warning names it.',
    binds: ['debtCollector', 'creditor'],
    jurisdiction: 'US-CA',
    channels: ['letter', 'email'],
    effective: { start: '2019-01-01' },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: ['caTimeBarredNotice'],
  },
  check(ctx, report) {
    const timeBarred = ctx.context.debt?.timeBarred;
    if (timeBarred === false) return;
    if (familyHits(ctx, 'caTimeBarredNotice').length > 0) return;
    if (timeBarred === undefined) {
      report({ severity: 'warning', span: null, message: 'context.debt.timeBarred is not declared: if the debt is time-barred, a written communication needs the notice of Cal. Civ. Code 1788.14(d) ("The law limits how long you can be sued on a debt. ...").' });
      return;
    }
    report({
      severity: ctx.context.initialCommunication === true ? 'violation' : 'warning',
      span: null,
      message: 'The debt is time-barred and the message lacks the notice "The law limits how long you can be sued on a debt. ..." required in the first written communication after the debt became time-barred (Cal. Civ. Code 1788.14(d)).',
    });
  },
};
