/*
 * The one scanner behind every decimal string arrears accepts (amounts, rates, factors,
 * ratios, increments). The zod schemas and the fast paths both call it, so they accept exactly
 * the same strings.
 *
 * Grammar: an optional `-`, one or more ASCII digits, then optionally `.` and one or more
 * digits. Nothing else: no `+`, no leading or trailing `.`, no exponent, no separators, no
 * whitespace, no `NaN` or `Infinity`.
 */

/** At most this many digits before the decimal point: every value is below 10^30 in magnitude. */
export const MAX_INTEGER_DIGITS = 30;
/** At most this many digits after the decimal point. */
export const MAX_FRACTION_DIGITS = 30;

const DECIMAL_RE = /^(-?)(\d+)(?:\.(\d+))?$/;

/** A decimal string taken apart. */
export interface ScannedDecimal {
  /** `true` when the string starts with `-` (also for `-0`). */
  readonly negative: boolean;
  /** The digits before the point, as written (may have leading zeros). */
  readonly integer: string;
  /** The digits after the point, as written (may be empty, may have trailing zeros). */
  readonly fraction: string;
}

/** Why a string is not an acceptable decimal. */
export type DecimalProblem = 'syntax' | 'too-large' | 'too-precise';

/** Takes a decimal string apart, or says why it cannot. */
export function scanDecimal(text: string): ScannedDecimal | DecimalProblem {
  const match = DECIMAL_RE.exec(text);
  if (match === null) return 'syntax';
  const integer = match[2] as string;
  const fraction = match[3] ?? '';
  if (integer.length > MAX_INTEGER_DIGITS) return 'too-large';
  if (fraction.length > MAX_FRACTION_DIGITS) return 'too-precise';
  return { negative: match[1] === '-', integer, fraction };
}

/** The number of fraction digits once trailing zeros are dropped (`"1.2500"` -> 2). */
export function significantFractionDigits(fraction: string): number {
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end--;
  return end;
}

/** 10^n as a bigint, cached for the exponents the module uses. */
const POWERS: bigint[] = [];
for (let i = 0, p = 1n; i <= 2 * (MAX_INTEGER_DIGITS + MAX_FRACTION_DIGITS) + 8; i++, p *= 10n) POWERS.push(p);

/** 10^n as a bigint. */
export function pow10(n: number): bigint {
  return POWERS[n] ?? 10n ** BigInt(n);
}

/** The scaled integer of a scanned decimal: `"-1.25"` -> `-125n` (scale = fraction length). */
export function scaledInteger(d: ScannedDecimal): bigint {
  const v = BigInt(d.integer + d.fraction);
  return d.negative ? -v : v;
}

/**
 * Parses an exact amount with `minorUnits` fraction digits into integer minor units, or returns
 * `undefined` when the text is not a string, not a decimal, out of bounds, or has non-zero
 * digits beyond the minor unit. The fast path every amount function runs first.
 */
export function amountToMinor(text: unknown, minorUnits: number): bigint | undefined {
  if (typeof text !== 'string') return undefined;
  const match = DECIMAL_RE.exec(text);
  if (match === null) return undefined;
  const integer = match[2] as string;
  let fraction = match[3] ?? '';
  if (integer.length > MAX_INTEGER_DIGITS || fraction.length > MAX_FRACTION_DIGITS) return undefined;
  if (fraction.length > minorUnits) {
    if (significantFractionDigits(fraction) > minorUnits) return undefined;
    fraction = fraction.slice(0, minorUnits);
  } else if (fraction.length < minorUnits) {
    fraction = fraction.padEnd(minorUnits, '0');
  }
  const v = BigInt(integer + fraction);
  return match[1] === '-' ? -v : v;
}

/**
 * Formats integer minor units as a decimal string with exactly `minorUnits` fraction digits.
 * Zero is never negative (`"0.00"`, not `"-0.00"`).
 */
export function minorToAmount(minor: bigint, minorUnits: number): string {
  const negative = minor < 0n;
  let digits = (negative ? -minor : minor).toString();
  if (minorUnits > 0) {
    if (digits.length <= minorUnits) digits = digits.padStart(minorUnits + 1, '0');
    digits = `${digits.slice(0, digits.length - minorUnits)}.${digits.slice(digits.length - minorUnits)}`;
  }
  return negative ? `-${digits}` : digits;
}

/** Whether integer minor units are within the magnitude bound (|value| < 10^30 major units). */
export function minorInRange(minor: bigint, minorUnits: number): boolean {
  const limit = pow10(MAX_INTEGER_DIGITS + minorUnits);
  return minor < limit && minor > -limit;
}
