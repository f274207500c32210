import * as z from 'zod/mini';
import { CalendarDateSchema } from '../calendar/index.js';
import { attempt } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import { CurrencyCodeSchema, NonNegativeAmountSchema, fromMinorUnits, isCurrencyCode, toMinorUnits } from '../money/index.js';
import type { DeepReadonly } from '../internal/readonly.js';
import { arrearsIssue } from '../internal/parse.js';
import { SettlementErrorCodes } from './codes.js';
import type { SettlementOffer } from './types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const describableObject = z.object({
  /** The kind of offer. */
  kind: z.enum(['lumpSum', 'settlementPlan', 'fullBalancePlan']),
  /** The currency. */
  currency: CurrencyCodeSchema,
  /** The balance, zero or more. */
  balance: NonNegativeAmountSchema,
  /** The total to pay, zero or more. */
  amount: NonNegativeAmountSchema,
  /** The forgiven amount, zero or more. */
  discount: NonNegativeAmountSchema,
  /** The last day to accept. */
  expiresOn: CalendarDateSchema,
  /** The payments. */
  payments: z
    .array(
      z.object({
        /** The due date. */
        dueDate: CalendarDateSchema,
        /** The amount, zero or more. */
        amount: NonNegativeAmountSchema,
      }),
    )
    .check(z.minLength(1), z.maxLength(1200)),
  /** The disclosure facts (only the information-return flag is read). */
  disclosure: z.object({
    /** The information-return facts. */
    informationReturn: z.object({
      /** Whether the threshold is reached. */
      reachesThreshold: z.boolean(),
    }),
  }),
});

/**
 * The input of `describeOffer`: an offer as `settlementOffers`, `offersWithinBudget` or
 * `evaluateCounterOffer` returns it. Only the fields listed are read; the offer's other fields
 * (its schedule, present value, ...) are allowed and ignored, since the input is the library's
 * own result.
 *
 * @example
 * ```ts
 * import { DescribeOfferInputSchema } from 'arrears/settlement';
 * DescribeOfferInputSchema.safeParse({ kind: 'lumpSum' }).success; // => false
 * ```
 */
export const DescribeOfferInputSchema = describableObject.check(
  z.superRefine((offer: z.output<typeof describableObject>, ctx) => {
    // Text for people is validated like money: never "$-1,000.00" or "$1,000.001" in a letter.
    if (!isCurrencyCode(offer.currency)) return;
    const exact = (value: string): boolean => {
      try {
        toMinorUnits(value, offer.currency);
        return true;
      } catch {
        return false;
      }
    };
    const amounts: Array<readonly [string, Array<string | number>]> = [
      [offer.balance, ['balance']],
      [offer.amount, ['amount']],
      [offer.discount, ['discount']],
      ...offer.payments.map((p, i): readonly [string, Array<string | number>] => [p.amount, ['payments', i, 'amount']]),
    ];
    let valid = true;
    for (const [value, path] of amounts) {
      if (value.startsWith('-')) {
        // Below zero is money's MONEY_NEGATIVE (the field's schema); a minus zero passes it, but a
        // letter would print "$-0.00".
        valid = false;
        if (!/[1-9]/.test(value)) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)} has a minus sign a letter would print; write zero without it.`, path, params: arrearsIssue(SettlementErrorCodes.SETTLEMENT_INVALID_AMOUNT), input: value });
      } else if (!exact(value)) {
        valid = false;
        ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)} has more decimals than ${offer.currency} allows.`, path, params: arrearsIssue(SettlementErrorCodes.SETTLEMENT_INVALID_AMOUNT), input: value });
      }
    }
    if (!valid) return;
    const minor = (v: string): bigint => toMinorUnits(v, offer.currency);
    const paid = offer.payments.reduce((sum, p) => sum + minor(p.amount), 0n);
    if (paid !== minor(offer.amount)) {
      ctx.addIssue({ code: 'custom', message: `the payments add up to ${fromMinorUnits(paid, offer.currency)}, not the offer's amount ${offer.amount}.`, path: ['payments'], params: arrearsIssue(SettlementErrorCodes.SETTLEMENT_INVALID_AMOUNT), input: offer.payments });
    }
    if (minor(offer.discount) > minor(offer.balance)) {
      ctx.addIssue({ code: 'custom', message: `the forgiven amount ${offer.discount} is above the balance ${offer.balance}.`, path: ['discount'], params: arrearsIssue(SettlementErrorCodes.SETTLEMENT_INVALID_AMOUNT), input: offer.discount });
    }
    offer.payments.forEach((p, i) => {
      const previous = offer.payments[i - 1];
      if (previous !== undefined && p.dueDate < previous.dueDate) {
        ctx.addIssue({ code: 'custom', message: `payment ${i + 1} is due (${p.dueDate}) before payment ${i} (${previous.dueDate}).`, path: ['payments', i, 'dueDate'], params: arrearsIssue('INPUT_INVALID_VALUE'), input: p.dueDate });
      }
    });
  }),
);

