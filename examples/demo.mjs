// A short tour of the arrears core. Run it with `npm run demo` (builds the package first).
// It imports the built package by name, exactly as an application would.
import { isArrearsError } from 'arrears';
import { allocate, getCurrency, multiplyAmount, parseAmount, roundAmount, sumAmounts } from 'arrears/money';
import {
  addBusinessDays,
  fromLocalDateTime,
  recurrence,
  toLocalDateTime,
  usFederalCalendar,
  usFederalHolidays,
  yearFraction,
} from 'arrears/calendar';

const line = (label, value) => console.log(`${label.padEnd(46)} ${typeof value === 'string' ? value : JSON.stringify(value)}`);

console.log('Money: decimal strings in, decimal strings out, exact to the minor unit\n');
const balance = parseAmount('1000', 'USD');
line('balance', balance);
const parts = allocate(balance, 3, 'USD', { remainder: 'last' });
line('1000.00 USD in 3 installments', parts);
line('...which sum back to', sumAmounts(parts, 'USD'));
line('100000 JPY in 3 (no minor unit)', allocate('100000', 3, 'JPY', { remainder: 'last' }));
line('1000.000 KWD in 3 (3 decimals)', allocate('1000.000', 3, 'KWD', { remainder: 'last' }));
line('one month of interest on 1000.00 at 12.99%', multiplyAmount(balance, '0.010825', 'USD'));
line('2.345 half-even / half-up', [roundAmount('2.345', 'USD', { mode: 'half-even' }), roundAmount('2.345', 'USD', { mode: 'half-up' })]);
line('KWD minor units', getCurrency('KWD').minorUnits);

console.log('\nCalendar: month ends, holidays, business days, time zones\n');
line('monthly from 2024-01-31, 4 times', recurrence({ frequency: 'monthly', start: '2024-01-31', count: 4 }));
line('semi-monthly on the 15th and last day', recurrence({ frequency: 'semiMonthly', start: '2026-02-15', count: 4, days: [15, 'last'] }));
const federal = usFederalCalendar();
line('Christmas 2021 observed on', usFederalHolidays(2021).find((h) => h.name.startsWith('Christmas')).observed);
line('5 business days after 2026-11-02', addBusinessDays('2026-11-02', 5, federal));
line('actual/365 year fraction, Jan 1 to Mar 1 2026', yearFraction('2026-01-01', '2026-03-01', 'actual/365'));
line('08:00 in New York on DST day 2026-03-08', fromLocalDateTime({ date: '2026-03-08', time: '08:00', timeZone: 'America/New_York' }));
line('2026-03-10T12:30:00Z in Los Angeles', toLocalDateTime('2026-03-10T12:30:00Z', 'America/Los_Angeles'));

console.log('\nErrors: typed, with a code, a path and a sentence\n');
for (const bad of ['1e3', '1,000', '12.345']) {
  try {
    parseAmount(bad, 'USD');
  } catch (error) {
    if (!isArrearsError(error)) throw error;
    line(`parseAmount(${JSON.stringify(bad)}, 'USD')`, `${error.code}: ${error.message}`);
  }
}
