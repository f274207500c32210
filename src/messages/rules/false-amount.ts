import type { TextSpan } from '../../errors/index.js';
import { safeParseAmount } from '../../money/index.js';
import type { MessageRuleModule } from './rule.js';
import { familyHits, REG_F_EFFECTIVE } from './rule.js';

const DOLLAR_CURRENCIES = new Set(['USD', 'CAD', 'AUD', 'NZD', 'MXN', 'SGD', 'HKD']);

/**
 * REGF-FALSE-AMOUNT: no false representation of the amount of the debt
 * (12 CFR 1006.18(b)(2)(i); 15 U.S.C. 1692e(2)(A)).
 */
export const falseAmount: MessageRuleModule = {
  meta: {
    id: 'REGF-FALSE-AMOUNT',
    citation: '12 CFR 1006.18(b)(2)(i); 15 U.S.C. 1692e(2)(A)',
    title: 'Misstated amount of the debt',
    description:
      'An amount the message states as the balance or the amount owed ("your balance of $1,250.00", "you owe $90") must equal context.debt.amount in its currency (a bare "$" matches any dollar currency). A different amount or currency is a violation; with the debt amount unset, a warning names it. Installment amounts not stated as the balance are not compared.',
    binds: ['debtCollector'],
    jurisdiction: 'US',
    channels: ['sms', 'email', 'letter', 'envelope', 'voicemail', 'callScript', 'socialPost', 'socialDirectMessage'],
    effective: { start: REG_F_EFFECTIVE },
    defaultSeverity: 'violation',
    enabledByDefault: true,
    families: ['balanceClaim'],
  },
  check(ctx, report) {
    const debt = ctx.context.debt;
    for (const { view, hit } of familyHits(ctx, 'balanceClaim')) {
      // The amount the claim introduces: the first amount after it, at most three words on.
      const limitToken = view.scan.tokens[hit.last + 4];
      const limit = limitToken === undefined ? Number.POSITIVE_INFINITY : limitToken.start;
      const amount = view.amounts.find((a) => a.start >= hit.end && a.start < limit);
      if (amount === undefined) continue;
      const span: TextSpan = { start: hit.start, end: amount.end };
      if (debt?.amount === undefined || debt.currency === undefined) {
        report({ severity: 'warning', span, field: view.field, message: 'The message states the amount owed, and context.debt.amount is not declared, so it cannot be checked (12 CFR 1006.18(b)(2)(i); 15 U.S.C. 1692e(2)(A)).' });
        continue;
      }
      const sameCurrency = amount.currency === debt.currency || (amount.dollarSign && DOLLAR_CURRENCIES.has(debt.currency));
      const parsed = sameCurrency ? safeParseAmount(amount.amount, debt.currency) : null;
      if (parsed !== null && parsed.success && parsed.data === debt.amount) continue;
      report({
        severity: 'violation',
        span,
        field: view.field,
        message: sameCurrency
          ? `The message states the amount owed as ${amount.amount}, but the debt is ${debt.amount} ${debt.currency} (12 CFR 1006.18(b)(2)(i); 15 U.S.C. 1692e(2)(A)).`
          : `The message states the amount owed in ${amount.currency}, but the debt is in ${debt.currency} (12 CFR 1006.18(b)(2)(i); 15 U.S.C. 1692e(2)(A)).`,
        details: { stated: amount.amount, statedCurrency: amount.currency, owed: debt.amount, currency: debt.currency },
      });
    }
  },
};
