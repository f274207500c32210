import fc from 'fast-check';

/** An amount in USD from 1.00 to 100,000.00, as a string built from bigint cents. */
export const usdAmount = fc.bigInt({ min: 100n, max: 10_000_000n }).map((c) => `${c / 100n}.${(c % 100n).toString().padStart(2, '0')}`);

/** A whole percent string 0..100. */
export const percent = fc.integer({ min: 0, max: 100 }).map(String);

/** A monotone two-band policy (older debt never gets less), with agent <= supervisor. */
export const monotonePolicy = fc
  .record({
    young: fc.integer({ min: 0, max: 50 }),
    extra: fc.integer({ min: 0, max: 40 }),
    supExtra: fc.integer({ min: 0, max: 10 }),
    split: fc.integer({ min: 1, max: 720 }),
    floor: fc.integer({ min: 0, max: 90 }),
    window: fc.integer({ min: 1, max: 60 }),
  })
  .map((r) => ({
    bands: [
      { minAgeDays: 0, maxAgeDays: r.split - 1, discountPercent: { agent: String(r.young), supervisor: String(r.young + r.supExtra) } },
      { minAgeDays: r.split, discountPercent: { agent: String(r.young + r.extra), supervisor: String(r.young + r.extra + r.supExtra) } },
    ],
    floor: { minPercent: String(r.floor) },
    offerWindow: { days: r.window },
    annualDiscountRate: '0.12',
  }));
