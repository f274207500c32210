import { describe, expect, it } from 'vitest';
import {
  FeeExpressionSchema,
  HardshipPeriodSchema,
  LateFeeForInputSchema,
  LateFeePolicySchema,
  assessLateFees,
  firstLateFeeDate,
  lateFeeFor,
  safeAssessLateFees,
  safeFirstLateFeeDate,
  safeGetFeePreset,
  safeLateFeeFor,
} from '../../src/fees/index.js';

// The rules issue 20 brought to arrears/fees, each with a close negative.
const schedule = { currency: 'USD', installments: [{ number: 1, dueDate: '2026-05-01', amount: '200.00' }] };
const flat = { type: 'flat', amount: '15.00' } as const;

describe('rates are fractions with a ceiling', () => {
  it('takes rate "0.05" as 5% and refuses "5" (a percent typed into a fraction)', () => {
    expect(lateFeeFor({ currency: 'USD', installment: { dueDate: '2026-05-01', amount: '200.00' }, policy: { amount: { type: 'percent', rate: '0.05', of: 'installment' } } }).amount).toBe('10.00');
    expect(FeeExpressionSchema.safeParse({ type: 'percent', rate: '1', of: 'installment' }).success).toBe(true);
    expect(FeeExpressionSchema.safeParse({ type: 'percent', rate: '5', of: 'installment' }).success).toBe(false);
  });

  it('holds an interest annualRate to the policy maxAnnualRate (default 1), raised only on purpose, never above 10', () => {
    const interest = (annualRate: string) => ({ type: 'interest', annualRate }) as const;
    expect(LateFeePolicySchema.safeParse({ amount: interest('1') }).success).toBe(true);
    expect(LateFeePolicySchema.safeParse({ amount: interest('1.01') }).success).toBe(false);
    expect(LateFeePolicySchema.safeParse({ amount: interest('1.5'), maxAnnualRate: '1.5' }).success).toBe(true);
    expect(LateFeePolicySchema.safeParse({ amount: interest('18'), maxAnnualRate: '18' }).success).toBe(false);
    expect(LateFeePolicySchema.safeParse({ amount: flat, caps: { perFee: { type: 'lesserOf', of: [flat, interest('1.2')] } } }).error?.issues[0]?.path).toEqual(['caps', 'perFee', 'of', 1, 'annualRate']);
  });

  it('charges interest at the fraction: 18% a year on 365.00 for 10 days is 1.80', () => {
    const result = assessLateFees({ schedule: { currency: 'USD', installments: [{ number: 1, dueDate: '2026-05-01', amount: '365.00' }] }, payments: [{ amount: '365.00', date: '2026-05-11' }], policy: { amount: { type: 'interest', annualRate: '0.18' } }, asOf: '2026-05-31' });
    expect(result.fees.map((f) => [f.amount, f.breakdown.rate])).toEqual([['1.80', '0.18']]);
    expect(result.fees[0]?.explanation).toContain('interest at 18% a year');
  });
});

describe('presets need the kind of account (F12)', () => {
  it('refuses presets without accountKind, naming the field, and accepts them with it', () => {
    const policy = { amount: { type: 'percent', rate: '0.1', of: 'installment' }, presets: ['us-ny-rent'] } as const;
    const refused = safeLateFeeFor({ currency: 'USD', installment: { dueDate: '2026-06-01', amount: '2400.00' }, policy });
    expect(refused.success ? undefined : [refused.error.code, refused.error.path]).toEqual(['INPUT_MISSING', ['policy', 'accountKind']]);
    expect(lateFeeFor({ currency: 'USD', installment: { dueDate: '2026-06-01', amount: '2400.00' }, policy: { ...policy, accountKind: 'residentialRent' } }).fee?.boundBy).toBe('us-ny-rent');
    expect(LateFeePolicySchema.safeParse({ amount: flat, presets: [] }).success).toBe(true);
  });
});

