import { describe, expect, it } from 'vitest';
import { isArrearsError } from '../../src/errors/index.js';
import { buildSchedule } from '../../src/plan/index.js';
import { AssessLateFeesInputSchema, FeeCapsSchema, FeeTriggerSchema, FeeWaiversSchema, LateFeePolicySchema, assessLateFees } from '../../src/fees/index.js';
import {
  AuthorityLimitSchema,
  CounterOfferSchema,
  DebtorBudgetSchema,
  DebtorFinancesSchema,
  FullBalancePlanOfferSchema,
  OfferWindowSchema,
  SettlementAccountSchema,
  SettlementOffersInputSchema,
  SettlementPlanOfferSchema,
  SettlementPolicySchema,
  evaluateCounterOffer,
  offersWithinBudget,
  settlementOffers,
} from '../../src/settlement/index.js';

// Issue 19 item 4, for arrears/fees and arrears/settlement: no option is accepted and ignored.
// Every key of every input schema of the two modules is listed here with a case where setting
// it changes the answer (or is refused with an arrears error). A key added to a schema without
// a case here fails the coverage test, so a new option cannot be silently ignored.

type Json = Record<string, unknown>;
interface Case {
  readonly run: (input: Json) => unknown;
  readonly base: Json;
  readonly patch: Json;
}

/** Deep merge of plain objects (arrays and values replace). */
function merge(a: Json, b: Json): Json {
  const out: Json = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = v !== null && typeof v === 'object' && !Array.isArray(v) && prev !== null && typeof prev === 'object' && !Array.isArray(prev) ? merge(prev as Json, v as Json) : v;
  }
  return out;
}

function outcome(run: (input: Json) => unknown, input: Json): string {
  try {
    return JSON.stringify(run(input));
  } catch (error) {
    if (!isArrearsError(error)) throw error;
    return `error ${error.code}`;
  }
}

// ---- fees ----
const rows = ['2026-01-01', '2026-02-01', '2026-03-01'].map((dueDate, i) => ({ number: i + 1, dueDate, amount: '100.00', principal: '90.00', interest: '10.00' }));
const feeBase: Json = { schedule: { currency: 'USD', installments: rows }, payments: [{ amount: '50.00', date: '2026-01-20' }], policy: { amount: { type: 'flat', amount: '15.00' } }, asOf: '2026-04-30' };
const assess = (input: Json) => assessLateFees(input as never);
const fee = (patch: Json, base: Json = feeBase): Case => ({ run: assess, base, patch });
const feePolicy = (patch: Json, basePolicy: Json = {}): Case => fee({ policy: patch }, merge(feeBase, { policy: basePolicy }));

