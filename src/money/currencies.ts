import type { ArrearsResult } from '../errors/index.js';
import { attempt } from '../errors/index.js';
import { CURRENCY_LIST, lookupCurrency } from './currency-table.js';
import { currencyEntry } from './schemas.js';
import type { Currency, CurrencyCode } from './types.js';

/**
 * Looks up a currency in the ISO 4217 table (List one as amended through amendment 180,
 * 2026-01-01): code, numeric code, minor units and English name. The table holds every active
 * code that has a minor unit, fund codes included (CLF, UYI, USN, ...). Codes whose minor
 * unit is "N.A." (XAU, XAG, XPD, XPT, XDR, XUA, XSU, XBA-XBD, XTS, XXX) and withdrawn codes
 * (BGN, ANG, CUC, HRK, ...) are not in it.
 *
 * @param code - an uppercase ISO 4217 alphabetic code
 * @returns the frozen table entry
 * @throws {@link arrears!ValidationError} `MONEY_UNKNOWN_CURRENCY` for a code not in the table, `INPUT_INVALID_TYPE` for a non-string
 *
 * @example
 * ```ts
 * import { getCurrency } from 'arrears/money';
 * getCurrency('USD'); // => { code: 'USD', numericCode: '840', minorUnits: 2, name: 'US Dollar' }
 * getCurrency('KWD').minorUnits; // => 3
 * getCurrency('CLF').minorUnits; // => 4
 * getCurrency('XAU'); // throws MONEY_UNKNOWN_CURRENCY
 * ```
 */
export function getCurrency(code: string): Currency {
  return currencyEntry(code, ['currency']);
}

/**
 * The non-throwing twin of {@link getCurrency}, for codes that come from user input.
 *
 * @param code - anything; a currency code is expected
 * @returns `{ success: true, data }` with the table entry, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeGetCurrency } from 'arrears/money';
 * safeGetCurrency('JPY').success; // => true
 * safeGetCurrency('usd').success; // => false
 * ```
 */
export function safeGetCurrency(code: unknown): ArrearsResult<Currency> {
  return attempt(() => getCurrency(code as string));
}

/**
 * Whether a value is a code in the currency table. Never throws.
 *
 * @param value - anything
 * @returns `true` for an active ISO 4217 code with a minor unit, such as `"EUR"`
 *
 * @example
 * ```ts
 * import { isCurrencyCode } from 'arrears/money';
 * isCurrencyCode('EUR'); // => true
 * isCurrencyCode('eur'); // => false
 * isCurrencyCode('XXX'); // => false
 * isCurrencyCode(978); // => false
 * ```
 */
export function isCurrencyCode(value: unknown): value is CurrencyCode {
  return lookupCurrency(value) !== undefined;
}

/**
 * Every currency of the table, sorted by code. The array and its entries are frozen.
 *
 * @returns the table entries
 *
 * @example
 * ```ts
 * import { listCurrencies } from 'arrears/money';
 * listCurrencies().length; // => 165
 * listCurrencies()[0]; // => { code: 'AED', numericCode: '784', minorUnits: 2, name: 'UAE Dirham' }
 * ```
 */
export function listCurrencies(): readonly Currency[] {
  return CURRENCY_LIST;
}