describe('hardship and its waiver (F11)', () => {
  const policy = { amount: flat, waivers: { hardship: true } };
  it('warns when the waiver meets an input that says nothing of hardship, and charges (the strict answer)', () => {
    const result = assessLateFees({ schedule, payments: [], policy, asOf: '2026-05-31' });
    expect(result.fees).toHaveLength(1);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'FEES_HARDSHIP_UNKNOWN', severity: 'warning', path: ['hardship'] })]);
    expect(lateFeeFor({ currency: 'USD', installment: { dueDate: '2026-05-01', amount: '200.00' }, policy }).findings.map((f) => f.code)).toEqual(['FEES_HARDSHIP_UNKNOWN']);
  });

  it('does not warn once hardship is given, true or false, nor without the waiver', () => {
    expect(assessLateFees({ schedule, payments: [], policy, asOf: '2026-05-31', hardship: false }).findings).toEqual([]);
    expect(assessLateFees({ schedule, payments: [], policy, asOf: '2026-05-31', hardship: [{ start: '2026-05-01', end: '2026-05-31' }] }).fees).toEqual([]);
    expect(assessLateFees({ schedule, payments: [], policy: { amount: flat }, asOf: '2026-05-31' }).findings).toEqual([]);
  });

  it('refuses hardship without the waiver (it would change nothing)', () => {
    const result = safeAssessLateFees({ schedule, payments: [], policy: { amount: flat }, asOf: '2026-05-31', hardship: true });
    expect(result.success ? undefined : result.error.code).toBe('FEES_OPTION_WITHOUT_EFFECT');
  });

  it('takes a hardship period as { start, end } with both days included, and refuses an end before the start', () => {
    expect(assessLateFees({ schedule, payments: [], policy, asOf: '2026-05-31', hardship: [{ start: '2026-05-02', end: '2026-05-02' }] }).notCharged.map((n) => n.code)).toEqual(['FEES_WAIVED']);
    expect(assessLateFees({ schedule, payments: [], policy, asOf: '2026-05-31', hardship: [{ start: '2026-05-03' }] }).fees).toHaveLength(1);
    expect(HardshipPeriodSchema.safeParse({ start: '2026-05-02', end: '2026-05-01' }).success).toBe(false);
  });
});

describe('one input object and safe twins that take anything', () => {
  it('firstLateFeeDate takes { dueDate, trigger }, its twin any value', () => {
    expect(firstLateFeeDate({ dueDate: '2026-06-01', trigger: { graceDays: 5 } })).toBe('2026-06-07');
    expect(safeFirstLateFeeDate({ dueDate: '2026-06-01', trigger: { graceDays: 5 } })).toEqual({ success: true, data: '2026-06-07' });
    const calendarWithoutEffect = safeFirstLateFeeDate({ dueDate: '2026-07-01', trigger: { graceDays: 2, calendar: { holidays: ['2026-07-02'] } } });
    expect(calendarWithoutEffect.success ? undefined : [calendarWithoutEffect.error.code, calendarWithoutEffect.error.path]).toEqual(['FEES_OPTION_WITHOUT_EFFECT', ['trigger', 'calendar']]);
    for (const junk of [undefined, null, 'x', 42, [], { dueDate: '2026-06-01' }]) expect(safeFirstLateFeeDate(junk).success).toBe(false);
  });

  it('every safe twin answers unknown input with a typed error', () => {
    for (const twin of [safeAssessLateFees, safeLateFeeFor, safeFirstLateFeeDate, safeGetFeePreset]) {
      for (const junk of [undefined, null, 7, 'us-zz-rent', { policy: null }]) {
        const result = twin(junk);
        expect(result.success).toBe(false);
      }
    }
    expect(safeGetFeePreset('us-ma-rent').success).toBe(true);
  });
});

describe('lateFeeFor: the installment needs its amount, named where it is (F30)', () => {
  it('refuses a missing amount at installment.amount, not inside a schedule the caller never wrote', () => {
    const result = safeLateFeeFor({ currency: 'USD', installment: { dueDate: '2026-06-01' }, policy: { amount: flat } });
    expect(result.success ? undefined : [result.error.code, result.error.path]).toEqual(['INPUT_MISSING', ['installment', 'amount']]);
    expect(LateFeeForInputSchema.safeParse({ currency: 'USD', installment: { dueDate: '2026-06-01', payment: '1.00' }, policy: { amount: flat } }).success).toBe(false);
  });

  it('quotes as of paidOn when it is given (the documented default)', () => {
    const policy = { trigger: { graceDays: 5 }, amount: { type: 'daily', perDay: { type: 'flat', amount: '1.00' } } } as const;
    const quote = lateFeeFor({ currency: 'USD', installment: { dueDate: '2026-06-01', amount: '100.00' }, policy, paidOn: '2026-06-10' });
    expect([quote.firstFeeDate, quote.amount]).toEqual(['2026-06-07', '4.00']);
  });
});

describe('payments carry their currency', () => {
  it('refuses a payment in another currency than the schedule with FEES_CURRENCY_MISMATCH, and takes one in the same', () => {
    const other = safeAssessLateFees({ schedule, payments: [{ amount: '200.00', date: '2026-05-01', currency: 'EUR' }], policy: { amount: flat }, asOf: '2026-05-31' });
    expect(other.success ? undefined : [other.error.code, other.error.path]).toEqual(['FEES_CURRENCY_MISMATCH', ['payments', 0, 'currency']]);
    expect(assessLateFees({ schedule, payments: [{ amount: '200.00', date: '2026-05-01', currency: 'USD' }], policy: { amount: flat }, asOf: '2026-05-31' }).fees).toEqual([]);
  });
});
