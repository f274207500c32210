import { describe, expect, it } from 'vitest';
import { describeOffer, safeDescribeOffer, settlementOffers } from '../../src/settlement/index.js';

// Issue 18 item 16: text for people is validated like money.

const policy = { bands: [{ minAgeDays: 0, discountRate: '0.3' }], offerWindow: { days: 30 } };
const offer = settlementOffers({ account: { currency: 'USD', principal: '1000.00', delinquencyDate: '2025-06-01' }, policy, asOf: '2026-01-17' }).offers.find((o) => o.id === 'lumpSum');
if (offer === undefined) throw new Error('fixture');

function codeOf(input: unknown): [string, ReadonlyArray<string | number>] | 'ok' {
  const r = safeDescribeOffer(input);
  return r.success ? 'ok' : [r.error.code, r.error.path];
}

describe('describeOffer refuses amounts a letter must never print', () => {
  it('describes a real offer', () => {
    expect(describeOffer(offer)).toContain('$700.00');
  });

  it('refuses a negative amount ("$-1,000.00") with money\'s MONEY_NEGATIVE, and "-0.00" with SETTLEMENT_INVALID_AMOUNT', () => {
    expect(codeOf({ ...offer, amount: '-1000.00', payments: [{ dueDate: offer.expiresOn, amount: '-1000.00' }] })).toEqual(['MONEY_NEGATIVE', ['amount']]);
    expect(codeOf({ ...offer, balance: '-1000.00' })).toEqual(['MONEY_NEGATIVE', ['balance']]);
    // Zero with a minus sign is zero to money, but a letter would print "$-0.00".
    expect(codeOf({ ...offer, discount: '-0.00' })).toEqual(['SETTLEMENT_INVALID_AMOUNT', ['discount']]);
  });

  it('refuses more decimals than the currency has ("$1,000.001", "1500.5 JPY")', () => {
    expect(codeOf({ ...offer, amount: '1000.001', payments: [{ dueDate: offer.expiresOn, amount: '1000.001' }] })).toEqual(['SETTLEMENT_INVALID_AMOUNT', ['amount']]);
    expect(codeOf({ ...offer, currency: 'JPY', balance: '1000', amount: '700', discount: '300', payments: [{ dueDate: offer.expiresOn, amount: '700.5' }] })).toEqual(['SETTLEMENT_INVALID_AMOUNT', ['payments', 0, 'amount']]);
  });

  it('refuses payments that do not add up to the amount, a discount above the balance and payments out of date order', () => {
    expect(codeOf({ ...offer, payments: [{ dueDate: offer.expiresOn, amount: '600.00' }] })).toEqual(['SETTLEMENT_INVALID_AMOUNT', ['payments']]);
    expect(codeOf({ ...offer, discount: '1000.01' })).toEqual(['SETTLEMENT_INVALID_AMOUNT', ['discount']]);
    expect(codeOf({ ...offer, payments: [{ dueDate: '2026-03-01', amount: '350.00' }, { dueDate: '2026-02-01', amount: '350.00' }] })).toEqual(['INPUT_INVALID_VALUE', ['payments', 1, 'dueDate']]);
  });
});
