import { validationPeriod } from '../compliance/index.js';
import { attempt, DomainRuleError, ValidationError } from '../errors/index.js';
import type { ArrearsError, ArrearsResult } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import { fromMinorUnits, toMinorUnits } from '../money/index.js';
import { formatMessageAmount, formatMessageDate } from './locale.js';
import { MessageTextRuleIds } from './text-codes.js';
import type { ValidationNotice, ValidationNoticeField, ValidationNoticeInput, ValidationNoticeOptions } from './text-types.js';
import { ValidationNoticeInputSchema } from './validation-notice-schemas.js';
import { NOTICE_WORDING } from './validation-notice-wording.js';

const CFR = '12 CFR 1006.34';

/** Re-roots an error of `validationPeriod` under `delivery` (its `noticeDate` or `noticeSentAt` is our `sentOn` or `sentAt`, its `holidayDates` our `holidays`). */
function underDelivery(error: ArrearsError, sentField: 'sentOn' | 'sentAt'): ArrearsError {
  const root = (path: readonly (string | number)[]): Array<string | number> => ['delivery', ...path.map((k) => (k === 'noticeSentAt' || k === 'noticeDate' ? sentField : k === 'holidayDates' ? 'holidays' : k))];
  if (error instanceof ValidationError) {
    return new ValidationError(
      error.issues.map((issue) => ({ ...issue, path: root(issue.path), message: issue.message.replace(/"notice(?:SentAt|Date)"/gu, `"delivery.${sentField}"`).replace(/"holidayDates"/gu, '"delivery.holidays"') })),
      { cause: error },
    );
  }
  return error;
}

