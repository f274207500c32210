import { describe, expect, it } from 'vitest';
import * as fees from '../../src/fees/index.js';
import { describeVocabulary } from '../support/vocabulary-suite.js';

// Issue 20: arrears/fees speaks the vocabulary of STYLE.md. Every exported schema is walked
// (rates are fractions with a ceiling, dates are dates, no percent input, roundingMode's values),
// and every document function has a safe twin. Fees returns no verdict (an assessment is a
// computation, not a check): what it returns as reasons are the shared Finding, so the calls
// below hold each list of reasons (`notCharged`, the assessment's and the quote's `findings`)
// to the Finding shape, as a verdict's findings are held (none of them is a violation).
const schedule = { currency: 'USD', installments: [{ number: 1, dueDate: '2026-05-01', amount: '200.00' }, { number: 2, dueDate: '2026-06-01', amount: '200.00' }] };
const policy = { trigger: { graceDays: 10 }, amount: { type: 'percent', rate: '0.05', of: 'installment' } } as const;
const asFindings = (findings: readonly unknown[]) => ({ ok: true, findings });

const VERDICTS: Readonly<Record<string, () => unknown>> = {
  'assessLateFees notCharged (within grace, waived, below minimum)': () =>
    asFindings(
      fees.assessLateFees({
        schedule,
        payments: [{ amount: '200.00', date: '2026-05-08' }],
        policy: { ...policy, waivers: { firstLateFee: true } },
        asOf: '2026-07-31',
      }).notCharged,
    ),
  'assessLateFees notCharged (cap reached, with a citation)': () =>
    asFindings(
      fees.assessLateFees({
        schedule: { currency: 'USD', installments: [{ number: 1, dueDate: '2026-01-01', amount: '1300.00', principal: '1000.00', interest: '300.00' }] },
        payments: [],
        policy: { amount: { type: 'flat', amount: '100.00' }, recurrence: { everyDays: 30 }, accountKind: 'mortgage', presets: ['us-ca-mortgage'] },
        asOf: '2026-03-31',
      }).notCharged,
    ),
  'assessLateFees findings (a hardship waiver with no word of hardship)': () =>
    asFindings(fees.assessLateFees({ schedule, payments: [], policy: { ...policy, waivers: { hardship: true } }, asOf: '2026-07-31' }).findings),
  'assessLateFees findings (none)': () => asFindings(fees.assessLateFees({ schedule, payments: [], policy, asOf: '2026-07-31' }).findings),
  'lateFeeFor noFee and findings': () => {
    const quote = fees.lateFeeFor({ currency: 'USD', installment: { dueDate: '2026-05-01', amount: '200.00' }, policy, paidOn: '2026-05-05' });
    return asFindings([...(quote.noFee === undefined ? [] : [quote.noFee]), ...quote.findings]);
  },
};

describeVocabulary({ 'arrears/fees': fees }, VERDICTS);

describe('arrears/fees: document functions and their twins', () => {
  it('every document function has a safe* twin, and the catalogue and bridge have theirs', () => {
    const exports = fees as Readonly<Record<string, unknown>>;
    const documentFunctions = Object.keys(exports).filter((n) => typeof exports[n] === 'function' && !n.startsWith('safe') && `${n.charAt(0).toUpperCase()}${n.slice(1)}InputSchema` in exports);
    expect(documentFunctions.sort()).toEqual(['assessLateFees', 'firstLateFeeDate', 'lateFeeFor']);
    expect([typeof fees.safeToPlanCharges, typeof fees.safeGetFeePreset]).toEqual(['function', 'function']);
  });
});

describe('arrears/fees: the reasons the vocabulary checks are there to check', () => {
  it('lists a finding of each kind the calls above are meant to cover (a check of nothing would pass)', () => {
    const codes = Object.values(VERDICTS).flatMap((call) => (call() as { findings: Array<{ code: string }> }).findings.map((f) => f.code));
    expect(new Set(codes)).toEqual(new Set(['FEES_WITHIN_GRACE', 'FEES_WAIVED', 'FEES_CAP_REACHED', 'FEES_HARDSHIP_UNKNOWN']));
  });

  it('has no export of the old vocabulary', () => {
    for (const name of ['FEE_PRESETS', 'FeePercentSchema', 'FeeAnnualPercentSchema', 'FeeAmountSchema', 'FeeDaysSchema', 'FeeChargesSourceSchema', 'NoFeeReason']) expect(name in fees).toBe(false);
  });
});
