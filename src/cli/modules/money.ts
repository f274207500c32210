import * as money from '../../money/index.js';
import type { CliModule } from '../registry.js';

const DECIMAL = '^-?[0-9]{1,30}(\\.[0-9]{1,30})?$';

/** arrears/money on the command line: its schemas, with the patterns zod's refinements hide. */
export const moneyCli: CliModule = {
  name: 'money',
  exports: money,
  jsonHints: {
    AmountSchema: { pattern: DECIMAL, description: 'An amount as a decimal string ("1234.56"): an optional "-", digits, optionally "." and digits; no exponent, spaces, "+" or thousands separators.' },
    DecimalStringSchema: { pattern: DECIMAL, description: 'A decimal string ("0.0525"): an optional "-", digits, optionally "." and digits; no exponent, spaces, "+" or separators.' },
    PositiveAmountSchema: { pattern: DECIMAL, description: 'An amount greater than zero as a decimal string ("12.50").' },
    NonNegativeAmountSchema: { pattern: DECIMAL, description: 'An amount of zero or more as a decimal string ("0.00").' },
    CurrencyCodeSchema: { pattern: '^[A-Z]{3}$', description: 'An ISO 4217 alphabetic currency code such as "USD".' },
  },
};