const feeCases: Record<string, Record<string, Case>> = {
  AssessLateFeesInputSchema: {
    schedule: fee({ schedule: { currency: 'USD', installments: [rows[0]] } }),
    plan: { run: assess, base: feeBase, patch: { schedule: undefined, plan: buildSchedule({ principal: '600.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2025-12-01', firstDueDate: '2026-01-01', installments: 3 }) } },
    payments: fee({ payments: [{ amount: '100.00', date: '2026-01-01' }] }),
    policy: fee({ policy: { amount: { type: 'flat', amount: '20.00' } } }),
    asOf: fee({ asOf: '2026-01-15' }),
    hardship: feePolicy({}, { waivers: { hardship: true } }) && { run: assess, base: merge(feeBase, { policy: { waivers: { hardship: true } } }), patch: { hardship: true } },
  },
  LateFeePolicySchema: {
    id: feePolicy({ id: 'contract' }),
    accountType: feePolicy({ accountType: 'consumer' }, { accountType: 'business', noPyramiding: false }),
    accountKind: feePolicy({ accountKind: 'creditCard' }, { presets: ['us-ny-rent'], accountKind: 'residentialRent' }),
    basis: feePolicy({ basis: 'period' }),
    trigger: feePolicy({ trigger: { graceDays: 40 } }),
    amount: feePolicy({ amount: { type: 'flat', amount: '5.00' } }),
    minUnpaidAmount: feePolicy({ minUnpaidAmount: '150.00' }),
    recurrence: feePolicy({ recurrence: { everyDays: 30 } }),
    caps: feePolicy({ caps: { perFee: { type: 'flat', amount: '10.00' } } }),
    waivers: feePolicy({ waivers: { firstLateFee: true } }),
    presets: feePolicy({ presets: ['us-ma-rent'] }, { accountKind: 'residentialRent' }),
    paymentApplication: fee({ policy: { paymentApplication: 'oldestFirst' } }, merge(feeBase, { payments: [{ amount: '100.00', date: '2026-02-01' }] })),
    noPyramiding: feePolicy({ noPyramiding: false }),
    // Only loosens the ceiling on annual rates: a ceiling below the policy's interest rate is refused.
    maxAnnualRate: fee({ policy: { maxAnnualRate: '0.1' } }, { ...feeBase, policy: { amount: { type: 'interest', annualRate: '0.18' } } }),
    roundingMode: fee({ policy: { roundingMode: 'floor' } }, { ...feeBase, policy: { amount: { type: 'percent', rate: '0.02555', of: 'installment' } } }),
  },
  FeeTriggerSchema: {
    graceDays: feePolicy({ trigger: { graceDays: 3 } }),
    counting: feePolicy({ trigger: { counting: 'atLeast' } }, { trigger: { graceDays: 3 }, recurrence: { everyDays: 1, maxFees: 2 } }),
    dayType: feePolicy({ trigger: { dayType: 'business' } }, { trigger: { graceDays: 3 } }),
    extendToBusinessDay: feePolicy({ trigger: { extendToBusinessDay: true } }, { trigger: { graceDays: 2 } }),
    calendar: feePolicy({ trigger: { calendar: { holidays: ['2026-01-05'] } } }, { trigger: { graceDays: 3, dayType: 'business' } }),
  },
  FeeCapsSchema: {
    perFee: feePolicy({ caps: { perFee: { type: 'flat', amount: '1.00' } } }),
    perInstallment: feePolicy({ caps: { perInstallment: { type: 'flat', amount: '20.00' } } }, { recurrence: { everyDays: 30 } }),
    perPeriod: feePolicy({ caps: { perPeriod: { period: 'calendarYear', max: '20.00' } } }),
    lifetime: feePolicy({ caps: { lifetime: { max: '20.00' } } }),
  },
  FeeWaiversSchema: {
    firstLateFee: feePolicy({ waivers: { firstLateFee: true } }),
    // The waiver matters for an account in hardship (a shared policy's waiver with no hardship on this account is the usual case).
    hardship: fee({ hardship: true, policy: { waivers: { hardship: true } } }),
    feeBelow: feePolicy({ waivers: { feeBelow: '20.00' } }),
  },
};

// ---- settlement ----
const account = { currency: 'USD', principal: '800.00', interest: '150.00', fees: '50.00', delinquencyDate: '2025-06-01' };
const policy = { bands: [{ minAgeDays: 0, discountRate: { agent: '0.2', supervisor: '0.4' } }], offerWindow: { days: 30 } };
const offersBase: Json = { account, policy, asOf: '2026-01-15' };
const offers = (input: Json) => settlementOffers(input as never);
const off = (patch: Json, base: Json = offersBase): Case => ({ run: offers, base, patch });
const pol = (patch: Json, basePolicy: Json = {}): Case => off({ policy: patch }, merge(offersBase, { policy: basePolicy }));
const counter = (input: Json) => evaluateCounterOffer(input as never);
const counterBase: Json = { ...offersBase, counter: { amount: '900.00', installments: 2 } };
const budget = (input: Json) => offersWithinBudget(input as never);
const budgetBase: Json = { ...offersBase, budget: { monthlyAmount: '300.00' } };

