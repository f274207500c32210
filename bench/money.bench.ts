import { Decimal } from 'decimal.js';
import { bench, describe } from 'vitest';
import type { MoneyCalculator } from 'arrears/money';
import { createMinorUnitCalculator, createSafeIntegerCalculator, fromMinorUnits, parseRatio } from 'arrears/money';

// One 360-row level-payment schedule per iteration: 250000.00 at 6.50%, payment 1580.17.
// Each row: interest = balance * rate / 12 rounded half-up to the cent; principal = payment -
// interest; balance -= principal; the row is output as strings. The last row pays the balance.
// Benches never assert times; run with `npm run bench -- bench/money.bench.ts`, which builds
// first: benches import the built package (`arrears/...`), as users do.

const PRINCIPAL = '250000.00';
const RATE = '0.065';
const PAYMENT = '1580.17';
const MONTHS = 360;

interface Row {
  interest: string;
  principal: string;
  balance: string;
}

const bigintCalc = createMinorUnitCalculator('USD');
const safeCalc = createSafeIntegerCalculator('USD');

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

function decimalSchedule(): Row[] {
  const rate = new D(RATE);
  const payment = new D(PAYMENT);
  let balance = new D(PRINCIPAL);
  const rows: Row[] = [];
  for (let month = 1; month <= MONTHS; month++) {
    const interest = balance.times(rate).div(12).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const installment = month === MONTHS ? balance.plus(interest) : payment;
    const principal = installment.minus(interest);
    balance = balance.minus(principal);
    rows.push({ interest: interest.toFixed(2), principal: principal.toFixed(2), balance: balance.toFixed(2) });
  }
  return rows;
}

function calculatorSchedule<V>(calc: MoneyCalculator<V>): Row[] {
  const rate = parseRatio(RATE);
  const denominator = rate.denominator * 12n;
  const payment = calc.fromAmount(PAYMENT);
  let balance = calc.fromAmount(PRINCIPAL);
  const rows: Row[] = [];
  for (let month = 1; month <= MONTHS; month++) {
    const interest = calc.mulDiv(balance, rate.numerator, denominator, 'halfExpand');
    const installment = month === MONTHS ? calc.add(balance, interest) : payment;
    const principal = calc.subtract(installment, interest);
    balance = calc.subtract(balance, principal);
    rows.push({ interest: calc.toAmount(interest), principal: calc.toAmount(principal), balance: calc.toAmount(balance) });
  }
  return rows;
}

function rawBigintSchedule(): Row[] {
  // The floor: bare bigint operators, half-up division written inline, no argument checks.
  const rate = parseRatio(RATE);
  const denominator = rate.denominator * 12n;
  const payment = 158017n;
  let balance = 25000000n;
  const rows: Row[] = [];
  for (let month = 1; month <= MONTHS; month++) {
    const product = balance * rate.numerator;
    const interest = (product * 2n + denominator) / (denominator * 2n); // half-up for product >= 0
    const installment = month === MONTHS ? balance + interest : payment;
    const principal = installment - interest;
    balance -= principal;
    rows.push({ interest: fromMinorUnits(interest, 'USD'), principal: fromMinorUnits(principal, 'USD'), balance: fromMinorUnits(balance, 'USD') });
  }
  return rows;
}

function floatSchedule(): Row[] {
  // Inexact: shown for speed only; floats drift and mis-round ties.
  const rate = 0.065;
  const payment = 1580.17;
  let balance = 250000;
  const rows: Row[] = [];
  for (let month = 1; month <= MONTHS; month++) {
    const interest = Math.round(((balance * rate) / 12) * 100) / 100;
    const installment = month === MONTHS ? balance + interest : payment;
    const principal = installment - interest;
    balance -= principal;
    rows.push({ interest: interest.toFixed(2), principal: principal.toFixed(2), balance: balance.toFixed(2) });
  }
  return rows;
}

function calculatorTotals<V>(calc: MoneyCalculator<V>): V {
  const rate = parseRatio(RATE);
  const denominator = rate.denominator * 12n;
  const payment = calc.fromAmount(PAYMENT);
  let balance = calc.fromAmount(PRINCIPAL);
  let totalInterest = calc.fromAmount('0');
  for (let month = 1; month <= MONTHS; month++) {
    const interest = calc.mulDiv(balance, rate.numerator, denominator, 'halfExpand');
    totalInterest = calc.add(totalInterest, interest);
    const installment = month === MONTHS ? calc.add(balance, interest) : payment;
    balance = calc.subtract(balance, calc.subtract(installment, interest));
  }
  return totalInterest;
}

function floatTotals(): number {
  let balance = 250000;
  let totalInterest = 0;
  for (let month = 1; month <= MONTHS; month++) {
    const interest = Math.round(((balance * 0.065) / 12) * 100) / 100;
    totalInterest += interest;
    const installment = month === MONTHS ? balance + interest : 1580.17;
    balance -= installment - interest;
  }
  return totalInterest;
}

describe('360-row amortization schedule, totals only (no per-row strings)', () => {
  bench('bigint fast path (createMinorUnitCalculator)', () => {
    calculatorTotals(bigintCalc);
  });
  bench('safe-integer fast path (createSafeIntegerCalculator)', () => {
    calculatorTotals(safeCalc);
  });
  bench('float (inexact)', () => {
    floatTotals();
  });
});

describe('360-row amortization schedule, rows as strings', () => {
  bench('decimal.js (naive)', () => {
    decimalSchedule();
  });
  bench('bigint fast path (createMinorUnitCalculator)', () => {
    calculatorSchedule(bigintCalc);
  });
  bench('safe-integer fast path (createSafeIntegerCalculator)', () => {
    calculatorSchedule(safeCalc);
  });
  bench('bigint, bare operators (no checks)', () => {
    rawBigintSchedule();
  });
  bench('float (inexact)', () => {
    floatSchedule();
  });
});
