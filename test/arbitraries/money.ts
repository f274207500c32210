import fc from 'fast-check';

/** Rounding modes, as the public API names them (Intl.NumberFormat's `roundingMode` values). */
export const ROUNDING_MODES = ['halfExpand', 'halfEven', 'halfTrunc', 'halfCeil', 'halfFloor', 'expand', 'trunc', 'ceil', 'floor'] as const;

/** A rounding mode. */
export const roundingModeArb = fc.constantFrom(...ROUNDING_MODES);

/** Currencies covering every minor-unit size (0, 2, 3, 4). */
export const currencyArb = fc.constantFrom(
  { code: 'USD', minorUnits: 2 },
  { code: 'EUR', minorUnits: 2 },
  { code: 'JPY', minorUnits: 0 },
  { code: 'KRW', minorUnits: 0 },
  { code: 'KWD', minorUnits: 3 },
  { code: 'BHD', minorUnits: 3 },
  { code: 'CLF', minorUnits: 4 },
  { code: 'UYW', minorUnits: 4 },
);

/**
 * Formats a scaled integer as a decimal string with `scale` fraction digits. Written here,
 * independently of src, so that tests do not check the library against itself.
 */
export function formatScaled(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  return negative ? `-${text}` : text;
}

/** Minor units of everyday size, biased toward small values and edges. */
export const minorArb = fc.oneof(
  fc.bigInt({ min: -10_000n, max: 10_000n }),
  fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
  fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }),
);

/** Minor units anywhere in the supported range (|x| < 10^30 major units) for a currency. */
export function minorInRangeArb(minorUnits: number): fc.Arbitrary<bigint> {
  const limit = 10n ** BigInt(30 + minorUnits) - 1n;
  return fc.oneof(minorArb, fc.bigInt({ min: -limit, max: limit }), fc.constantFrom(limit, -limit, 0n));
}

/** An exact amount string for a currency, in canonical form, with its minor units. */
export function amountArb(minorUnits: number): fc.Arbitrary<{ text: string; minor: bigint }> {
  return minorArb.map((minor) => ({ text: formatScaled(minor, minorUnits), minor }));
}

/** A currency with an amount in it. */
export const currencyAmountArb = currencyArb.chain((currency) => amountArb(currency.minorUnits).map((amount) => ({ currency, ...amount })));

/**
 * A decimal string with `0..maxScale` fraction digits, from a bigint (never from a float),
 * with its exact value as `value / 10^scale`.
 */
export function decimalArb(maxScale = 12, maxInt = 10n ** 12n): fc.Arbitrary<{ text: string; value: bigint; scale: number }> {
  return fc
    .tuple(fc.integer({ min: 0, max: maxScale }), fc.bigInt({ min: -maxInt, max: maxInt }), fc.bigInt({ min: 0n, max: 10n ** 12n }))
    .map(([scale, intPart, fracSeed]) => {
      const frac = scale === 0 ? 0n : fracSeed % 10n ** BigInt(scale);
      const magnitude = (intPart < 0n ? -intPart : intPart) * 10n ** BigInt(scale) + frac;
      const value = intPart < 0n ? -magnitude : magnitude;
      return { text: formatScaled(value, scale), value, scale };
    });
}

/**
 * A value that sits exactly halfway between two amounts of a currency (`x.xx5` for USD):
 * the tie cases where rounding modes differ.
 */
export function tieArb(minorUnits: number): fc.Arbitrary<{ text: string; value: bigint; scale: number }> {
  return minorArb.map((minor) => {
    const value = minor * 10n + (minor < 0n ? -5n : 5n);
    return { text: formatScaled(value, minorUnits + 1), value, scale: minorUnits + 1 };
  });
}

/** Allocation ratios: non-negative integers and decimal strings, at least one positive. */
export const ratiosArb = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 1000 }),
      fc.tuple(fc.integer({ min: 0, max: 6 }), fc.bigInt({ min: 0n, max: 10n ** 8n })).map(([scale, v]) => formatScaled(v, scale)),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .filter((ratios) => ratios.some((r) => (typeof r === 'number' ? r > 0 : /[1-9]/.test(r))));

/** Integer weights, at least one positive. */
export const weightsArb = fc
  .array(fc.oneof(fc.bigInt({ min: 0n, max: 10n }), fc.bigInt({ min: 0n, max: 10n ** 15n })), { minLength: 1, maxLength: 12 })
  .filter((weights) => weights.some((w) => w > 0n));

/** Strings that look almost like amounts but are not valid decimal strings. */
export const MALFORMED_DECIMALS = [
  '',
  ' ',
  ' 1',
  '1 ',
  '1\n',
  '1e3',
  '1E3',
  '1,000',
  '1,000.00',
  '1_000',
  '1 000',
  '+1',
  '--1',
  '-',
  '.5',
  '5.',
  '-.5',
  '1.2.3',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '0b1',
  '１２', // full-width digits
  '١٢', // Arabic-Indic digits
  '$1.00',
  '1.00 USD',
  'null',
  'undefined',
] as const;

/** Values of the wrong type for a string parameter. */
export const NON_STRINGS: readonly unknown[] = [undefined, null, 12.5, 0, Number.NaN, Number.POSITIVE_INFINITY, 1n, true, {}, [], ['1.00'], () => '1.00', Symbol('x'), new Date(0)];

/** Random junk of every shape, including the malformed strings above. */
export const junkArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.constantFrom<unknown>(...MALFORMED_DECIMALS, ...NON_STRINGS),
  fc.string(),
  fc.double(),
  fc.bigInt(),
);