const settlementCases: Record<string, Record<string, Case>> = {
  SettlementOffersInputSchema: {
    account: off({ account: { principal: '900.00' } }),
    policy: pol({ bands: [{ minAgeDays: 0, discountRate: '0.1' }] }),
    asOf: off({ asOf: '2026-01-16' }),
    debtor: off({ debtor: { monthlyIncome: '2000.00', monthlyExpenses: '1800.00' } }),
    level: off({ level: 'supervisor' }),
  },
  SettlementPolicySchema: {
    currency: pol({ currency: 'EUR' }),
    ageFrom: off({ policy: { ageFrom: 'chargeOff' }, account: { chargeOffDate: '2025-12-01' } }, merge(offersBase, { policy: { bands: [{ minAgeDays: 0, maxAgeDays: 99, discountRate: '0.1' }, { minAgeDays: 100, discountRate: '0.3' }] } })),
    bands: pol({ bands: [{ minAgeDays: 0, discountRate: '0.05' }] }),
    floor: pol({ floor: { minRate: '0.9' } }),
    authorityLevels: pol({ authorityLevels: ['agent'], bands: [{ minAgeDays: 0, discountRate: '0.2' }] }),
    authority: pol({ authority: { agent: { maxDiscountRate: '0.05' } } }),
    includeApprovalOffers: pol({ includeApprovalOffers: true }),
    settlementPlan: pol({ settlementPlan: { maxInstallments: 6 } }),
    fullBalancePlan: pol({ fullBalancePlan: { maxInstallments: 6 } }),
    offerWindow: pol({ offerWindow: { days: 10 } }),
    annualDiscountRate: pol({ annualDiscountRate: '0.12' }),
    // Only loosens the ceiling on annual rates: a ceiling below the policy's rate is refused.
    maxAnnualRate: pol({ maxAnnualRate: '0.1' }, { annualDiscountRate: '0.12' }),
    defaultModel: pol({ defaultModel: { monthlyDefaultProbability: '0.05' } }),
    recoveryWithoutSettlement: pol({ recoveryWithoutSettlement: '100.00' }),
    forgivenessOrder: pol({ forgivenessOrder: ['principal', 'interest', 'fees'] }),
    maxForgiven: pol({ maxForgiven: '50.00' }),
    roundingIncrement: pol({ roundingIncrement: '25.00' }, { bands: [{ minAgeDays: 0, discountRate: '0.213' }] }),
    informationReturnThreshold: pol({ informationReturnThreshold: '100.00' }),
    informationReturnBasis: pol({ informationReturnBasis: 'principal' }, { informationReturnThreshold: '100.00' }),
    timeBarredDisclosures: off({ policy: { timeBarredDisclosures: { 'US-NY': [] } } }, merge(offersBase, { account: { timeBarred: true, jurisdiction: 'US-NY' } })),
  },
  SettlementPlanOfferSchema: {
    maxInstallments: pol({ settlementPlan: { maxInstallments: 5 } }, { settlementPlan: { maxInstallments: 3 } }),
    minInstallment: pol({ settlementPlan: { minInstallment: '400.00' } }, { settlementPlan: { maxInstallments: 3 } }),
    frequency: pol({ settlementPlan: { frequency: 'weekly' } }, { settlementPlan: { maxInstallments: 3 } }),
    discountScaleRate: pol({ settlementPlan: { discountScaleRate: '0.5' } }, { settlementPlan: { maxInstallments: 3 } }),
  },
  FullBalancePlanOfferSchema: {
    maxInstallments: pol({ fullBalancePlan: { maxInstallments: 5 } }, { fullBalancePlan: { maxInstallments: 12 } }),
    minInstallment: pol({ fullBalancePlan: { minInstallment: '400.00' } }, { fullBalancePlan: { maxInstallments: 12 } }),
    frequency: pol({ fullBalancePlan: { frequency: 'biweekly' } }, { fullBalancePlan: { maxInstallments: 12 } }),
    annualRate: pol({ fullBalancePlan: { annualRate: '0.1' } }, { fullBalancePlan: { maxInstallments: 12 } }),
  },
  OfferWindowSchema: {
    days: pol({ offerWindow: { days: 20 } }),
    dayType: pol({ offerWindow: { dayType: 'business' } }),
    calendar: pol({ offerWindow: { calendar: 'weekendsOnly' } }, { offerWindow: { days: 30, dayType: 'business' } }),
  },
  AuthorityLimitSchema: {
    maxDiscountRate: pol({ authority: { agent: { maxDiscountRate: '0.1' } } }, { authority: { agent: { maxForgiven: '500.00' } } }),
    maxForgiven: pol({ authority: { agent: { maxForgiven: '10.00' } } }, { authority: { agent: { maxDiscountRate: '0.2' } } }),
  },
  SettlementAccountSchema: {
    // `id` is the caller's reference for the account, an identifier, not an option: echoed nowhere by design.
    currency: off({ account: { currency: 'EUR' } }),
    principal: off({ account: { principal: '700.00' } }),
    interest: off({ account: { interest: '0.00' } }),
    fees: off({ account: { fees: '0.00' } }),
    delinquencyDate: off({ account: { delinquencyDate: '2025-01-01' } }, merge(offersBase, { policy: { bands: [{ minAgeDays: 0, maxAgeDays: 200, discountRate: '0.1' }, { minAgeDays: 201, discountRate: '0.3' }] } })),
    chargeOffDate: off({ account: { chargeOffDate: '2025-06-01' } }, merge(offersBase, { account: { chargeOffDate: '2025-12-01' }, policy: { ageFrom: 'chargeOff', bands: [{ minAgeDays: 0, maxAgeDays: 99, discountRate: '0.1' }, { minAgeDays: 100, discountRate: '0.3' }] } })),
    bankruptcy: off({ account: { bankruptcy: true } }),
    dispute: off({ account: { dispute: 'unverified' } }),
    fraudClaim: off({ account: { fraudClaim: true } }),
    deceased: off({ account: { deceased: true } }),
    estateContact: off({ account: { estateContact: true } }, merge(offersBase, { account: { deceased: true } })),
    timeBarred: off({ account: { timeBarred: true } }),
    jurisdiction: off({ account: { jurisdiction: 'US-NY' } }, merge(offersBase, { account: { timeBarred: true }, policy: { timeBarredDisclosures: { 'US-NY': [] } } })),
    disclosureKeys: off({ account: { disclosureKeys: ['ny-notice'] } }),
  },
  DebtorFinancesSchema: {
    monthlyIncome: off({ debtor: { monthlyIncome: '2100.00' } }, merge(offersBase, { debtor: { monthlyIncome: '2000.00', monthlyExpenses: '1800.00' } })),
    monthlyExpenses: off({ debtor: { monthlyExpenses: '1900.00' } }, merge(offersBase, { debtor: { monthlyIncome: '2000.00', monthlyExpenses: '1800.00' } })),
    availableFunds: off({ debtor: { availableFunds: '900.00' } }, merge(offersBase, { debtor: { monthlyIncome: '2000.00', monthlyExpenses: '1800.00' } })),
  },
  CounterOfferSchema: {
    amount: { run: counter, base: counterBase, patch: { counter: { amount: '850.00' } } },
    installments: { run: counter, base: counterBase, patch: { counter: { installments: 3 } } },
    firstDueDate: { run: counter, base: counterBase, patch: { counter: { firstDueDate: '2026-01-20' } } },
    frequency: { run: counter, base: counterBase, patch: { counter: { frequency: 'weekly' } } },
  },
  DebtorBudgetSchema: {
    monthlyAmount: { run: budget, base: budgetBase, patch: { budget: { monthlyAmount: '150.00' } } },
    availableNow: { run: budget, base: budgetBase, patch: { budget: { availableNow: '900.00' } } },
    firstDueDate: { run: budget, base: budgetBase, patch: { budget: { firstDueDate: '2026-01-20' } } },
  },
};

