import { describe, expect, it } from 'vitest';
import { lateFeeFor, safeLateFeeFor, safeAssessLateFees } from '../../src/fees/index.js';
import type { LateFeePolicyInput } from '../../src/fees/index.js';

const policy: LateFeePolicyInput = { trigger: { graceDays: 10 }, amount: { type: 'greaterOf', of: [{ type: 'flat', amount: '15.00' }, { type: 'percent', rate: '0.05', of: 'installment' }] } };

describe('lateFeeFor', () => {
  it('quotes the fee on the first fee day when no payment date is given', () => {
    const quote = lateFeeFor({ currency: 'USD', installment: { dueDate: '2026-05-01', amount: '400.00' }, policy });
    expect(quote).toMatchObject({ firstFeeDate: '2026-05-12', amount: '20.00', fee: { date: '2026-05-12', installment: 1 } });
  });

  it('quotes nothing when paid within grace, with the reason', () => {
    const quote = lateFeeFor({ currency: 'USD', installment: { number: 7, dueDate: '2026-05-01', amount: '400.00' }, policy, paidOn: '2026-05-11' });
    expect(quote).toMatchObject({ firstFeeDate: '2026-05-12', amount: '0.00', noFee: { code: 'FEES_WITHIN_GRACE', details: { installment: 7 } } });
    expect(quote.fee).toBeUndefined();
  });

  it('quotes an accruing fee as it stands when paid', () => {
    const daily: LateFeePolicyInput = { amount: { type: 'daily', perDay: { type: 'flat', amount: '2.00' } } };
    expect(lateFeeFor({ currency: 'USD', installment: { dueDate: '2026-05-01', amount: '100.00' }, policy: daily, paidOn: '2026-05-06' }).amount).toBe('10.00');
    // The same figure whether the installment is paid on a day or still open on it (5 days: 05-02 to 05-06).
    expect(lateFeeFor({ currency: 'USD', installment: { dueDate: '2026-05-01', amount: '100.00' }, policy: daily, asOf: '2026-05-06' }).amount).toBe('10.00');
    expect(lateFeeFor({ currency: 'USD', installment: { dueDate: '2026-05-01', amount: '100.00' }, policy: daily, asOf: '2026-05-03' }).amount).toBe('4.00');
  });

  it('applies presets and principal-and-interest bases', () => {
    const quote = lateFeeFor({ currency: 'USD', installment: { dueDate: '2026-05-01', amount: '1500.00', principal: '900.00', interest: '400.00' }, policy: { amount: { type: 'flat', amount: '100.00' }, accountKind: 'mortgage', presets: ['us-ca-mortgage'] } });
    expect([quote.firstFeeDate, quote.amount, quote.fee?.boundBy]).toEqual(['2026-05-12', '78.00', 'us-ca-mortgage']);
  });

  it('has non-throwing twins', () => {
    expect(safeLateFeeFor({ currency: 'USD', installment: { dueDate: '2026-05-01', amount: '1.00' }, policy }).success).toBe(true);
    const failed = safeLateFeeFor({ currency: 'USD', installment: { dueDate: '2026-05-01', amount: '1.00' }, policy: { amount: { type: 'percent', rate: '1.2', of: 'installment' } } });
    expect(failed.success ? undefined : [failed.error.code, failed.error.path]).toEqual(['FEES_INVALID_RATE', ['policy', 'amount', 'rate']]);
    expect(safeAssessLateFees({ schedule: { currency: 'USD', installments: [{ number: 1, dueDate: '2026-05-01', amount: '1.00' }] }, payments: [], policy, asOf: '2026-06-01' }).success).toBe(true);
  });
});
