// Exact decimals for the APR's results, as bigints (internal): `c × 10^e`. The few operations
// the results need (40-digit products and quotients, rounding to significant digits or places,
// exact differences, plain text) rounded as decimal.js rounds them (correctly, half-even unless
// half-up is asked), so the figures are the same digit for digit; decimal.js stays for the
// general solver only (apr-solver.ts), and a page that builds schedules does not bundle it.

/** A decimal `c × 10^e`. */
export interface Digits {
  readonly c: bigint;
  readonly e: number;
}

/** The precision of the root finding: 40 significant digits, far more than the 20 reported. */
export const RATE_DIGITS = 40;

export const ZERO_DIGITS: Digits = { c: 0n, e: 0 };

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

function digitCount(c: bigint): number {
  return (c < 0n ? -c : c).toString().length;
}

/** A plain decimal string (an optional `-`, digits, an optional point and digits), exactly. */
export function digitsOf(text: string): Digits {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const point = body.indexOf('.');
  const c = BigInt(point < 0 ? body : body.slice(0, point) + body.slice(point + 1));
  return { c: negative ? -c : c, e: point < 0 ? 0 : point + 1 - body.length };
}

/** `d` with its `drop` last digits rounded away: half-even, or half-up (away from zero). */
function roundAway(d: Digits, drop: number, halfUp: boolean): Digits {
  if (drop <= 0) return d;
  const m = pow10(drop);
  const abs = d.c < 0n ? -d.c : d.c;
  let q = abs / m;
  const twice = 2n * (abs % m);
  if (twice > m || (twice === m && (halfUp || q % 2n === 1n))) q += 1n;
  return { c: d.c < 0n ? -q : q, e: d.e + drop };
}

/** `d` rounded to `n` significant digits (decimal.js `toSignificantDigits`). */
export function toSignificant(d: Digits, n: number, halfUp = false): Digits {
  return roundAway(d, digitCount(d.c) - n, halfUp);
}

/** `d` rounded to `places` decimal places (decimal.js `toDecimalPlaces`). */
export function toPlaces(d: Digits, places: number, halfUp = false): Digits {
  return roundAway(d, -places - d.e, halfUp);
}

/** `d × n` rounded to 40 significant digits, half-even. */
export function timesInteger(d: Digits, n: bigint): Digits {
  return toSignificant({ c: d.c * n, e: d.e }, RATE_DIGITS);
}

/** `d / n` (`n > 0`) correctly rounded to 40 significant digits, half-even. */
export function dividedByInteger(d: Digits, n: bigint): Digits {
  // Two guard digits past the precision, then a sticky digit when the division is inexact, so
  // the rounding sees "exactly half" only when it is.
  const shift = Math.max(0, RATE_DIGITS + 2 - (digitCount(d.c) - digitCount(n))) + 1;
  const scaled = d.c * pow10(shift);
  let q = scaled / n;
  let e = d.e - shift;
  if (scaled % n !== 0n) {
    q = q * 10n + (scaled < 0n ? -1n : 1n);
    e -= 1;
  }
  return toSignificant({ c: q, e }, RATE_DIGITS);
}

/** `a - b`, exactly. */
export function minusDigits(a: Digits, b: Digits): Digits {
  const e = Math.min(a.e, b.e);
  return { c: a.c * pow10(a.e - e) - b.c * pow10(b.e - e), e };
}

/** Whether `a < b`. */
export function lessThan(a: Digits, b: Digits): boolean {
  return minusDigits(a, b).c < 0n;
}

/** `d` with exactly `places` decimals (rounded half-even, or half-up away from zero; decimal.js `toFixed(places)`). */
export function fixedText(d: Digits, places: number, halfUp = false): string {
  const rounded = toPlaces(d, places, halfUp);
  // A negative value keeps its sign when it rounds to zero, as decimal.js writes it ('-0.00').
  const negative = d.c < 0n;
  const abs = (negative ? -rounded.c : rounded.c) * pow10(rounded.e + places);
  const text = abs.toString().padStart(places + 1, '0');
  const body = places === 0 ? text : `${text.slice(0, -places)}.${text.slice(-places)}`;
  return negative ? `-${body}` : body;
}

/** `d` in plain notation without trailing zeros after the point (decimal.js `toFixed()`). */
export function plainText(d: Digits): string {
  if (d.c === 0n) return '0';
  let { c, e } = d;
  while (e < 0 && c % 10n === 0n) {
    c /= 10n;
    e += 1;
  }
  return fixedText({ c, e }, Math.max(0, -e));
}
