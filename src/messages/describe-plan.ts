import { addDays, daysBetween } from '../calendar/index.js';
import { attempt, DomainRuleError, UnsupportedOptionError, ValidationError } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { assessLateFees, lateFeeFor } from '../fees/index.js';
import type { LateFeePolicyInput } from '../fees/index.js';
import { parseInput } from '../internal/parse.js';
import { fromMinorUnits, toMinorUnits } from '../money/index.js';
import { DescribePlanInputSchema } from './plan-terms-schemas.js';
import { formatMessageAmount, formatMessageDate } from './locale.js';
import { debtCollectorLines } from './reminder-text.js';
import { MessageTextErrorCodes, MessageTextRuleIds } from './text-codes.js';
import type { DescribePlanInput, DescribePlanOptions, MessageLine, PlanDescription } from './text-types.js';
import type { MessageLanguage } from './types.js';

/** One installment as the text states it. */
interface Row {
  readonly number: number;
  readonly installmentCount: number;
  readonly dueDate: string;
  readonly minor: bigint;
  readonly fields: readonly string[];
}

interface PlanRows {
  readonly currency: string;
  readonly rows: readonly Row[];
  readonly source: 'schedule' | 'planState';
}

type Terms = DescribePlanOptions['terms'];

function falseAmount(message: string, path: Array<string | number>, details: Record<string, unknown>): DomainRuleError {
  return new DomainRuleError('REGF-FALSE-AMOUNT', message, { path, details: { ...details, citation: MessageTextRuleIds['REGF-FALSE-AMOUNT'] } });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schedule's rows, checked against the amounts the raw input states beside them. */
function scheduleRows(parsed: NonNullable<DescribePlanOptions['schedule']>, raw: unknown): PlanRows {
  const currency = parsed.terms.currency;
  const rawSchedule = isRecord(raw) && isRecord(raw['schedule']) ? raw['schedule'] : {};
  if (rawSchedule['currency'] !== undefined && rawSchedule['currency'] !== currency) {
    throw new DomainRuleError(MessageTextErrorCodes.MESSAGES_CURRENCY_MISMATCH, `The schedule's currency (${typeof rawSchedule['currency'] === 'string' ? rawSchedule['currency'].slice(0, 40) : `a ${typeof rawSchedule['currency']}`}) differs from its terms' currency (${currency}).`, { path: ['schedule', 'currency'] });
  }
  const rawRows = Array.isArray(rawSchedule['installments']) ? (rawSchedule['installments'] as unknown[]) : [];
  const installmentCount = parsed.installments.length;
  const rows = parsed.installments.map((row, i): Row => {
    const minor = toMinorUnits(row.principal, currency) + toMinorUnits(row.interest, currency);
    const rawRow = rawRows[i];
    const stated = isRecord(rawRow) ? rawRow['amount'] : undefined;
    if (typeof stated === 'string' && attempt(() => toMinorUnits(stated, currency)).success && toMinorUnits(stated, currency) !== minor) {
      throw falseAmount(`Installment ${row.number} states a payment of ${stated} ${currency}, but its principal and interest add up to ${fromMinorUnits(minor, currency)}: the text would misstate the amount.`, ['schedule', 'installments', i, 'amount'], { stated, computed: fromMinorUnits(minor, currency) });
    }
    return { number: row.number, installmentCount, dueDate: row.dueDate, minor, fields: [`schedule.installments.${i}.principal`, `schedule.installments.${i}.interest`, `schedule.installments.${i}.dueDate`] };
  });
  const total = rows.reduce((sum, row) => sum + row.minor, 0n);
  const totals = rawSchedule['totals'];
  const statedTotal = isRecord(totals) ? totals['installmentsAmount'] : undefined;
  if (typeof statedTotal === 'string' && attempt(() => toMinorUnits(statedTotal, currency)).success && toMinorUnits(statedTotal, currency) !== total) {
    throw falseAmount(`The schedule states ${statedTotal} ${currency} in total, but its installments add up to ${fromMinorUnits(total, currency)}: the text would misstate the amount.`, ['schedule', 'totals', 'installmentsAmount'], { stated: statedTotal, computed: fromMinorUnits(total, currency) });
  }
  return { currency, rows, source: 'schedule' };
}

/** What is still due on each installment of a plan state (paid-in-full installments left out). */
function stateRows(state: NonNullable<DescribePlanOptions['planState']>): PlanRows {
  const currency = state.terms.currency;
  const installmentCount = state.installments.length;
  const rows: Row[] = [];
  state.installments.forEach((row, i) => {
    const m = (amount: string): bigint => toMinorUnits(amount, currency);
    const minor = m(row.principal) + m(row.interest) + m(row.fees) - m(row.principalPaid) - m(row.interestPaid) - m(row.feesPaid);
    if (minor > 0n) {
      rows.push({ number: row.number, installmentCount, dueDate: row.dueDate, minor, fields: ['principal', 'interest', 'fees', 'principalPaid', 'interestPaid', 'feesPaid', 'dueDate'].map((k) => `planState.installments.${i}.${k}`) });
    }
  });
  if (rows.length === 0) {
    throw new DomainRuleError(MessageTextErrorCodes.MESSAGES_NOTHING_DUE, 'Every installment of the plan state is paid in full: there are no terms left to describe.', { path: ['planState', 'installments'] });
  }
  return { currency, rows, source: 'planState' };
}

interface DeclaredTerms {
  readonly lateFee: NonNullable<Terms['lateFee']>;
  readonly onMissed: NonNullable<Terms['onMissed']>;
  readonly creditReporting: NonNullable<Terms['creditReporting']>;
  readonly legalAction: NonNullable<Terms['legalAction']>;
}

function requireDeclared(terms: Terms): DeclaredTerms {
  const what: Record<string, string> = {
    lateFee: 'whether a late fee is added ({ kind: "none" } or the fee)',
    onMissed: 'what happens after a missed payment ({ action: "none" } or when the plan ends)',
    creditReporting: 'whether missed payments may be reported ("none" or "mayReport")',
    legalAction: 'whether legal action may be considered ("none" or "mayConsider")',
  };
  for (const key of ['lateFee', 'onMissed', 'creditReporting', 'legalAction'] as const) {
    if (terms[key] === undefined) {
      throw new DomainRuleError(MessageTextErrorCodes.MESSAGES_CONSEQUENCE_NOT_DECLARED, `The terms policy does not declare ${what[key] ?? key}; plan terms state what happens after a missed payment only as the policy declares it, so declare "terms.${key}".`, { path: ['terms', key] });
    }
  }
  return terms as DeclaredTerms;
}

const ACCRUING_TYPES = new Set(['daily', 'interest', 'tiers', 'repeat']);
const HISTORY_BASES = new Set(['pastDue', 'accountPastDue', 'minimumPayment']);

/** The first part of an expression that makes the fee depend on time or on payments, as a path. */
function undescribablePart(expression: unknown, path: Array<string | number>): Array<string | number> | undefined {
  if (Array.isArray(expression)) {
    for (let i = 0; i < expression.length; i += 1) {
      const found = undescribablePart(expression[i], [...path, i]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isRecord(expression)) return undefined;
  if (typeof expression['type'] === 'string' && ACCRUING_TYPES.has(expression['type'])) return [...path, 'type'];
  if (typeof expression['of'] === 'string' && HISTORY_BASES.has(expression['of'])) return [...path, 'of'];
  for (const [key, value] of Object.entries(expression)) {
    if (typeof value === 'object' && value !== null) {
      const found = undescribablePart(value, [...path, key]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function notDescribable(why: string, path: Array<string | number>): UnsupportedOptionError {
  return new UnsupportedOptionError(`describePlan states a late fee as one amount per late payment, and this policy's fee ${why}; describe it in your own words, or simplify the policy.`, { path }, MessageTextErrorCodes.MESSAGES_FEE_NOT_DESCRIBABLE);
}

function basisWords(authorizedBy: 'agreement' | 'law', language: MessageLanguage): string {
  if (language === 'es') return authorizedBy === 'agreement' ? 'según lo permite su contrato' : 'según lo permite la ley';
  return authorizedBy === 'agreement' ? 'as your agreement allows' : 'as the law allows';
}

function dayWord(days: number, language: MessageLanguage): string {
  if (language === 'es') return days === 1 ? '1 día' : `${days} días`;
  return days === 1 ? '1 day' : `${days} days`;
}

/** The late-fee lines: the fee `arrears/fees` would charge for each installment, in words. */
function lateFeeLines(plan: PlanRows, lateFee: NonNullable<Terms['lateFee']>, language: MessageLanguage): MessageLine[] {
  const es = language === 'es';
  if (lateFee.kind === 'none') {
    return [{ text: es ? 'No se agregará ningún cargo por pago atrasado si un pago se atrasa.' : 'No late fee will be added if a payment is late.', sourceFields: ['terms.lateFee.kind'] }];
  }
  if (lateFee.authorizedBy === undefined) {
    throw new DomainRuleError('REGF-UNAUTH-AMOUNT', 'The late fee has no stated basis: a fee may be stated and collected only when the agreement creating the debt or the law expressly authorizes it (15 U.S.C. 1692f(1); 12 CFR 1006.22(b)); declare terms.lateFee.authorizedBy ("agreement" or "law"), or use { kind: "none" }.', {
      path: ['terms', 'lateFee', 'authorizedBy'],
      details: { citation: MessageTextRuleIds['REGF-UNAUTH-AMOUNT'] },
    });
  }
  const feeFields = lateFee.kind === 'flat' ? ['terms.lateFee.amount', 'terms.lateFee.afterDays', 'terms.lateFee.authorizedBy'] : ['terms.lateFee.policy', 'terms.lateFee.authorizedBy'];
  let policy: LateFeePolicyInput;
  if (lateFee.kind === 'flat') {
    policy = { trigger: { graceDays: lateFee.afterDays }, amount: { type: 'flat', amount: lateFee.amount } };
  } else {
    const p = lateFee.policy;
    if (p.recurrence !== undefined) throw notDescribable('is charged again while a payment stays unpaid', ['terms', 'lateFee', 'policy', 'recurrence']);
    if (p.basis === 'period') throw notDescribable('is charged per billing period', ['terms', 'lateFee', 'policy', 'basis']);
    if (p.waivers !== undefined) throw notDescribable('may be waived', ['terms', 'lateFee', 'policy', 'waivers']);
    const part = undescribablePart(p.amount, ['terms', 'lateFee', 'policy', 'amount']) ?? undescribablePart(p.caps, ['terms', 'lateFee', 'policy', 'caps']);
    if (part !== undefined) throw notDescribable('grows with time or depends on what was paid', part);
    if (p.caps?.perPeriod !== undefined || p.caps?.lifetime !== undefined) throw notDescribable('is limited across installments', ['terms', 'lateFee', 'policy', 'caps']);
    policy = p as LateFeePolicyInput;
  }
  const { currency } = plan;
  const quotes = plan.rows.map((row) => {
    const quote = lateFeeFor({ currency, installment: { number: row.number, dueDate: row.dueDate, amount: fromMinorUnits(row.minor, currency) }, policy });
    if (quote.fee?.status === 'accruing') throw notDescribable('grows with time', ['terms', 'lateFee']);
    return { row, firstFeeDay: quote.firstFeeDate, amount: quote.amount };
  });
  // The same fees on the whole schedule, nothing paid: any difference means the fee depends on
  // other installments (a preset's account-wide limit), and one amount per payment would mislead.
  const lastDay = quotes.reduce((max, q) => (q.firstFeeDay > max ? q.firstFeeDay : max), quotes[0]?.firstFeeDay ?? '0001-01-01');
  const whole = assessLateFees({
    schedule: { currency, installments: plan.rows.map((row) => ({ number: row.number, dueDate: row.dueDate, amount: fromMinorUnits(row.minor, currency) })) },
    payments: [],
    policy,
    asOf: lastDay,
  });
  for (const q of quotes) {
    const fee = whole.fees.find((f) => f.installment === q.row.number && f.occurrence === 1);
    const amount = fee?.amount ?? fromMinorUnits(0n, currency);
    if (amount !== q.amount || (fee !== undefined && fee.date !== q.firstFeeDay)) throw notDescribable('depends on the other installments', ['terms', 'lateFee']);
  }
  const basis = basisWords(lateFee.authorizedBy, language);
  const graceOf = (q: (typeof quotes)[number]): number => daysBetween(q.row.dueDate, q.firstFeeDay) - 1;
  const first = quotes[0];
  const uniform = first !== undefined && quotes.every((q) => q.amount === first.amount && graceOf(q) === graceOf(first));
  const lines: MessageLine[] = [];
  if (uniform && first !== undefined) {
    const fee = formatMessageAmount(first.amount, currency, language);
    const days = graceOf(first);
    const zero = toMinorUnits(first.amount, currency) === 0n;
    let text: string;
    if (zero) text = es ? 'No se agregará ningún cargo por pago atrasado si un pago se atrasa.' : 'No late fee will be added if a payment is late.';
    else if (es) text = days === 0 ? `Si un pago no se paga por completo a más tardar en su fecha de vencimiento, se agregará un cargo por pago atrasado de ${fee}, ${basis}.` : `Si un pago no se paga por completo a más tardar ${dayWord(days, 'es')} después de su fecha de vencimiento, se agregará un cargo por pago atrasado de ${fee}, ${basis}.`;
    else text = days === 0 ? `If a payment is not paid in full by its due date, a late fee of ${fee} will be added, ${basis}.` : `If a payment is not paid in full no later than ${dayWord(days, 'en')} after its due date, a late fee of ${fee} will be added, ${basis}.`;
    lines.push({ text, sourceFields: [...feeFields, ...plan.rows.flatMap((r) => r.fields)] });
  } else {
    for (const q of quotes) {
      const lastOnTime = formatMessageDate(addDays(q.firstFeeDay, -1), language);
      const zero = toMinorUnits(q.amount, currency) === 0n;
      const fee = formatMessageAmount(q.amount, currency, language);
      let text: string;
      if (zero) text = es ? `No se agregará ningún cargo por pago atrasado si el pago ${q.row.number} se atrasa.` : `No late fee will be added if payment ${q.row.number} is late.`;
      else if (es) text = `Si el pago ${q.row.number} no se paga por completo a más tardar el ${lastOnTime}, se agregará un cargo por pago atrasado de ${fee}, ${basis}.`;
      else text = `If payment ${q.row.number} is not paid in full by ${lastOnTime}, a late fee of ${fee} will be added, ${basis}.`;
      lines.push({ text, sourceFields: [...feeFields, ...q.row.fields] });
    }
  }
  if (lateFee.kind === 'policy' && lateFee.policy.minUnpaidAmount !== undefined) {
    const min = formatMessageAmount(lateFee.policy.minUnpaidAmount, currency, language);
    lines.push({
      text: es ? `No se agrega ningún cargo por pago atrasado cuando quedan sin pagar menos de ${min} de un pago.` : `No late fee is added when less than ${min} of a payment is unpaid.`,
      sourceFields: ['terms.lateFee.policy.minUnpaidAmount'],
    });
  }
  return lines;
}

const METHOD_WORDS: Record<MessageLanguage, Record<string, string>> = {
  en: { online: 'online', phone: 'by phone', mail: 'by mail', autopay: 'by automatic payment', inPerson: 'in person' },
  es: { online: 'en línea', phone: 'por teléfono', mail: 'por correo', autopay: 'con pago automático', inPerson: 'en persona' },
};

function listWords(words: readonly string[], language: MessageLanguage): string {
  const or = language === 'es' ? 'o' : 'or';
  if (words.length <= 1) return words.join('');
  if (words.length === 2) return `${words[0] ?? ''} ${or} ${words[1] ?? ''}`;
  return `${words.slice(0, -1).join(', ')}${language === 'es' ? '' : ','} ${or} ${words[words.length - 1] ?? ''}`;
}

/** The lines about what follows a missed payment, exactly as the terms declare. */
function consequenceLines(terms: DeclaredTerms, debt: DescribePlanOptions['debt'], language: MessageLanguage): MessageLine[] {
  const es = language === 'es';
  const lines: MessageLine[] = [];
  const onMissed = terms.onMissed;
  if (onMissed.action === 'planEnds') {
    const days = dayWord(onMissed.afterDays, language);
    lines.push({
      text: es ? `Si un pago sigue sin pagarse ${days} después de su fecha de vencimiento, el plan termina y se debe el saldo pendiente en ese momento.` : `If a payment is still unpaid ${days} after its due date, the plan ends and the unpaid balance at that time is due.`,
      sourceFields: ['terms.onMissed.action', 'terms.onMissed.afterDays', 'terms.onMissed.balanceDue'],
    });
  } else {
    lines.push({ text: es ? 'Un pago atrasado no pone fin al plan.' : 'A late payment does not end the plan.', sourceFields: ['terms.onMissed.action'] });
  }
  if (terms.creditReporting === 'mayReport') {
    lines.push({ text: es ? 'Podemos informar los pagos atrasados a las agencias de informes de crédito.' : 'We may report late payments to credit reporting agencies.', sourceFields: ['terms.creditReporting'] });
  }
  if (terms.legalAction === 'mayConsider') {
    if (debt === undefined) {
      throw new ValidationError([{ code: MessageTextErrorCodes.MESSAGES_MISSING_FACT, path: ['debt', 'timeBarred'], message: '"debt.timeBarred" is required when terms.legalAction is "mayConsider": legal action on a time-barred debt may not be threatened (12 CFR 1006.26(b)), so the text cannot mention it without knowing.' }]);
    }
    if (debt.timeBarred) {
      throw new DomainRuleError('REGF-TIMEBARRED-THREAT', 'The debt is time-barred: a debt collector must not bring or threaten to bring a legal action on it (12 CFR 1006.26(b)), so the terms cannot mention legal action; set terms.legalAction to "none".', {
        path: ['terms', 'legalAction'],
        details: { citation: MessageTextRuleIds['REGF-TIMEBARRED-THREAT'] },
      });
    }
    lines.push({ text: es ? 'Si el plan no se paga, podemos considerar una acción legal para cobrar la deuda.' : 'If the plan is not paid, we may consider legal action to collect the debt.', sourceFields: ['terms.legalAction', 'debt.timeBarred'] });
  }
  return lines;
}

function paymentLines(terms: Terms, currency: string, language: MessageLanguage): MessageLine[] {
  const es = language === 'es';
  const lines: MessageLine[] = [];
  if (terms.paymentMethods !== undefined) {
    const words = [...new Set(terms.paymentMethods)].map((m) => METHOD_WORDS[language][m] ?? m);
    lines.push({ text: es ? `Puede pagar ${listWords(words, 'es')}.` : `You can pay ${listWords(words, 'en')}.`, sourceFields: ['terms.paymentMethods'] });
  }
  const fee = terms.convenienceFee;
  if (fee !== undefined) {
    const minor = toMinorUnits(fee.amount, currency);
    if (minor < 0n) throw new ValidationError([{ code: MessageTextErrorCodes.MESSAGES_NEGATIVE_AMOUNT, path: ['terms', 'convenienceFee', 'amount'], message: '"terms.convenienceFee.amount" must not be negative.' }]);
    if (minor === 0n) {
      if (fee.authorizedBy !== undefined) throw new ValidationError([{ code: MessageTextErrorCodes.MESSAGES_OPTION_WITHOUT_EFFECT, path: ['terms', 'convenienceFee', 'authorizedBy'], message: '"terms.convenienceFee.authorizedBy" has no effect on a fee of zero; leave it out.' }]);
      lines.push({ text: es ? 'No se cobra ningún cargo por hacer un pago.' : 'There is no fee for making a payment.', sourceFields: ['terms.convenienceFee.amount'] });
    } else {
      if (fee.authorizedBy === undefined) {
        throw new DomainRuleError('REGF-UNAUTH-AMOUNT', 'A fee for making a payment (a convenience or pay-to-pay fee) may be collected only when the agreement creating the debt or the law expressly authorizes it (15 U.S.C. 1692f(1); 12 CFR 1006.22(b)); declare terms.convenienceFee.authorizedBy, or make the fee zero.', {
          path: ['terms', 'convenienceFee', 'authorizedBy'],
          details: { citation: MessageTextRuleIds['REGF-UNAUTH-AMOUNT'] },
        });
      }
      const amount = formatMessageAmount(fee.amount, currency, language);
      lines.push({ text: es ? `Se cobra un cargo de ${amount} por cada pago, ${basisWords(fee.authorizedBy, 'es')}.` : `A fee of ${amount} is charged for each payment, ${basisWords(fee.authorizedBy, 'en')}.`, sourceFields: ['terms.convenienceFee.amount', 'terms.convenienceFee.authorizedBy'] });
    }
  }
  return lines;
}

/** Every amount of the terms is in the plan's currency: an amount never travels without its own. */
function checkTermsCurrency(terms: Terms, currency: string): void {
  const stated: [readonly (string | number)[], string | undefined][] = [
    [['terms', 'lateFee', 'currency'], terms.lateFee?.kind === 'flat' ? terms.lateFee.currency : undefined],
    [['terms', 'convenienceFee', 'currency'], terms.convenienceFee?.currency],
  ];
  for (const [path, given] of stated) {
    if (given !== undefined && given !== currency) {
      throw new DomainRuleError(MessageTextErrorCodes.MESSAGES_CURRENCY_MISMATCH, `"${path.join('.')}" is ${given}, but the plan is in ${currency}.`, { path: [...path] });
    }
  }
}

/**
 * Writes a payment plan's terms in plain words, one line a sentence, each with the input
 * fields it came from (`sourceFields`): the number of payments and the total, each payment's
 * amount and due date, the late fee, what happens after a missed payment, and, only when the
 * terms policy declares them, credit reporting, legal action, the ways to pay and a fee for
 * paying. Nothing else is said: no sentence lacks a source field.
 *
 * - **Plan.** A `schedule` from `buildSchedule` (each payment is principal + interest; a
 *   `payment` or `totals.payments` beside them that does not add up is refused with
 *   `REGF-FALSE-AMOUNT`), or a `planState` (what is still due on each unpaid installment).
 *   Amounts are exact, in the plan's currency; nothing is rounded here.
 * - **Late fee.** `none`, a flat fee after some days, or an `arrears/fees` policy: the amount
 *   and the day come from `lateFeeFor` and `assessLateFees`, so the words say what would be
 *   charged. One sentence when every payment has the same fee and grace, else one per
 *   payment. A fee that accrues, recurs, may be waived, depends on partial payments or on other
 *   installments cannot be stated as one amount: `MESSAGES_FEE_NOT_DESCRIBABLE`. A fee without
 *   `authorizedBy`: `REGF-UNAUTH-AMOUNT` (15 U.S.C. 1692f(1); 12 CFR 1006.22(b)).
 * - **Consequences.** `lateFee`, `onMissed`, `creditReporting` and `legalAction` must be
 *   declared (`MESSAGES_CONSEQUENCE_NOT_DECLARED`); `none` says nothing about credit reports or
 *   lawsuits. Legal action on a time-barred debt: `REGF-TIMEBARRED-THREAT` (12 CFR 1006.26(b)).
 * - **Sender.** A debt collector's text ends with "This communication is from a debt
 *   collector." (12 CFR 1006.18(e)(2)), and with `initialCommunication` the (e)(1) statement.
 *
 * English (en-US) and Spanish (es-US): dates from the calendar date with date-fns locales
 * (`January 5, 2027`, `5 de enero de 2027`), amounts with `Intl.NumberFormat`.
 *
 * @param input - see {@link DescribePlanInputSchema}
 * @returns `{ text, lines, language, currency, total }`: `text` is the lines joined by newlines
 * @throws {@link arrears!ValidationError} malformed input, `MESSAGES_MISSING_FACT`
 * @throws {@link arrears!DomainRuleError} `MESSAGES_CONSEQUENCE_NOT_DECLARED`,
 *   `REGF-UNAUTH-AMOUNT`, `REGF-TIMEBARRED-THREAT`, `REGF-FALSE-AMOUNT`,
 *   `MESSAGES_CURRENCY_MISMATCH`, `MESSAGES_NOTHING_DUE`
 * @throws {@link arrears!UnsupportedOptionError} `MESSAGES_FEE_NOT_DESCRIBABLE`
 *
 * @example
 * ```ts
 * import { buildSchedule } from 'arrears/plan';
 * import { describePlan, safeDescribePlan } from 'arrears/messages';
 * const schedule = buildSchedule({ principal: '300.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-12-05', firstDueDate: '2027-01-05', installments: 3 });
 * const terms = { lateFee: { kind: 'none' }, onMissed: { action: 'planEnds', afterDays: 15, balanceDue: 'remaining' }, creditReporting: 'none', legalAction: 'none' } as const;
 * describePlan({ schedule, terms }).lines.map((l) => l.text); // => ['Your payment plan: 3 payments, $300.00 in total.', 'Payment 1 of 3: $100.00, due January 5, 2027.', 'Payment 2 of 3: $100.00, due February 5, 2027.', 'Payment 3 of 3: $100.00, due March 5, 2027.', 'No late fee will be added if a payment is late.', 'If a payment is still unpaid 15 days after its due date, the plan ends and the unpaid balance at that time is due.']
 * describePlan({ schedule, terms, language: 'es' }).lines[1]?.text; // => 'Pago 1 de 3: $100.00, vence el 5 de enero de 2027.'
 * const refused = safeDescribePlan({ schedule, terms: { ...terms, lateFee: { kind: 'flat', amount: '15.00', currency: 'USD', afterDays: 10 } } });
 * refused.success ? 'written' : refused.error.code; // => 'REGF-UNAUTH-AMOUNT'
 * ```
 */
export function describePlan(input: DescribePlanInput): PlanDescription {
  const parsed = parseInput(DescribePlanInputSchema, input);
  const { terms, language } = parsed;
  const declared = requireDeclared(terms);
  const plan = parsed.schedule !== undefined ? scheduleRows(parsed.schedule, input) : stateRows(parsed.planState as NonNullable<DescribePlanOptions['planState']>);
  const { currency, rows } = plan;
  checkTermsCurrency(terms, currency);
  const es = language === 'es';
  const totalMinor = rows.reduce((sum, row) => sum + row.minor, 0n);
  const total = fromMinorUnits(totalMinor, currency);
  const totalWords = formatMessageAmount(total, currency, language);
  const count = rows.length;
  const left = plan.source === 'planState';
  let header: string;
  if (es) header = `Su plan de pagos: ${count} ${count === 1 ? 'pago' : 'pagos'}${left ? ` ${count === 1 ? 'pendiente' : 'pendientes'}` : ''}, ${totalWords} en total.`;
  else header = `Your payment plan: ${count} ${count === 1 ? 'payment' : 'payments'}${left ? ' left' : ''}, ${totalWords} in total.`;
  const lines: MessageLine[] = [{ text: header, sourceFields: [`${plan.source}.terms.currency`, ...rows.flatMap((r) => r.fields)] }];
  for (const row of rows) {
    const amount = formatMessageAmount(fromMinorUnits(row.minor, currency), currency, language);
    const date = formatMessageDate(row.dueDate, language);
    lines.push({ text: es ? `Pago ${row.number} de ${row.installmentCount}: ${amount}, vence el ${date}.` : `Payment ${row.number} of ${row.installmentCount}: ${amount}, due ${date}.`, sourceFields: [`${plan.source}.terms.currency`, ...row.fields] });
  }
  lines.push(...lateFeeLines(plan, declared.lateFee, language));
  lines.push(...consequenceLines(declared, parsed.debt, language));
  lines.push(...paymentLines(terms, currency, language));
  if (parsed.sender?.kind === 'debtCollector') lines.push(...debtCollectorLines(language, parsed.initialCommunication, 'sender.kind', 'initialCommunication'));
  return { text: lines.map((l) => l.text).join('\n'), lines, language, currency, total };
}

/**
 * {@link describePlan} without throwing: `{ success: true, data }` or `{ success: false, error }`
 * with the typed error. Accepts any value.
 *
 * @param input - anything; see {@link DescribePlanInputSchema}
 * @returns the description or the error
 *
 * @example
 * ```ts
 * import { safeDescribePlan } from 'arrears/messages';
 * safeDescribePlan({ terms: {} }).success; // => false
 * ```
 */
export function safeDescribePlan(input: unknown): ArrearsResult<PlanDescription> {
  return attempt(() => describePlan(input as DescribePlanInput));
}
