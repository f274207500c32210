import type { MessageRuleModule } from './rule.js';
import { REG_F_EFFECTIVE } from './rule.js';

/**
 * REGF-LCM-BUSINESS-NAME: a limited-content message uses a business name that does not
 * indicate debt collection (12 CFR 1006.2(j)(1)); "Ficus Debt Collection Services" defeats it.
 */
export const limitedContentBusinessName: MessageRuleModule = {
  meta: {
    id: 'REGF-LCM-BUSINESS-NAME',
    citation: '12 CFR 1006.2(j)(1)',
    title: 'Limited-content voicemail: business name',
    description:
      'The business name in a limited-content voicemail must not indicate debt collection. A name that does (declared in context.businessNameIndicatesDebtCollection, or containing collection words) makes the voicemail a communication. With the fact unset, a warning names it.',
    binds: ['debtCollector'],
    jurisdiction: 'US',
    channels: ['voicemail'],
    effective: { start: REG_F_EFFECTIVE },
    defaultSeverity: 'warning',
    enabledByDefault: true,
    families: ['collectionWords'],
  },
  check(ctx, report) {
    const indicates = ctx.businessNameIndicatesCollection;
    if (indicates) {
      const spans = ctx.businessNameSpans.length > 0 ? ctx.businessNameSpans : [null];
      for (const span of spans) {
        report({
          severity: 'warning',
          span,
          message: 'The business name indicates debt collection, so this voicemail is not a limited-content message but a communication (12 CFR 1006.2(j)(1)).',
        });
      }
      return;
    }
    if (ctx.context.businessName !== undefined && ctx.context.businessNameIndicatesDebtCollection === undefined && ctx.context.recipient !== 'thirdParty') {
      report({
        severity: 'warning',
        span: ctx.businessNameSpans[0] ?? null,
        message: 'context.businessNameIndicatesDebtCollection is not declared: if the business name indicates debt collection, this voicemail is a communication, not a limited-content message (12 CFR 1006.2(j)(1)).',
      });
    }
  },
};
