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

/** Survival S(k) for k = 0 .. months from the caller's model. @internal */
export function survivalCurve(model: { monthlyDefaultProbabilities: readonly string[] } | { survival: readonly string[] }): Decimal[] {
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
  return curve;
}

/** The present value and expected recovery of a payment stream, in minor units, each rounded once half-up. @internal */
export function valueStream(
  payments: ReadonlyArray<{ readonly dueDate: string; readonly minor: bigint }>,
  asOf: string,
  annualRate: string,
  curve: readonly Decimal[] | null,
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
      const s = curve[month];
      if (s === undefined) {
        throw new DomainRuleError(
          SettlementErrorCodes.SETTLEMENT_CURVE_TOO_SHORT,
          `"policy.defaultModel": a payment is due in month ${month} (${payment.dueDate}), but the model covers ${curve.length - 1} month(s); give at least ${month}.`,
          { path: ['policy', 'defaultModel'], details: { monthsNeeded: month, monthsGiven: curve.length - 1 } },
        );
      }
      ev = ev.plus(discounted.mul(s));
    }
  }
  const round = (x: Decimal): bigint => BigInt(x.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
  return { presentValue: round(pv), expectedRecovery: curve === null ? null : round(ev) };
}
