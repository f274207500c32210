import { attempt } from '../errors/index.js';
import type { ArrearsResult } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import type { ValidationNotice, ValidationNoticeInput } from './text-types.js';
import { buildValidationNotice } from './validation-notice.js';
import { ValidationNoticeInputSchema } from './validation-notice-schemas.js';
import { NOTICE_WORDING } from './validation-notice-wording.js';

/** The notice's sections, in Model Form B-1 order, as plain lines (shared by both renderings). */
interface Sections {
  readonly title: string;
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly statement: readonly string[];
  readonly information: readonly string[];
  readonly itemization: readonly string[];
  readonly total: readonly string[];
  readonly dispute: readonly string[];
  readonly more: readonly string[];
  readonly respond: readonly string[];
  readonly options: readonly string[];
  readonly mailTo: readonly string[];
  readonly headings: { readonly from: string; readonly to: string; readonly information: string; readonly dispute: string; readonly more: string; readonly mailTo: string };
}

function sections(notice: ValidationNotice): Sections {
  const w = NOTICE_WORDING[notice.language];
  const f = (paragraph: string): readonly string[] => notice.fields[paragraph]?.text ?? [];
  const [between = '', ...items] = f('1006.34(c)(2)(viii)');
  const respond = f('1006.34(c)(4)');
  return {
    title: w.title,
    from: [...f('1006.34(c)(2)(i)'), ...f('1006.34(d)(3)(i)')],
    to: f('1006.34(c)(2)(ii)'),
    statement: f('1006.34(c)(1)'),
    information: [...f('1006.34(c)(2)(iv)'), ...f('1006.34(c)(2)(v)'), ...f('1006.34(c)(2)(vi)'), ...f('1006.34(c)(2)(vii)'), between],
    itemization: items,
    total: f('1006.34(c)(2)(ix)'),
    dispute: [...f('1006.34(c)(3)(iii)'), ...f('1006.34(c)(3)(i)'), ...f('1006.34(c)(3)(v)')],
    more: [...f('1006.34(c)(3)(ii)'), ...f('1006.34(c)(3)(iv)'), ...f('1006.34(d)(3)(vi)')],
    respond: respond.slice(0, 3),
    options: respond.slice(3),
    mailTo: f('1006.34(c)(2)(i)'),
    headings: { from: w.collectorLabel, to: w.consumerLabel, information: w.ourInformation, dispute: w.disputeHeading, more: w.elseHeading, mailTo: w.mailTo },
  };
}

function renderText(notice: ValidationNotice): string {
  const s = sections(notice);
  const out: string[] = [s.title, '', `${s.headings.from}:`, ...s.from, '', `${s.headings.to}:`, ...s.to, '', ...s.statement, '', s.headings.information, ...s.information];
  out.push(...s.itemization.map((line) => `  ${line}`), ...s.total, '', s.headings.dispute, ...s.dispute.map((l) => `- ${l}`), '', s.headings.more, ...s.more.map((l) => `- ${l}`));
  out.push('', '-'.repeat(40), ...s.respond, ...s.options.map((l) => `[ ] ${l}`), '', s.headings.mailTo, ...s.mailTo, '', ...s.to);
  return `${out.join('\n')}\n`;
}

