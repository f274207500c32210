import type { Locale, Month } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';
import { parseDate } from '../calendar/index.js';
import { getCurrency, toMinorUnits } from '../money/index.js';
import { ValidationError } from '../errors/index.js';
import { MessageTextErrorCodes } from './text-codes.js';
import type { MessageLanguage } from './types.js';

/** The BCP 47 locale each message language is formatted in. */
const LOCALE_TAGS: Readonly<Record<MessageLanguage, string>> = { en: 'en-US', es: 'es-US' };

/** The date-fns locale each message language takes its month names from. */
const DATE_LOCALES: Readonly<Record<MessageLanguage, Locale>> = { en: enUS, es };

/** The language, checked: `en` or `es` (anything else, `constructor` included, is an error, not the host's locale). */
function readLanguage(language: unknown): MessageLanguage {
  if (language === 'en' || language === 'es') return language;
  const got = typeof language === 'string' ? `"${language.slice(0, 40)}"` : language === null ? 'null' : typeof language;
  throw new ValidationError([{ code: 'INPUT_INVALID_VALUE', path: ['language'], message: `"language" must be "en" or "es", but got ${got}.` }]);
}

/**
 * The BCP 47 locale a message language is formatted in: `en-US` for `en`, `es-US` for `es`.
 *
 * @param language - `en` or `es`
 * @returns the locale tag
 * @throws {@link arrears!ValidationError} `INPUT_INVALID_VALUE` for a language other than `en` or `es`
 *
 * @example
 * ```ts
 * import { messageLocale } from 'arrears/messages';
 * messageLocale('es'); // => 'es-US'
 * ```
 */
export function messageLocale(language: MessageLanguage): string {
  return LOCALE_TAGS[readLanguage(language)];
}

/**
 * Writes a calendar date the way a letter in the language writes it: `January 5, 2027` (en-US),
 * `5 de enero de 2027` (es-US). The month name comes from the date-fns locale (`enUS`, `es`);
 * the year, month and day come straight from the `YYYY-MM-DD` string, so the result never
 * depends on the host's time zone (no `Date` is built: a `Date` at local midnight does not
 * exist on some days in some zones, 2011-12-30 in Pacific/Apia for one).
 *
 * @param date - a calendar date, `YYYY-MM-DD`
 * @param language - `en` or `es`
 * @returns the date in words
 * @throws {@link arrears!ValidationError} `CALENDAR_INVALID_DATE` for a date that does not exist;
 *   `INPUT_INVALID_VALUE` for a language other than `en` or `es`
 *
 * @example
 * ```ts
 * import { formatMessageDate } from 'arrears/messages';
 * formatMessageDate('2027-01-05', 'en'); // => 'January 5, 2027'
 * formatMessageDate('2027-01-05', 'es'); // => '5 de enero de 2027'
 * ```
 */
export function formatMessageDate(date: string, language: MessageLanguage): string {
  if (typeof date !== 'string' || typeof language !== 'string') return writeDate(date, language);
  const key = `${language} ${date}`;
  const known = WRITTEN_DATES.get(key);
  if (known !== undefined) return known;
  const written = writeDate(date, language);
  if (WRITTEN_DATES.size >= WRITTEN_MAX) WRITTEN_DATES.clear();
  WRITTEN_DATES.set(key, written);
  return written;
}

/** Dates and amounts already written (only valid ones get here), by language and value: a batch repeats them. Cleared when full. */
const WRITTEN_DATES = new Map<string, string>();
const WRITTEN_AMOUNTS = new Map<string, string>();
const WRITTEN_MAX = 4096;

function writeDate(date: string, language: MessageLanguage): string {
  readLanguage(language);
  const valid = parseDate(date);
  const year = Number(valid.slice(0, 4));
  const month = Number(valid.slice(5, 7));
  const day = Number(valid.slice(8, 10));
  const monthName = String(DATE_LOCALES[language].localize.month((month - 1) as Month, { width: 'wide' }));
  return language === 'es' ? `${day} de ${monthName} de ${year}` : `${monthName} ${day}, ${year}`;
}

/** One `Intl.NumberFormat` per language and currency: building one costs far more than using it. */
const CURRENCY_FORMATS = new Map<string, Intl.NumberFormat>();
const CURRENCY_FORMATS_MAX = 256;

function currencyFormat(language: MessageLanguage, currency: string, digits: number): Intl.NumberFormat {
  const key = `${language}:${currency}`;
  let format = CURRENCY_FORMATS.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALE_TAGS[language], { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    if (CURRENCY_FORMATS.size >= CURRENCY_FORMATS_MAX) CURRENCY_FORMATS.clear();
    CURRENCY_FORMATS.set(key, format);
  }
  return format;
}

/**
 * Writes an exact amount with its currency for the language's locale (`Intl.NumberFormat`,
 * style `currency`): `$1,250.00` (en-US and es-US), `€12.30` / `EUR 12.30`. The fraction digits
 * are the currency's minor units from the arrears table; the whole part reaches
 * `Intl.NumberFormat` as a bigint and the fraction digits are copied from the amount, so nothing
 * is rounded, in any engine. The no-break spaces Intl puts between a code and the number are
 * written as plain spaces (a no-break space would make a text message UCS-2, at 70 characters
 * a segment).
 *
 * @param amount - a decimal string, not negative, with at most the currency's minor digits
 * @param currency - an ISO 4217 code
 * @param language - `en` or `es`
 * @returns the amount in words a reader knows
 * @throws {@link arrears!ValidationError} `INPUT_INVALID_VALUE` for a language other than `en` or `es`;
 *   `MONEY_*` for a malformed amount or unknown currency,
 *   `MESSAGES_NEGATIVE_AMOUNT` for a negative one
 *
 * @example
 * ```ts
 * import { formatMessageAmount } from 'arrears/messages';
 * formatMessageAmount('1250', 'USD', 'en'); // => '$1,250.00'
 * formatMessageAmount('1250', 'USD', 'es'); // => '$1,250.00'
 * formatMessageAmount('1500', 'JPY', 'en'); // => '¥1,500'
 * ```
 */
export function formatMessageAmount(amount: string, currency: string, language: MessageLanguage): string {
  if (typeof amount !== 'string' || typeof currency !== 'string' || typeof language !== 'string') return writeAmount(amount, currency, language);
  const key = `${language} ${currency} ${amount}`;
  const known = WRITTEN_AMOUNTS.get(key);
  if (known !== undefined) return known;
  const written = writeAmount(amount, currency, language);
  if (WRITTEN_AMOUNTS.size >= WRITTEN_MAX) WRITTEN_AMOUNTS.clear();
  WRITTEN_AMOUNTS.set(key, written);
  return written;
}

function writeAmount(amount: string, currency: string, language: MessageLanguage): string {
  readLanguage(language);
  const minor = toMinorUnits(amount, currency);
  const digits = getCurrency(currency).minorUnits;
  const scale = 10n ** BigInt(digits);
  if (minor < 0n) {
    throw new ValidationError([{ code: MessageTextErrorCodes.MESSAGES_NEGATIVE_AMOUNT, path: ['amount'], message: `"amount" must not be negative in a message, but got "${amount}".` }]);
  }
  const whole = minor / scale;
  const fraction = (minor % scale).toString().padStart(digits, '0');
  const format = currencyFormat(language, currency, digits);
  // The whole part goes to Intl as a bigint (exact in every engine); the fraction digits are ours.
  return format
    .formatToParts(whole)
    .map((part) => (part.type === 'fraction' ? fraction : part.value))
    .join('')
    .replace(/[\u00a0\u202f]/gu, ' ');
}
