import { Decimal } from 'decimal.js';
import { addMonths, daysBetween } from '../calendar/index.js';
import { DomainRuleError } from '../errors/index.js';
import { SettlementErrorCodes } from './codes.js';

/** Private decimal.js constructor: 40 significant digits, half-up. Never `Decimal.set`. */
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -9e15, toExpPos: 9e15 });

/** Where a payment date falls: whole months after `asOf` and the days left over. @internal */
export interface PaymentTime {
  readonly months: number;
  readonly days: number;
}

/** Whole months from `asOf` (by `addMonths`, end-of-month clamped) and the remaining days. @internal */
export function paymentTime(asOf: string, date: string): PaymentTime {
  let months = 0;
  let anchor = asOf;
  for (;;) {
    const next = addMonths(asOf, months + 1);
    if (next > date) break;
    months += 1;
    anchor = next;
  }
  return { months, days: daysBetween(anchor, date) };
}

/**
 * The discount factor `1 / ((1 + f·i)(1 + i)^m)` with `i` the monthly rate (annual / 12),
 * `m` whole months and `f = days / 30` (the fraction of a unit period, as in 12 CFR 1026
 * Appendix J). @internal
 */
function discountFactor(monthlyRate: Decimal, t: PaymentTime): Decimal {
  const fraction = new D(t.days).div(30);
  return new D(1).div(fraction.mul(monthlyRate).plus(1).mul(monthlyRate.plus(1).pow(t.months)));
}

/** Survival after k whole months, `undefined` past the end of the caller's curve. @internal */
export type Survival = (month: number) => Decimal | undefined;

/** Survival S(k) from the caller's model: a list of probabilities, a survival curve, or one constant monthly rate. @internal */
export function survivalCurve(model: { monthlyDefaultProbabilities: readonly string[] } | { monthlyDefaultProbability: string } | { survival: readonly string[] }): { at: Survival; months: number } {
  if ('monthlyDefaultProbability' in model) {
    const keep = new D(1).minus(model.monthlyDefaultProbability);
    return { at: (month) => keep.pow(month), months: Number.POSITIVE_INFINITY };
  }
  const curve: Decimal[] = [new D(1)];
  if ('survival' in model) {
    for (const s of model.survival) curve.push(new D(s));
  } else {
    let s = new D(1);
    for (const p of model.monthlyDefaultProbabilities) {
      s = s.mul(new D(1).minus(p));
      curve.push(s);
    }
  }
  return { at: (month) => curve[month], months: curve.length - 1 };
}

/** The present value and expected recovery of a payment stream, in minor units, each rounded once half-up. @internal */
export function valueStream(
  payments: ReadonlyArray<{ readonly dueDate: string; readonly minor: bigint }>,
  asOf: string,
  annualRate: string,
  curve: { at: Survival; months: number } | null,
): { presentValue: bigint; expectedRecovery: bigint | null } {
  const monthly = new D(annualRate).div(12);
  let pv = new D(0);
  let ev = new D(0);
  for (const payment of payments) {
    const t = paymentTime(asOf, payment.dueDate);
    const discounted = new D(payment.minor.toString()).mul(discountFactor(monthly, t));
    pv = pv.plus(discounted);
    if (curve !== null) {
      const month = t.months + (t.days > 0 ? 1 : 0);
      const s = curve.at(month);
      if (s === undefined) {
        throw new DomainRuleError(
          SettlementErrorCodes.SETTLEMENT_CURVE_TOO_SHORT,
          `"policy.defaultModel": a payment is due in month ${month} (${payment.dueDate}), but the model covers ${curve.months} month(s); give at least ${month}.`,
          { path: ['policy', 'defaultModel'], details: { monthsNeeded: month, monthsGiven: curve.months } },
        );
      }
      ev = ev.plus(discounted.mul(s));
    }
  }
  const round = (x: Decimal): bigint => BigInt(x.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
  return { presentValue: round(pv), expectedRecovery: curve === null ? null : round(ev) };
}