/** Escapes text for HTML element content and double-quoted attribute values. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function renderHtml(notice: ValidationNotice): string {
  const s = sections(notice);
  const e = escapeHtml;
  const lines = (items: readonly string[]): string => items.map(e).join('<br>');
  const list = (items: readonly string[]): string => `<ul>${items.map((l) => `<li>${e(l)}</li>`).join('')}</ul>`;
  const lang = notice.language === 'es' ? 'es-US' : 'en-US';
  return [
    `<section class="validation-notice" lang="${lang}">`,
    `<h1>${e(s.title)}</h1>`,
    `<div class="parties"><p class="from"><strong>${e(s.headings.from)}:</strong><br>${lines(s.from)}</p><p class="to"><strong>${e(s.headings.to)}:</strong><br>${lines(s.to)}</p></div>`,
    `<p class="statement"><strong>${lines(s.statement)}</strong></p>`,
    `<h2>${e(s.headings.information)}</h2>`,
    `<p>${lines(s.information)}</p>`,
    `<table class="itemization"><tbody>${s.itemization.map((l) => `<tr><td>${e(l)}</td></tr>`).join('')}</tbody></table>`,
    `<p class="total"><strong>${lines(s.total)}</strong></p>`,
    `<h2>${e(s.headings.dispute)}</h2>`,
    list(s.dispute),
    `<h2>${e(s.headings.more)}</h2>`,
    list(s.more),
    '<hr>',
    `<form class="response"><h2>${e(s.respond[0] ?? '')}</h2><p>${lines(s.respond.slice(1))}</p>`,
    s.options.map((l) => `<p><label><input type="checkbox"> ${e(l)}</label></p>`).join(''),
    `<p><strong>${e(s.headings.mailTo)}</strong><br>${lines(s.mailTo)}</p><p>${lines(s.to)}</p></form>`,
    '</section>',
  ].join('\n');
}

/**
 * The validation notice of {@link validationNotice} as plain text, laid out like CFPB Model
 * Form B-1: the parties, the debt-collector statement, the itemization, the dispute rights
 * with the validation period's end date, what else the consumer can do, and the tear-off
 * response section with both mailing addresses.
 *
 * @param input - see {@link ValidationNoticeInputSchema}
 * @returns the notice, lines ending in `\n`
 * @throws as {@link validationNotice}
 *
 * @example
 * ```ts
 * import { validationNoticeText } from 'arrears/messages';
 * const text = validationNoticeText({
 *   debtCollector: { name: 'ABC Collections', mailingAddress: ['PO Box 1', 'Albany, NY 12201'] },
 *   consumer: { name: 'Pat Doe', mailingAddress: ['1 Main St', 'Troy, NY 12180'] },
 *   debt: { consumerFinancialProduct: false, currentCreditor: 'Main Street Dental', accountNumber: '****1234' },
 *   currency: 'USD',
 *   itemization: { dateKind: 'lastStatement', date: '2026-06-30', amount: '1000.00', interest: '25.00', fees: '10.00', paymentsCredits: '35.00', currentAmount: '1000.00' },
 *   delivery: { sentOn: '2026-11-02', method: 'mail' },
 * });
 * text.includes('Total amount of the debt now: $1,000.00'); // => true
 * ```
 */
export function validationNoticeText(input: ValidationNoticeInput): string {
  return renderText(buildValidationNotice(parseInput(ValidationNoticeInputSchema, input)));
}

/**
 * The validation notice of {@link validationNotice} as an HTML fragment (one `<section>` with
 * a `lang` attribute), laid out like CFPB Model Form B-1, the response section as a form with
 * checkboxes. Every piece of input text is escaped (`&`, `<`, `>`, `"`, `'`); no style is
 * included, so the caller's stylesheet decides type size (1006.34(b)(1): readily noticeable
 * and legible).
 *
 * @param input - see {@link ValidationNoticeInputSchema}
 * @returns the HTML fragment
 * @throws as {@link validationNotice}
 *
 * @example
 * ```ts
 * import { validationNoticeHtml } from 'arrears/messages';
 * const html = validationNoticeHtml({
 *   debtCollector: { name: 'A&B <Collections>', mailingAddress: ['PO Box 1'] },
 *   consumer: { name: 'Pat Doe', mailingAddress: ['1 Main St'] },
 *   debt: { consumerFinancialProduct: false, currentCreditor: 'Main Street Dental', accountNumber: '1234' },
 *   currency: 'USD',
 *   itemization: { dateKind: 'chargeOff', date: '2026-06-30', amount: '100.00', interest: '0', fees: '0', paymentsCredits: '0', currentAmount: '100.00' },
 *   delivery: { sentOn: '2026-11-02', method: 'mail' },
 * });
 * html.includes('A&amp;B &lt;Collections&gt;'); // => true
 * html.includes('<Collections>'); // => false
 * ```
 */
export function validationNoticeHtml(input: ValidationNoticeInput): string {
  return renderHtml(buildValidationNotice(parseInput(ValidationNoticeInputSchema, input)));
}

/**
 * {@link validationNoticeText} without throwing.
 *
 * @param input - anything; see {@link ValidationNoticeInputSchema}
 * @returns the text or the typed error
 *
 * @example
 * ```ts
 * import { safeValidationNoticeText } from 'arrears/messages';
 * safeValidationNoticeText(null).success; // => false
 * ```
 */
export function safeValidationNoticeText(input: unknown): ArrearsResult<string> {
  return attempt(() => validationNoticeText(input as ValidationNoticeInput));
}

/**
 * {@link validationNoticeHtml} without throwing.
 *
 * @param input - anything; see {@link ValidationNoticeInputSchema}
 * @returns the HTML or the typed error
 *
 * @example
 * ```ts
 * import { safeValidationNoticeHtml } from 'arrears/messages';
 * safeValidationNoticeHtml(null).success; // => false
 * ```
 */
export function safeValidationNoticeHtml(input: unknown): ArrearsResult<string> {
  return attempt(() => validationNoticeHtml(input as ValidationNoticeInput));
}
