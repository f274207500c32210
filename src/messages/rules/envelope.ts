import type { MessageRuleModule, RuleContext, RuleReport } from './rule.js';
import { familyHits, REG_F_EFFECTIVE, spanOf } from './rule.js';

/** Reports collection words on an envelope, and a business name that indicates collection. */
export function checkEnvelopeFace(ctx: RuleContext, report: (r: RuleReport) => void, message: string): void {
  const nameSpans = ctx.businessNameIndicatesCollection ? ctx.businessNameSpans : [];
  for (const span of nameSpans) report({ severity: 'violation', span, message: `The business name indicates debt collection. ${message}` });
  for (const { view, hit } of familyHits(ctx, 'collectionWords')) {
    if (nameSpans.some((s) => s.start <= hit.start && s.end >= hit.end)) continue;
    report({ severity: 'violation', span: spanOf(hit), field: view.field, message });
  }
}

/**
 * REGF-ENVELOPE: nothing on an envelope but the collector's address and a business name that
 * does not indicate debt collection (12 CFR 1006.22(f)(2); 15 U.S.C. 1692f(8)).
 */
export const envelope: MessageRuleModule = {
  meta: {
    id: 'REGF-ENVELOPE',
    citation: '12 CFR 1006.22(f)(2); 15 U.S.C. 1692f(8)',
    title: 'Envelopes show no debt-collection language',
    description:
      'The envelope (channel envelope: all text visible on it) may carry the collector\'s address and a business name that does not indicate debt collection; names, postage, "forwarding and address correction requested" and the barcode are fine (comment 22(f)(2)-1). Words such as "collections", "debt", "past due" are a violation, and so is a business name that indicates debt collection.',
    binds: ['debtCollector'],
    jurisdiction: 'US',
    channels: ['envelope'],
    effective: { start: REG_F_EFFECTIVE },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: ['collectionWords'],
  },
  check(ctx, report) {
    checkEnvelopeFace(ctx, report, 'An envelope may not show language or symbols that indicate debt collection (12 CFR 1006.22(f)(2); 15 U.S.C. 1692f(8)).');
  },
};
