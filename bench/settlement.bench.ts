import { bench, describe } from 'vitest';
import { evaluateCounterOffer, settlementOffers, validateSettlementTerms } from 'arrears/settlement';

// One account of 1,000.00, 200 days past due, under a two-band policy with a discount rate and a
// default model: the offers (three schedules, present value and expected recovery each), a
// counter-offer in two installments and a lump sum checked against the policy. The principal
// and amounts vary per call so nothing is cached. Benches never assert times; run with
// `npm run bench -- bench/settlement.bench.ts` (builds first: benches import the built package).

const policy = {
  bands: [
    { minAgeDays: 0, maxAgeDays: 179, discountRate: { agent: '0.1', supervisor: '0.15' } },
    { minAgeDays: 180, discountRate: { agent: '0.3', supervisor: '0.4' } },
  ],
  floor: { minRate: '0.6' },
  offerWindow: { days: 30 },
  annualDiscountRate: '0.12',
  defaultModel: { monthlyDefaultProbability: '0.05' },
};
const account = { currency: 'USD', principal: '800.00', interest: '150.00', fees: '50.00', delinquencyDate: '2025-07-01' };
const asOf = '2026-01-17';
let i = 0;

describe('settlement', () => {
  bench('settlementOffers with the debtor\'s finances', () => {
    i += 1;
    settlementOffers({ account: { ...account, principal: `${800 + (i % 100)}.00` }, policy, asOf, debtor: { monthlyIncome: '2500.00', monthlyExpenses: '2200.00' } });
  });
  bench('evaluateCounterOffer in two installments', () => {
    i += 1;
    evaluateCounterOffer({ account, policy, asOf, counter: { amount: `${600 + (i % 100)}.00`, installments: 2 } });
  });
  bench('validateSettlementTerms of a lump sum', () => {
    i += 1;
    validateSettlementTerms({ terms: { account, asOf, amount: `${600 + (i % 100)}.00` }, policy });
  });
});
