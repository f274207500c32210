// Interim wording and check, used until `arrears/messages` publishes `reminderText` and
// `checkMessage`; replaced by calls through src/messages/index.ts.
import type { Finding } from '../errors/index.js';
import type { MessageVerdict, ReminderMessageRequest, RenderedMessage } from './message-port.js';

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
} as const;

const formatters = new Map<string, Intl.NumberFormat>();

function money(amount: string, currency: string): string {
  let f = formatters.get(currency);
  if (f === undefined) {
    f = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    formatters.set(currency, f);
  }
  // The amount is an exact decimal string; format the integer and fraction parts without floats.
  const [whole = '0', fraction = ''] = amount.split('.');
  const parts = f.formatToParts(0);
  const symbol = parts.filter((p) => p.type === 'currency').map((p) => p.value).join('');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const number = fraction === '' ? grouped : `${grouped}.${fraction}`;
  return `${symbol}${number}`;
}

function longDate(date: string, language: 'en' | 'es'): string {
  const month = MONTHS[language][Number(date.slice(5, 7)) - 1] ?? '';
  const day = String(Number(date.slice(8, 10)));
  const year = date.slice(0, 4);
  return language === 'en' ? `${month} ${day}, ${year}` : `${day} de ${month} de ${year}`;
}

const DISCLOSURE = { en: 'This communication is from a debt collector.', es: 'Esta comunicación proviene de un cobrador de deudas.' } as const;
const OPT_OUT = {
  sms: { en: 'Reply STOP to opt out of texts to this number.', es: 'Responda STOP para no recibir más mensajes de texto en este número.' },
  email: { en: 'To stop emails to this address, reply with the word STOP.', es: 'Para no recibir más correos en esta dirección, responda con la palabra STOP.' },
} as const;

const WAYS = {
  payNow: { en: 'pay now', es: 'pagar ahora' },
  reamortize: { en: 'ask us for a new payment schedule', es: 'pedirnos un nuevo calendario de pagos' },
  talkToSomeone: { en: 'talk to someone about your options', es: 'hablar con alguien sobre sus opciones' },
} as const;

/** Interim wording of a reminder (English and Spanish), with disclosures and opt-out. */
export function renderReminderMessage(request: ReminderMessageRequest): RenderedMessage {
  const { language: lang, sender } = request;
  const amount = money(request.amountDue, request.currency);
  const due = longDate(request.dueDate, lang);
  const n = `${String(request.installmentNumber)}`;
  const of = `${String(request.installmentCount)}`;
  let body: string;
  if (lang === 'en') {
    if (request.kind === 'upcoming') body = `${sender.businessName}: a reminder that payment ${n} of ${of} (${amount}) is due on ${due}.`;
    else if (request.kind === 'dueToday') body = `${sender.businessName}: payment ${n} of ${of} (${amount}) is due today, ${due}.`;
    else {
      const ways = request.waysForward.map((w) => WAYS[w].en);
      const offer = ways.length === 0 ? '' : ` You can ${ways.join(', or ')}.`;
      body = `${sender.businessName}: we have not received payment ${n} of ${of} (${amount}), due on ${due}. If you have already paid, thank you.${offer}`;
    }
    body += ` Questions? Call ${sender.phone}.`;
  } else {
    if (request.kind === 'upcoming') body = `${sender.businessName}: le recordamos que el pago ${n} de ${of} (${amount}) vence el ${due}.`;
    else if (request.kind === 'dueToday') body = `${sender.businessName}: el pago ${n} de ${of} (${amount}) vence hoy, ${due}.`;
    else {
      const ways = request.waysForward.map((w) => WAYS[w].es);
      const offer = ways.length === 0 ? '' : ` Puede ${ways.join(', o ')}.`;
      body = `${sender.businessName}: no hemos recibido el pago ${n} de ${of} (${amount}), con vencimiento el ${due}. Si ya pagó, gracias.${offer}`;
    }
    body += ` ¿Preguntas? Llame al ${sender.phone}.`;
  }
  if (sender.role === 'debtCollector') body += ` ${DISCLOSURE[lang]}`;
  if (request.medium === 'sms' || request.medium === 'email') body += ` ${OPT_OUT[request.medium][lang]}`;
  const subject = request.medium === 'email' ? (lang === 'en' ? `Payment ${n} of ${of}: reminder` : `Pago ${n} de ${of}: recordatorio`) : null;
  return { text: body, subject };
}

/** Interim content check: the subsequent-communication disclosure and the opt-out statement are present. */
export function checkReminderMessage(request: ReminderMessageRequest, message: RenderedMessage): MessageVerdict {
  const findings: Finding[] = [];
  const lower = message.text.toLowerCase();
  if (request.sender.role === 'debtCollector' && !lower.includes(DISCLOSURE[request.language].toLowerCase())) {
    findings.push({ code: 'REGF-DISCLOSE-SUBSEQUENT', severity: 'violation', message: 'The message does not say it is from a debt collector.', citation: '12 CFR 1006.18(e)(2)', span: null });
  }
  let hasOptOut = true;
  if (request.medium === 'sms' || request.medium === 'email') {
    hasOptOut = lower.includes('stop');
    if (!hasOptOut) findings.push({ code: 'REGF-OPTOUT-NOTICE', severity: 'violation', message: 'The message has no opt-out statement.', citation: '12 CFR 1006.6(e)', span: null });
  }
  return { ok: findings.length === 0, findings, hasOptOut };
}
