import type { ChannelRule } from './rule.js';
import { dayOfText, ruleFinding } from './rule.js';

const WINDOW_DAYS = 60;

/**
 * Regulation F's safe harbor for texts (12 CFR 1006.6(d)(5)): the consumer texted the
 * collector from the number, or gave prior consent directly (consent the creditor passed on
 * does not count), and within the past 60 days either the consumer texted (or renewed
 * consent) or a complete database showed the number was not reassigned. Required when the
 * policy's `requireSafeHarbor` is on (the default); a warning otherwise.
 */
export const smsSafeHarbor: ChannelRule = {
  id: 'REGF-SMS-SAFE-HARBOR',
  citation: '12 CFR 1006.6(d)(5)',
  media: ['sms'],
  jurisdiction: 'US',
  binds: ['debtCollector'],
  description: 'A text goes to a number the consumer texted from or consented to directly, confirmed within 60 days (consumer text, renewed consent, or reassigned-number check).',
  effective: { start: '2021-11-30' },
  check(channel, context) {
    const harbor = channel.safeHarbor;
    const severity = context.requireSafeHarbor ? 'violation' : 'warning';
    if (harbor === undefined) return [ruleFinding(this, severity, channel, `Channel "${channel.id}": the safe-harbor basis of the number is not declared.`)];
    const consent = channel.consent;
    const direct = harbor.basis === 'consumerTexted' || (harbor.basis === 'consumerConsented' && consent !== null && consent !== undefined && consent.source !== 'creditor');
    if (!direct) return [ruleFinding(this, severity, channel, `Channel "${channel.id}": the number's basis (${harbor.basis}) is not one of 12 CFR 1006.6(d)(5) (a text from the consumer, or consent given directly).`)];
    const recent = [harbor.lastConsumerTextOn, harbor.reassignedCheckOn, consent?.givenAt].filter((d): d is string => d !== undefined).map(dayOfText);
    const latest = recent.length === 0 ? null : Math.max(...recent);
    if (latest === null || context.sendDay - latest > WINDOW_DAYS) {
      return [ruleFinding(this, severity, channel, `Channel "${channel.id}": no consumer text, renewed consent or reassigned-number check within the ${String(WINDOW_DAYS)} days before the send day.`)];
    }
    return [];
  },
};
