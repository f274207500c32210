import { describe, expect, it } from 'vitest';
import { formatMessageAmount, formatMessageDate, messageLocale } from '../../src/messages/index.js';
import { nameAndCode } from '../support/errors.js';

// These run under TZ=Pacific/Apia and TZ=America/Sao_Paulo too (npm run test:tz): the words
// must come from the calendar date, never from a host-local Date.
describe('formatMessageDate', () => {
  it('writes en-US and es-US dates', () => {
    expect(formatMessageDate('2027-01-05', 'en')).toBe('January 5, 2027');
    expect(formatMessageDate('2027-01-05', 'es')).toBe('5 de enero de 2027');
    expect(formatMessageDate('2027-12-31', 'es')).toBe('31 de diciembre de 2027');
  });

  it('writes a day that does not exist at local midnight in some zones (Samoa skipped 2011-12-30)', () => {
    expect(formatMessageDate('2011-12-30', 'en')).toBe('December 30, 2011');
    expect(formatMessageDate('2011-12-29', 'en')).toBe('December 29, 2011');
  });

  it('writes DST-change days and month ends as given', () => {
    expect(formatMessageDate('2026-03-08', 'en')).toBe('March 8, 2026');
    expect(formatMessageDate('2026-11-01', 'es')).toBe('1 de noviembre de 2026');
    expect(formatMessageDate('2018-11-04', 'en')).toBe('November 4, 2018'); // Sao Paulo: no local midnight
    expect(formatMessageDate('2024-02-29', 'en')).toBe('February 29, 2024');
    expect(formatMessageDate('0001-01-01', 'en')).toBe('January 1, 1');
  });

  it('refuses a date that does not exist', () => {
    expect(nameAndCode(() => formatMessageDate('2027-02-29', 'en'))).toBe('ValidationError:CALENDAR_INVALID_DATE');
  });
});

describe('formatMessageAmount', () => {
  it('writes exact amounts with the currency minor digits', () => {
    expect(formatMessageAmount('0', 'USD', 'en')).toBe('$0.00');
    expect(formatMessageAmount('1234567.8', 'USD', 'es')).toBe('$1,234,567.80');
    expect(formatMessageAmount('0.0001', 'CLF', 'en')).toBe('CLF 0.0001');
    expect(formatMessageAmount('12.3', 'EUR', 'en')).toBe('€12.30');
    expect(formatMessageAmount('123456789012345678.99', 'USD', 'en')).toBe('$123,456,789,012,345,678.99');
  });

  it('refuses negative and malformed amounts', () => {
    expect(nameAndCode(() => formatMessageAmount('-1', 'USD', 'en'))).toBe('ValidationError:MESSAGES_NEGATIVE_AMOUNT');
    expect(nameAndCode(() => formatMessageAmount('1.001', 'USD', 'en'))).toMatch(/^ValidationError:MONEY_/);
  });
});

describe('messageLocale', () => {
  it('maps languages to locales', () => {
    expect(messageLocale('en')).toBe('en-US');
    expect(messageLocale('es')).toBe('es-US');
  });
});

// Written amounts and dates are remembered per language; remembering must never turn an
// error into an answer, nor one language's words into another's.
describe('remembered amounts and dates', () => {
  it('answers the same the second time, per language', () => {
    expect(formatMessageAmount('1250', 'EUR', 'en')).toBe(formatMessageAmount('1250', 'EUR', 'en'));
    expect(formatMessageDate('2027-03-09', 'en')).toBe('March 9, 2027');
    expect(formatMessageDate('2027-03-09', 'es')).toBe('9 de marzo de 2027');
    expect(formatMessageDate('2027-03-09', 'en')).toBe('March 9, 2027');
  });

  it('still refuses bad input after a good one was remembered (close negative)', () => {
    expect(formatMessageAmount('100.00', 'USD', 'en')).toBe('$100.00');
    expect(() => formatMessageAmount('100.00', 'USD', 'fr' as never)).toThrow();
    expect(() => formatMessageAmount('100.001', 'USD', 'en')).toThrow();
    expect(() => formatMessageAmount('-100.00', 'USD', 'en')).toThrow();
    expect(() => formatMessageAmount('-100.00', 'USD', 'en')).toThrow();
    expect(formatMessageDate('2027-03-09', 'en')).toBe('March 9, 2027');
    expect(() => formatMessageDate('2027-02-29', 'en')).toThrow();
    expect(() => formatMessageDate('2027-02-29', 'en')).toThrow();
    expect(() => formatMessageDate({ toString: () => '2027-03-09' } as never, 'en')).toThrow();
  });
});
