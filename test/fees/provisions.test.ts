import { describe, expect, it } from 'vitest';
import { assessLateFees, lateFeeFor } from '../../src/fees/index.js';

// Issue 19 item 8: a preset with several limits says which provision bound the fee; a fee kept
// off by a preset's waiting period names that preset.

const card = (amounts: string[]) => ({ currency: 'USD', installments: amounts.map((amount, i) => ({ number: i + 1, dueDate: `2026-0${i + 1}-25`, amount })) });
const policy = { amount: { type: 'flat' as const, amount: '45.00' }, presets: ['us-card-act'], accountKind: 'creditCard' as const };

describe('us-card-act names the sub-paragraph that bound each fee', () => {
  it('first violation: (b)(1)(ii)(A); repeat within six cycles: (b)(1)(ii)(B); minimum payment: (b)(2)(i)(A)', () => {
    const fees = assessLateFees({ schedule: card(['100.00', '100.00', '20.00']), payments: [], policy, asOf: '2026-03-31' }).fees;
    expect(fees.map((f) => [f.amount, f.boundBy, f.bound?.citation])).toEqual([
      ['30.00', 'us-card-act', '12 CFR 1026.52(b)(1)(ii)(A)'],
      ['41.00', 'us-card-act', '12 CFR 1026.52(b)(1)(ii)(B)'],
      ['20.00', 'us-card-act', '12 CFR 1026.52(b)(2)(i)(A)'],
    ]);
    expect(fees[2]?.explanation).toContain('12 CFR 1026.52(b)(2)(i)(A)');
  });

  it('a single-limit preset keeps its own citation', () => {
    const quote = lateFeeFor({ currency: 'USD', installment: { dueDate: '2026-06-01', amount: '2400.00' }, policy: { amount: { type: 'flat', amount: '75.00' }, presets: ['us-ny-rent'], accountKind: 'residentialRent' } });
    expect([quote.fee?.boundBy, quote.fee?.bound?.citation]).toEqual(['us-ny-rent', 'N.Y. Real Prop. Law § 238-a(2)']);
  });
});

describe('a fee kept off by a preset\'s waiting period names the preset', () => {
  const rent = { currency: 'USD', installments: [{ number: 1, dueDate: '2026-06-01', amount: '1000.00' }] };
  const nyRent = { amount: { type: 'flat' as const, amount: '25.00' }, trigger: { graceDays: 2 }, presets: ['us-ny-rent'], accountKind: 'residentialRent' as const };

  it('paid on day 5, after the policy\'s grace but within the statute\'s', () => {
    const result = assessLateFees({ schedule: rent, payments: [{ amount: '1000.00', date: '2026-06-05' }], policy: nyRent, asOf: '2026-06-30' });
    expect(result.notCharged.map((n) => [n.code, n.details.boundBy, n.citation])).toEqual([['FEES_WITHIN_GRACE', 'us-ny-rent', 'N.Y. Real Prop. Law § 238-a(2)']]);
    expect(result.notCharged[0]?.message).toContain('N.Y. Real Prop. Law § 238-a(2)');
  });

  it('still unpaid within the statute\'s waiting period', () => {
    const result = assessLateFees({ schedule: rent, payments: [], policy: nyRent, asOf: '2026-06-05' });
    expect(result.notCharged.map((n) => [n.code, n.details.boundBy])).toEqual([['FEES_WITHIN_GRACE', 'us-ny-rent']]);
  });

  it('names no preset when the policy\'s own grace is the longer one', () => {
    const result = assessLateFees({ schedule: rent, payments: [{ amount: '1000.00', date: '2026-06-09' }], policy: { ...nyRent, trigger: { graceDays: 10 } }, asOf: '2026-06-30' });
    expect(result.notCharged.map((n) => [n.code, n.details.boundBy])).toEqual([['FEES_WITHIN_GRACE', undefined]]);
  });
});
