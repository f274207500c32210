/**
 * Finds money amounts written in a message (`$1,250.00`, `US$ 90`, `€12.50`, `USD 40`), with
 * their spans. One pass over the text. Amounts written without a currency sign or code are not
 * amounts here (a "2 of 3" is not money).
 *
 * @internal
 */

/** An amount found in a text. */
export interface AmountHit {
  readonly start: number;
  readonly end: number;
  /** The number as a plain decimal string (`1250.00`), thousands separators removed. */
  readonly amount: string;
  /** The currency the sign names: `USD` for `$`/`US$`, `EUR` for `€`, `GBP` for `£`, or the code written. */
  readonly currency: string;
  /** The sign was a bare `$`, which several currencies use. */
  readonly dollarSign: boolean;
}

/** A character that can start an amount: `$`, `€`, `£`, or an upper-case ASCII letter (`US$`, `USD`). */
const CANDIDATE = /[$\u20ac\u00a3A-Z]/g;

const CODES = new Set(['USD', 'EUR', 'GBP', 'CAD', 'MXN', 'AUD']);

function isCodeLetter(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** An ASCII letter or digit (NaN, past either end of the text, is neither). */
function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Reads a number at `i`: digits, optional `,ddd` groups, optional `.d+`. Returns its end or -1. */
function readNumber(text: string, i: number): { end: number; value: string } | null {
  let j = i;
  let value = '';
  if (!isDigit(text.charCodeAt(j))) return null;
  while (isDigit(text.charCodeAt(j))) value += text[j++];
  while (text.charCodeAt(j) === 0x2c && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3)) && !isDigit(text.charCodeAt(j + 4))) {
    value += text.slice(j + 1, j + 4);
    j += 4;
  }
  if (text.charCodeAt(j) === 0x2e && isDigit(text.charCodeAt(j + 1))) {
    value += '.';
    j += 1;
    while (isDigit(text.charCodeAt(j))) value += text[j++];
  }
  return { end: j, value };
}

/** Every amount in `text`, in order. */
export function findAmounts(text: string): AmountHit[] {
  const out: AmountHit[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Jump to the next character that can start an amount (the regex engine skips the rest faster than a loop).
    CANDIDATE.lastIndex = i;
    if (!CANDIDATE.test(text)) break;
    i = CANDIDATE.lastIndex - 1;
    const c = text.charCodeAt(i);
    let currency: string | null = null;
    let after = i + 1;
    let dollarSign = false;
    if (c === 0x24) {
      currency = 'USD';
      dollarSign = true;
    } else if (c === 0x20ac) currency = 'EUR';
    else if (c === 0xa3) currency = 'GBP';
    else if (c === 0x55 && text.startsWith('US$', i)) {
      currency = 'USD';
      after = i + 3;
    } else if (c >= 0x41 && c <= 0x5a && isCodeLetter(text.charCodeAt(i + 1)) && isCodeLetter(text.charCodeAt(i + 2)) && !isAlnum(text.charCodeAt(i - 1)) && !isAlnum(text.charCodeAt(i + 3)) && CODES.has(text.slice(i, i + 3))) {
      currency = text.slice(i, i + 3);
      after = i + 3;
    }
    if (currency === null) {
      i += 1;
      continue;
    }
    let k = after;
    if (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0xa0) k += 1;
    const number = readNumber(text, k);
    if (number === null) {
      i = after;
      continue;
    }
    out.push({ start: i, end: number.end, amount: number.value, currency, dollarSign });
    i = number.end;
  }
  return out;
}