/** Builds the notice from parsed input (shared by the data and the two renderings). */
export function buildValidationNotice(options: ValidationNoticeOptions): ValidationNotice {
  const parsed = options;
  const d = options.delivery;
  const { currency, itemization: it, language } = parsed;
  const minor = (amount: string): bigint => toMinorUnits(amount, currency);
  const computed = minor(it.amount) + minor(it.interest) + minor(it.fees) - minor(it.paymentsCredits);
  if (computed !== minor(it.currentAmount)) {
    const c = (amount: string): string => fromMinorUnits(minor(amount), currency);
    throw new DomainRuleError(
      'REGF-VN-RECONCILE',
      `The itemization does not reconcile: ${c(it.amount)} on the itemization date + ${c(it.interest)} interest + ${c(it.fees)} fees - ${c(it.paymentsCredits)} payments and credits = ${fromMinorUnits(computed, currency)} ${currency}, but the current amount is ${c(it.currentAmount)}; a validation notice must itemize the current amount exactly (12 CFR 1006.34(c)(2)(viii)-(ix)).`,
      { path: ['itemization', 'currentAmount'], details: { computed: fromMinorUnits(computed, currency), currentAmount: c(it.currentAmount), citation: MessageTextRuleIds['REGF-VN-RECONCILE'] } },
    );
  }
  const computedPeriod = attempt(() =>
    validationPeriod({
      // Our date `sentOn` is compliance's `noticeDate`; our instant `sentAt` its `noticeSentAt` (with `timeZone`).
      ...(d.sentOn === undefined ? { noticeSentAt: d.sentAt as string } : { noticeDate: d.sentOn }),
      method: d.method,
      ...(d.timeZone === undefined ? {} : { timeZone: d.timeZone }),
      ...(d.holidays === undefined ? {} : { holidayDates: d.holidays }),
    }),
  );
  if (!computedPeriod.success) throw underDelivery(computedPeriod.error, options.delivery.sentOn === undefined ? 'sentAt' : 'sentOn');
  const period = computedPeriod.data;
  const w = NOTICE_WORDING[language];
  const money = (amount: string): string => formatMessageAmount(amount, currency, language);
  const date = (d: string): string => formatMessageDate(d, language);
  const end = date(period.endsOn);
  const itDate = date(it.date);
  const collector = parsed.debtCollector;
  const consumer = parsed.consumer;
  const debt = parsed.debt;
  const fields: Record<string, ValidationNoticeField> = {};
  const put = (paragraph: string, label: string, value: ValidationNoticeField['value'], text: readonly string[]): void => {
    fields[paragraph] = { citation: `${CFR}${paragraph.slice('1006.34'.length)}`, label, value, text };
  };
  put('1006.34(c)(1)', 'debtCollectorDisclosure', w.collectorStatement(collector.name, debt.currentCreditor), [w.collectorStatement(collector.name, debt.currentCreditor)]);
  put('1006.34(c)(2)(i)', 'debtCollector', [collector.name, ...collector.mailingAddress], [collector.name, ...collector.mailingAddress]);
  put('1006.34(c)(2)(ii)', 'consumer', [consumer.name, ...consumer.mailingAddress], [consumer.name, ...consumer.mailingAddress]);
  if (debt.itemizationCreditor !== undefined) {
    put('1006.34(c)(2)(iii)', 'itemizationCreditor', debt.itemizationCreditor, [w.accountWith(debt.itemizationCreditor, debt.accountNumber)]);
  }
  put('1006.34(c)(2)(iv)', 'accountNumber', debt.accountNumber, [debt.itemizationCreditor === undefined ? w.accountNumber(debt.accountNumber) : w.accountWith(debt.itemizationCreditor, debt.accountNumber)]);
  put('1006.34(c)(2)(v)', 'currentCreditor', debt.currentCreditor, [w.currentCreditor(debt.currentCreditor)]);
  put('1006.34(c)(2)(vi)', 'itemizationDate', { date: it.date, kind: it.dateKind }, [w.itemizationDate(itDate, w.dateKinds[it.dateKind] ?? it.dateKind)]);
  put('1006.34(c)(2)(vii)', 'amountOnItemizationDate', fromMinorUnits(minor(it.amount), currency), [`${w.asOf(itDate)} ${money(it.amount)}`]);
  put(
    '1006.34(c)(2)(viii)',
    'itemization',
    { interest: fromMinorUnits(minor(it.interest), currency), fees: fromMinorUnits(minor(it.fees), currency), paymentsCredits: fromMinorUnits(minor(it.paymentsCredits), currency) },
    [w.between(itDate), `${w.interest} + ${money(it.interest)}`, `${w.fees} + ${money(it.fees)}`, `${w.paymentsCredits} - ${money(it.paymentsCredits)}`],
  );
  put('1006.34(c)(2)(ix)', 'currentAmount', fromMinorUnits(minor(it.currentAmount), currency), [`${w.total} ${money(it.currentAmount)}`]);
  put('1006.34(c)(3)(i)', 'disputeInWriting', period.endsOn, [w.writeBy(end)]);
  put('1006.34(c)(3)(ii)', 'originalCreditorRequest', period.endsOn, [w.originalCreditor(end)]);
  put('1006.34(c)(3)(iii)', 'assumedValid', period.endsOn, [w.disputeBy(end)]);
  put('1006.34(c)(3)(iv)', 'cfpbWebsite', 'www.cfpb.gov/debt-collection', [w.cfpb]);
  if (collector.electronicDisputeUrl !== undefined) put('1006.34(c)(3)(v)', 'electronicDispute', collector.electronicDisputeUrl, [w.electronic(collector.electronicDisputeUrl)]);
  if (collector.phone !== undefined) put('1006.34(d)(3)(i)', 'telephone', collector.phone, [w.phone(collector.phone)]);
  if (parsed.offerSpanishCopy === true) put('1006.34(d)(3)(vi)', 'spanishOffer', w.spanishOffer, [w.spanishOffer]);
  put(
    '1006.34(c)(4)',
    'consumerResponse',
    { debtCollectorAddress: [collector.name, ...collector.mailingAddress].join('\n'), consumerAddress: [consumer.name, ...consumer.mailingAddress].join('\n') },
    [w.respondHeading, w.checkAll, w.disputeBecause, w.notMine, w.amountWrong, w.other, w.sendOriginal],
  );
  return {
    language,
    currency,
    validationPeriod: { providedOn: period.providedOn, method: period.method, assumedReceiptOn: period.assumedReceiptOn, endsOn: period.endsOn },
    fields,
  };
}

