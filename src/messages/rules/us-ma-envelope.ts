import type { MessageRuleModule } from './rule.js';
import { checkEnvelopeFace } from './envelope.js';

/**
 * US-MA-ENVELOPE: Massachusetts creditors must not send an envelope or unsealed material that
 * shows or implies debt collection to others (940 CMR 7.05).
 */
export const usMaEnvelope: MessageRuleModule = {
  meta: {
    id: 'US-MA-ENVELOPE',
    citation: '940 CMR 7.05',
    title: 'Massachusetts: envelopes and postcards by creditors',
    description: 'For a creditor collecting from a Massachusetts debtor: collection words or a collection-indicating business name on an envelope are a violation, and so is a postcard (unsealed) letter.',
    binds: ['creditor'],
    jurisdiction: 'US-MA',
    channels: ['letter', 'envelope'],
    effective: { start: '2013-03-01' },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: ['collectionWords'],
  },
  check(ctx, report) {
    if (ctx.context.postcard === true) report({ severity: 'violation', span: null, message: 'A creditor may not use unsealed mail such as a postcard that others may read to communicate about a debt (940 CMR 7.05).' });
    if (ctx.channel === 'envelope') checkEnvelopeFace(ctx, report, 'An envelope may not show or imply that the mail is about collecting a debt (940 CMR 7.05).');
  },
};
