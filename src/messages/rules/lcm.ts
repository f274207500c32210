import type { MessageRuleModule } from './rule.js';
import { REG_F_EFFECTIVE } from './rule.js';

const ITEM_NAMES = {
  businessName: 'a business name for the collector',
  replyRequest: 'a request that the consumer reply',
  personName: 'the name of a person to contact',
  telephoneNumber: 'a telephone number to reply to',
} as const;

/**
 * REGF-LCM: a voicemail is a limited-content message only if it holds the four required items
 * and nothing beyond the optional ones (12 CFR 1006.2(j)); anything more makes it a
 * communication. A voicemail with only part of the required items is incomplete.
 */
export const limitedContent: MessageRuleModule = {
  meta: {
    id: 'REGF-LCM',
    citation: '12 CFR 1006.2(j)',
    title: 'Limited-content voicemail',
    description:
      'A limited-content message is a voicemail for the consumer with a business name that does not indicate debt collection, a request to reply, the name of a person to contact and a telephone number, and optionally a salutation, the date and time, suggested times to reply, and a statement that any representative can help; nothing else. Content beyond that (a balance, the debt) makes the voicemail a communication, with the disclosures and third-party risk of one (warning at each stretch). A voicemail that lacks a required item is not a limited-content message but not necessarily a communication (warning).',
    binds: ['debtCollector'],
    jurisdiction: 'US',
    channels: ['voicemail'],
    effective: { start: REG_F_EFFECTIVE },
    defaultSeverity: 'warning',
    enabledByDefault: true,
    families: ['lcmIntroduction', 'lcmReplyRequest', 'lcmSalutation', 'lcmOptional', 'lcmFiller'],
  },
  check(ctx, report) {
    const c = ctx.classification;
    for (const span of c.extraContent) {
      report({
        severity: 'warning',
        span,
        message: 'This is content outside what 12 CFR 1006.2(j) allows in a limited-content message, so the voicemail is a communication: it needs the required disclosures and may disclose the debt to whoever hears it.',
      });
    }
    if (c.kind === 'incompleteLimitedContent') {
      const names = c.missingItems.map((item) => ITEM_NAMES[item]);
      const fact = c.missingItems.includes('businessName') && ctx.context.businessName === undefined ? ' (context.businessName is not declared, so the business name cannot be found in the text)' : '';
      report({
        severity: 'warning',
        span: null,
        message: `The voicemail lacks ${names.join(', ')}${fact}: it is not a limited-content message (12 CFR 1006.2(j)), though not necessarily a communication.`,
        details: { missingItems: c.missingItems },
      });
    }
  },
};
