import type { MessageRuleModule } from './rule.js';
import { REG_F_EFFECTIVE } from './rule.js';

/**
 * REGF-POSTCARD: no communication about a debt by postcard (12 CFR 1006.22(f)(1); 15 U.S.C.
 * 1692f(7)).
 */
export const postcard: MessageRuleModule = {
  meta: {
    id: 'REGF-POSTCARD',
    citation: '12 CFR 1006.22(f)(1); 15 U.S.C. 1692f(7)',
    title: 'No postcards',
    description: 'A letter or envelope declared as a postcard (context.postcard) is a violation, whatever it says.',
    binds: ['debtCollector'],
    jurisdiction: 'US',
    channels: ['letter', 'envelope'],
    effective: { start: REG_F_EFFECTIVE },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: [],
  },
  check(ctx, report) {
    if (ctx.context.postcard === true) report({ severity: 'violation', span: null, message: 'A debt collector may not communicate with a consumer about a debt by postcard (12 CFR 1006.22(f)(1); 15 U.S.C. 1692f(7)).' });
  },
};