/**
 * The content of the validation notice of 12 CFR 1006.34(c) as data, keyed by paragraph
 * (`'1006.34(c)(2)(vi)'` ...), each field with its citation, a `label`, the `value` (amounts as
 * exact decimal strings, dates `YYYY-MM-DD`) and the `text` lines a notice prints, in English
 * or Spanish (a complete translation, 1006.34(e)), close to CFPB Model Form B-1.
 *
 * - (c)(1) the debt-collector statement; (c)(2)(i)-(ix) the collector, the consumer, the
 *   creditor on the itemization date (when given; required for a consumer financial product),
 *   the account number, the current creditor, the itemization date, the amount then, the
 *   interest, fees, payments and credits since, and the current amount; (c)(3)(i)-(v) the
 *   consumer's rights with the validation period's end date, the CFPB website and, when given,
 *   the electronic-dispute address; (c)(4) the consumer-response section (its prompts and both
 *   mailing addresses); optional (d)(3)(i) telephone and (d)(3)(vi) Spanish offer.
 * - The validation period's end comes from `validationPeriod` of `arrears/compliance`
 *   (1006.34(b)(5): receipt assumed five days after providing it, not counting Saturdays,
 *   Sundays and federal holidays; the period ends 30 days later).
 * - The itemization must reconcile: amount + interest + fees - payments and credits = current
 *   amount, exactly, else `REGF-VN-RECONCILE` (DomainRuleError; 1006.34(c)(2)(viii)-(ix)).
 *
 * Paragraph letters follow the communication reference (1006.34(c)(2)(iv), (vi)-(viii) and
 * (c)(4) were checked against published text; (c)(3)(iv)-(v) and (d)(3) are from secondary
 * sources).
 *
 * @param input - see {@link ValidationNoticeInputSchema}
 * @returns `{ language, currency, validationPeriod, fields }`
 * @throws {@link arrears!ValidationError} malformed input, `MESSAGES_MISSING_FACT`
 * @throws {@link arrears!DomainRuleError} `REGF-VN-RECONCILE`
 *
 * @example
 * ```ts
 * import { validationNotice } from 'arrears/messages';
 * const notice = validationNotice({
 *   debtCollector: { name: 'ABC Collections', mailingAddress: ['PO Box 1', 'Albany, NY 12201'] },
 *   consumer: { name: 'Pat Doe', mailingAddress: ['1 Main St', 'Troy, NY 12180'] },
 *   debt: { consumerFinancialProduct: false, currentCreditor: 'Main Street Dental', accountNumber: '****1234' },
 *   currency: 'USD',
 *   itemization: { dateKind: 'lastStatement', date: '2026-06-30', amount: '1000.00', interest: '25.00', fees: '10.00', paymentsCredits: '35.00', currentAmount: '1000.00' },
 *   delivery: { sentOn: '2026-11-02', method: 'mail' },
 * });
 * notice.validationPeriod.endsOn; // => '2026-12-09'
 * notice.fields['1006.34(c)(2)(ix)']?.value; // => '1000.00'
 * notice.fields['1006.34(c)(3)(iii)']?.text; // => ['Call or write to us by December 9, 2026, to dispute all or part of the debt. If you do not, we will assume that our information is correct.']
 * ```
 */
export function validationNotice(input: ValidationNoticeInput): ValidationNotice {
  return buildValidationNotice(parseInput(ValidationNoticeInputSchema, input));
}

/**
 * {@link validationNotice} without throwing: `{ success: true, data }` or
 * `{ success: false, error }` with the typed error. Accepts any value.
 *
 * @param input - anything; see {@link ValidationNoticeInputSchema}
 * @returns the notice data or the error
 *
 * @example
 * ```ts
 * import { safeValidationNotice } from 'arrears/messages';
 * safeValidationNotice({}).success; // => false
 * ```
 */
export function safeValidationNotice(input: unknown): ArrearsResult<ValidationNotice> {
  return attempt(() => validationNotice(input as ValidationNoticeInput));
}
