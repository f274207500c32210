/* The public types of arrears/money. The schemas in schemas.ts are annotated with them, so
 * `z.output<typeof Schema>` and these types are the same. */

/**
 * An active ISO 4217 alphabetic code with a minor unit, as a union of string literals
 * (`'AED' | 'AFN' | ... | 'ZWG'`). Functions accept any `string` and check it at run time;
 * this type is what they return.
 */
export type CurrencyCode =
  | 'AED'
  | 'AFN'
  | 'ALL'
  | 'AMD'
  | 'AOA'
  | 'ARS'
  | 'AUD'
  | 'AWG'
  | 'AZN'
  | 'BAM'
  | 'BBD'
  | 'BDT'
  | 'BHD'
  | 'BIF'
  | 'BMD'
  | 'BND'
  | 'BOB'
  | 'BOV'
  | 'BRL'
  | 'BSD'
  | 'BTN'
  | 'BWP'
  | 'BYN'
  | 'BZD'
  | 'CAD'
  | 'CDF'
  | 'CHE'
  | 'CHF'
  | 'CHW'
  | 'CLF'
  | 'CLP'
  | 'CNY'
  | 'COP'
  | 'COU'
  | 'CRC'
  | 'CUP'
  | 'CVE'
  | 'CZK'
  | 'DJF'
  | 'DKK'
  | 'DOP'
  | 'DZD'
  | 'EGP'
  | 'ERN'
  | 'ETB'
  | 'EUR'
  | 'FJD'
  | 'FKP'
  | 'GBP'
  | 'GEL'
  | 'GHS'
  | 'GIP'
  | 'GMD'
  | 'GNF'
  | 'GTQ'
  | 'GYD'
  | 'HKD'
  | 'HNL'
  | 'HTG'
  | 'HUF'
  | 'IDR'
  | 'ILS'
  | 'INR'
  | 'IQD'
  | 'IRR'
  | 'ISK'
  | 'JMD'
  | 'JOD'
  | 'JPY'
  | 'KES'
  | 'KGS'
  | 'KHR'
  | 'KMF'
  | 'KPW'
  | 'KRW'
  | 'KWD'
  | 'KYD'
  | 'KZT'
  | 'LAK'
  | 'LBP'
  | 'LKR'
  | 'LRD'
  | 'LSL'
  | 'LYD'
  | 'MAD'
  | 'MDL'
  | 'MGA'
  | 'MKD'
  | 'MMK'
  | 'MNT'
  | 'MOP'
  | 'MRU'
  | 'MUR'
  | 'MVR'
  | 'MWK'
  | 'MXN'
  | 'MXV'
  | 'MYR'
  | 'MZN'
  | 'NAD'
  | 'NGN'
  | 'NIO'
  | 'NOK'
  | 'NPR'
  | 'NZD'
  | 'OMR'
  | 'PAB'
  | 'PEN'
  | 'PGK'
  | 'PHP'
  | 'PKR'
  | 'PLN'
  | 'PYG'
  | 'QAR'
  | 'RON'
  | 'RSD'
  | 'RUB'
  | 'RWF'
  | 'SAR'
  | 'SBD'
  | 'SCR'
  | 'SDG'
  | 'SEK'
  | 'SGD'
  | 'SHP'
  | 'SLE'
  | 'SOS'
  | 'SRD'
  | 'SSP'
  | 'STN'
  | 'SVC'
  | 'SYP'
  | 'SZL'
  | 'THB'
  | 'TJS'
  | 'TMT'
  | 'TND'
  | 'TOP'
  | 'TRY'
  | 'TTD'
  | 'TWD'
  | 'TZS'
  | 'UAH'
  | 'UGX'
  | 'USD'
  | 'USN'
  | 'UYI'
  | 'UYU'
  | 'UYW'
  | 'UZS'
  | 'VED'
  | 'VES'
  | 'VND'
  | 'VUV'
  | 'WST'
  | 'XAD'
  | 'XAF'
  | 'XCD'
  | 'XCG'
  | 'XOF'
  | 'XPF'
  | 'YER'
  | 'ZAR'
  | 'ZMW'
  | 'ZWG';

/**
 * One currency of the ISO 4217 table.
 */
export interface Currency {
  /** The alphabetic code, such as `"USD"`. */
  readonly code: CurrencyCode;
  /** The three-digit numeric code as a string, leading zeros kept: `"840"`, `"008"`. */
  readonly numericCode: string;
  /** The number of fraction digits of the minor unit: 0 (JPY), 2 (USD), 3 (KWD) or 4 (CLF). */
  readonly minorUnits: number;
  /** The English name as ISO 4217 writes it, such as `"US Dollar"`. */
  readonly name: string;
}

/**
 * A rounding mode, named as `Intl.NumberFormat`'s `roundingMode` names it. `halfExpand`: to
 * nearest, ties away from zero. `halfTrunc`: to nearest, ties toward zero. `halfEven`: to
 * nearest, ties to the even neighbour (banker's rounding). `halfCeil`: to nearest, ties toward
 * +infinity. `halfFloor`: to nearest, ties toward -infinity. `expand`: away from zero. `trunc`:
 * toward zero. `ceil`: toward +infinity. `floor`: toward -infinity.
 */
export type RoundingMode = 'halfExpand' | 'halfEven' | 'halfTrunc' | 'halfCeil' | 'halfFloor' | 'expand' | 'trunc' | 'ceil' | 'floor';

/**
 * Where the leftover minor units of an allocation go: `largestRemainder` (one each to the
 * largest remainders, ties to the earliest part), `first` or `last` (all to the first or last
 * part with a non-zero ratio).
 */
export type AllocationRemainder = 'largestRemainder' | 'first' | 'last';

/** The options of `roundAmount`. */
export interface RoundOptionsInput {
  /** The rounding mode; default `halfExpand`. */
  readonly roundingMode?: RoundingMode | undefined;
  /** Round to a multiple of this positive decimal string (`"0.05"`, `"1"`, `"5"`); default the minor unit. */
  readonly roundingIncrement?: string | undefined;
}

/** The options of `allocate`. */
export interface AllocateOptionsInput {
  /** Where the leftover minor units go; default `largestRemainder`. */
  readonly remainder?: AllocationRemainder | undefined;
}

/** An amount with its currency, as callers write it. */
export interface MoneyInput {
  /** The amount as a decimal string. */
  readonly amount: string;
  /** The ISO 4217 code. */
  readonly currency: string;
}

/** An amount with its currency, parsed: the amount is canonical (exactly the minor digits). */
export interface Money {
  /** The canonical amount string. */
  readonly amount: string;
  /** The ISO 4217 code. */
  readonly currency: CurrencyCode;
}

/**
 * An exact ratio `numerator / denominator` with a positive denominator; `parseRatio("0.1299")`
 * gives `{ numerator: 1299n, denominator: 10000n }`.
 */
export interface Ratio {
  /** The numerator; any bigint. */
  readonly numerator: bigint;
  /** The denominator; a positive bigint. */
  readonly denominator: bigint;
}

/**
 * One allocation ratio: a non-negative decimal string (`"0.25"`) or a non-negative safe
 * integer (`3`).
 */
export type AllocationRatio = string | number;
