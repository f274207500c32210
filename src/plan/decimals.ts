// The private decimal.js constructors of the plan module (never Decimal.set: the global
// constructor belongs to the host application).
import { Decimal } from 'decimal.js';

/** For the root finding: 40 significant digits, half-even; far more than the 20 reported. */
export const AprDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 });

/** A decimal of {@link AprDecimal}. */
export type AprDecimalValue = InstanceType<typeof AprDecimal>;

/**
 * For sums and differences of input strings: 100 significant digits, so sums of up to 10,000
 * amounts of up to 30 + 30 digits, and differences of two such rates, are exact.
 */
export const ExactDecimal = Decimal.clone({ precision: 100, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 });
