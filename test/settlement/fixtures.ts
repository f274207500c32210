/**
 * The settlement worked case the tests share: a two-band policy (10/15% discounts for debts
 * under 180 days, 30/40% after) with a 60% floor and a 30-day offer window, and an account of
 * 1,000.00 (800.00 principal, 150.00 interest, 50.00 fees) delinquent since 2025-07-01.
 */
export const basePolicy = {
  bands: [
    { minAgeDays: 0, maxAgeDays: 179, discountRate: { agent: '0.1', supervisor: '0.15' } },
    { minAgeDays: 180, discountRate: { agent: '0.3', supervisor: '0.4' } },
  ],
  floor: { minRate: '0.6' },
  offerWindow: { days: 30 },
};

export const baseAccount = { currency: 'USD', principal: '800.00', interest: '150.00', fees: '50.00', delinquencyDate: '2025-07-01' };