const schemas: Record<string, { shape: Json }> = {
  AssessLateFeesInputSchema,
  LateFeePolicySchema,
  FeeTriggerSchema,
  FeeCapsSchema,
  FeeWaiversSchema,
  SettlementOffersInputSchema,
  SettlementPolicySchema,
  SettlementPlanOfferSchema,
  FullBalancePlanOfferSchema,
  OfferWindowSchema,
  AuthorityLimitSchema,
  SettlementAccountSchema,
  DebtorFinancesSchema,
  CounterOfferSchema,
  DebtorBudgetSchema,
} as never;
const identifiers: Record<string, readonly string[]> = { SettlementAccountSchema: ['id'] };
const cases: Record<string, Record<string, Case>> = { ...feeCases, ...settlementCases };

describe('no option of arrears/fees or arrears/settlement is accepted and ignored', () => {
  it('lists a case for every key of every input schema', () => {
    for (const [name, schema] of Object.entries(schemas)) {
      const keys = Object.keys(schema.shape).filter((k) => !(identifiers[name] ?? []).includes(k)).sort();
      expect([name, Object.keys(cases[name] ?? {}).sort()]).toEqual([name, keys]);
    }
  });

  for (const [name, keys] of Object.entries(cases)) {
    for (const [key, c] of Object.entries(keys)) {
      it(`${name}.${key} changes the answer or is refused`, () => {
        const before = outcome(c.run, c.base);
        expect(before.startsWith('error')).toBe(false);
        expect(outcome(c.run, merge(c.base, c.patch))).not.toBe(before);
      });
    }
  }
});

describe('an option that would change nothing in its case is refused', () => {
  const refused = (run: (input: Json) => unknown, input: Json): string => outcome(run, input);
  it('fees: a grace calendar without business days, hardship without the hardship waiver', () => {
    expect(refused(assess, merge(feeBase, { policy: { trigger: { graceDays: 3, calendar: 'weekendsOnly' } } }))).toBe('error FEES_OPTION_WITHOUT_EFFECT');
    expect(refused(assess, merge(feeBase, { hardship: true }))).toBe('error FEES_OPTION_WITHOUT_EFFECT');
  });
  it('settlement: a window calendar without business days, the other plan\'s key, a frequency on a lump sum', () => {
    expect(refused(offers, merge(offersBase, { policy: { offerWindow: { calendar: 'weekendsOnly' } } }))).toBe('error INPUT_INVALID_VALUE');
    expect(refused(offers, merge(offersBase, { policy: { settlementPlan: { maxInstallments: 3, annualRate: '0.2' } } }))).toBe('error INPUT_UNRECOGNIZED_KEYS');
    expect(refused(counter, merge(counterBase, { counter: { installments: 1, frequency: 'weekly' } }))).toBe('error INPUT_INVALID_VALUE');
  });
});
