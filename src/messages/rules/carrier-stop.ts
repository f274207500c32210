import type { MessageRuleModule } from './rule.js';

/**
 * CARRIER-STOP: carriers expect a text to say how to opt out with the keyword STOP (CTIA
 * Messaging Principles and Best Practices). Industry practice, not law: off by default.
 */
export const carrierStop: MessageRuleModule = {
  meta: {
    id: 'CARRIER-STOP',
    citation: 'CTIA Messaging Principles and Best Practices (2023)',
    title: 'STOP keyword in texts (carrier practice)',
    description: 'A text message should name the STOP keyword. Not a rule of law, so it is off unless a policy enables it; then a text without the word STOP is a warning.',
    binds: ['debtCollector', 'creditor'],
    jurisdiction: 'US',
    channels: ['sms'],
    effective: { start: '2023-05-01' },
    defaultSeverity: 'warning',
    enabledByDefault: false,
    families: [],
  },
  check(ctx, report) {
    if (ctx.body.scan.tokens.some((t) => t.word === 'stop')) return;
    report({ severity: 'warning', span: null, message: 'The text does not name the STOP keyword that carriers expect for opting out (CTIA Messaging Principles and Best Practices).' });
  },
};
