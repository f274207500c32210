import type { MessageRuleModule } from './rule.js';
import { familyHits, spanOf } from './rule.js';

/**
 * US-MA-FALSE-IDENTITY: Massachusetts creditors must not falsely claim to be, or to act for,
 * an attorney or a government body (940 CMR 7.07).
 */
export const usMaFalseIdentity: MessageRuleModule = {
  meta: {
    id: 'US-MA-FALSE-IDENTITY',
    citation: '940 CMR 7.07',
    title: 'Massachusetts: attorney or government impersonation by creditors',
    description: 'For a creditor collecting from a Massachusetts debtor: government words are a violation; attorney words are a violation when context.attorneyInvolved is false and a warning when it is unset.',
    binds: ['creditor'],
    jurisdiction: 'US-MA',
    channels: ['sms', 'email', 'letter', 'envelope', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage'],
    effective: { start: '2013-03-01' },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: ['attorney', 'government'],
  },
  check(ctx, report) {
    for (const { view, hit } of familyHits(ctx, 'government')) {
      report({ severity: 'violation', span: spanOf(hit), field: view.field, message: 'A creditor may not imply that it is, or acts for, a government body (940 CMR 7.07).' });
    }
    const involved = ctx.context.attorneyInvolved;
    if (involved === true) return;
    for (const { view, hit } of familyHits(ctx, 'attorney')) {
      report({
        severity: involved === false ? 'violation' : 'warning',
        span: spanOf(hit),
        field: view.field,
        message: involved === false ? 'A creditor may not imply that an attorney is involved when none is (940 CMR 7.07).' : 'This implies an attorney is involved; context.attorneyInvolved is not declared (940 CMR 7.07).',
      });
    }
  },
};