/** An offer as `describeOffer` accepts it; see {@link DescribeOfferInputSchema}. */
export type DescribeOfferInput = DeepReadonly<z.input<typeof DescribeOfferInputSchema>>;

/** `2026-02-16` as `February 16, 2026`. */
function longDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${MONTHS[Number(m) - 1] ?? ''} ${Number(d)}, ${y ?? ''}`;
}

/** `1234.50 USD` as `$1,234.50`; other currencies as `1,234.50 EUR`. */
function formatMoney(amount: string, currency: string): string {
  const [int = '0', frac] = amount.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = frac === undefined ? grouped : `${grouped}.${frac}`;
  return currency === 'USD' ? `$${body}` : `${body} ${currency}`;
}

/**
 * A short plain-English summary of an offer's terms, for the debtor: what to pay, when, what
 * happens to the rest of the balance, what happens if a payment is missed, and the
 * information-return note when it applies. Respectful, with no threat and no legal
 * conclusions; amounts as `$1,234.50` for USD (`1,234.50 EUR` otherwise), dates as
 * `February 16, 2026`. It does not replace the disclosures the law requires.
 *
 * @param offer - an offer from `settlementOffers` or `evaluateCounterOffer`
 * @returns the summary, a few sentences
 * @throws {@link arrears!ValidationError} when the offer lacks a field the summary needs
 *
 * @example
 * ```ts
 * import { describeOffer, settlementOffers } from 'arrears/settlement';
 * const policy = { bands: [{ minAgeDays: 0, discountRate: '0.3' }], offerWindow: { days: 30 } };
 * const offer = settlementOffers({ account: { currency: 'USD', principal: '1000.00', delinquencyDate: '2025-06-01' }, policy, asOf: '2026-01-17' }).offers.find((o) => o.id === 'lumpSum');
 * describeOffer(offer!).startsWith('You can settle this account by paying $700.00 in one payment by February 16, 2026.'); // => true
 * describeOffer({ kind: 'lumpSum' }); // throws INPUT_MISSING
 * ```
 */
export function describeOffer(offer: DescribeOfferInput | SettlementOffer): string {
  const o = parseInput(DescribeOfferInputSchema, offer);
  const money = (amount: string): string => formatMoney(amount, o.currency);
  const n = o.payments.length;
  const first = o.payments[0] as { dueDate: string; amount: string };
  const forgiven = toMinorUnits(o.discount, o.currency) > 0n;
  const sentences: string[] = [];
  const schedule =
    n === 1
      ? `in one payment by ${longDate(first.dueDate)}`
      : `in ${n} payments: ${o.payments.map((p) => `${money(p.amount)} on ${longDate(p.dueDate)}`).join(', ')}`;
  if (o.kind === 'fullBalancePlan') {
    sentences.push(`You can pay your balance of ${money(o.balance)} ${schedule}, for a total of ${money(o.amount)}.`);
    sentences.push('Nothing is forgiven under this plan; when every payment is made, the account is paid in full.');
  } else {
    sentences.push(`You can settle this account by paying ${money(o.amount)} ${schedule}.`);
    if (forgiven) {
      sentences.push(`Your balance is ${money(o.balance)}. When ${n === 1 ? 'this payment is' : 'all of these payments are'} made on time, the remaining ${money(o.discount)} will be forgiven and you will owe nothing more on this account.`);
    } else {
      sentences.push(`This pays your balance of ${money(o.balance)} in full.`);
    }
  }
  sentences.push(`To accept, please make the ${n === 1 ? 'payment' : 'first payment'} by ${longDate(o.expiresOn)}, when this offer ends.`);
  if (o.kind !== 'fullBalancePlan' && forgiven) {
    sentences.push(`If a payment is not made on time, nothing is forgiven: the balance of ${money(o.balance)} remains, less any payments you have made.`);
  } else {
    sentences.push('If a payment is not made on time, the rest of the balance remains, less any payments you have made.');
  }
  if (o.disclosure.informationReturn.reachesThreshold) {
    sentences.push('Because $600 or more would be forgiven, the creditor may be required to report the forgiven amount to the IRS on Form 1099-C. This is information, not tax advice; a tax professional can tell you how it applies to you.');
  }
  sentences.push('If you have questions or these terms do not work for you, please contact us.');
  return sentences.join(' ');
}

/**
 * The non-throwing twin of {@link describeOffer}.
 *
 * @param offer - anything; an offer is expected
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeDescribeOffer } from 'arrears/settlement';
 * safeDescribeOffer(null).success; // => false
 * ```
 */
export function safeDescribeOffer(offer: unknown): ArrearsResult<string> {
  return attempt(() => describeOffer(offer as DescribeOfferInput));
}
