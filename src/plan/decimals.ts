// The private decimal.js constructor of the plan module (never Decimal.set: the global
// constructor belongs to the host application), for the general APR solver only. Built as an
// entry of its own (tsup.config.ts `isolatedEntries`), so its import of decimal.js sits in a
// chunk a bundler drops when the page never solves a general APR (a page building schedules).
import { Decimal } from 'decimal.js';

/** For the root finding: 40 significant digits, half-even; far more than the 20 reported. */
export const AprDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 });

/** A decimal of {@link AprDecimal}. */
export type AprDecimalValue = InstanceType<typeof AprDecimal>;

