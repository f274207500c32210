import type { MoneyCalculator, RoundingMode } from '../../../src/money/index.js';
import { parseRatio } from '../../../src/money/index.js';

/** One row of a level-payment schedule, as strings. */
export interface ScheduleRow {
  installment: string;
  interest: string;
  principal: string;
  balance: string;
}

/**
 * A level-payment schedule written once against MoneyCalculator, so that the same code runs
 * on the bigint fast path and on the decimal.js reference. Each month: interest =
 * balance * annualRate / 12 rounded to the minor unit (`mode`); the last installment pays the
 * remaining balance plus its interest, so the balance ends at zero.
 */
export function levelPaymentSchedule<V>(
  calc: MoneyCalculator<V>,
  principal: string,
  annualRate: string,
  months: number,
  payment: string,
  mode: RoundingMode = 'halfExpand',
): { rows: ScheduleRow[]; totalInterest: string } {
  const rate = parseRatio(annualRate);
  const monthlyDenominator = rate.denominator * 12n;
  const pay = calc.fromAmount(payment);
  let balance = calc.fromAmount(principal);
  let totalInterest = calc.fromAmount('0');
  const rows: ScheduleRow[] = [];
  for (let month = 1; month <= months; month++) {
    const interest = calc.mulDiv(balance, rate.numerator, monthlyDenominator, mode);
    totalInterest = calc.add(totalInterest, interest);
    const installment = month === months ? calc.add(balance, interest) : pay;
    const principalPart = calc.subtract(installment, interest);
    balance = calc.subtract(balance, principalPart);
    rows.push({ installment: calc.toAmount(installment), interest: calc.toAmount(interest), principal: calc.toAmount(principalPart), balance: calc.toAmount(balance) });
  }
  return { rows, totalInterest: calc.toAmount(totalInterest) };
}
