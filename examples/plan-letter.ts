// A plan letter and its reminders: the terms in plain words (English or Spanish), checked
// against the law before anything is sent. Usage: plan-letter [en|es]
import { checkMessage, describePlan, reminderText, safeDescribePlan } from 'arrears/messages';
import type { MessageLanguage } from 'arrears/messages';
import { buildSchedule } from 'arrears/plan';

const language: MessageLanguage = process.argv[2] === 'es' ? 'es' : 'en';
const sender = { kind: 'debtCollector', businessName: 'ABC Recovery' } as const;
const schedule = buildSchedule({ principal: '300.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-12-05', firstDueDate: '2027-01-05', installments: 3 });
const terms = {
  lateFee: { kind: 'flat', amount: '15.00', currency: 'USD', afterDays: 10, authorizedBy: 'agreement' },
  onMissed: { action: 'planEnds', afterDays: 30, balanceDue: 'remaining' },
  creditReporting: 'none',
  legalAction: 'none',
  paymentMethods: ['online', 'phone'],
  convenienceFee: { amount: '0', currency: 'USD' },
} as const;

const letter = describePlan({ schedule, terms, language, sender });
const context = { sender: sender.kind, language, initialCommunication: false, recipient: 'consumer', businessName: sender.businessName, jurisdictions: ['US'] } as const;
const letterCheck = checkMessage({ channel: 'letter', text: letter.text, context });
console.log(letter.text);
console.log(`-- letter: ${letterCheck.ok ? 'ok' : 'NOT OK'} (${letterCheck.findings.length} finding(s))`);

const first = schedule.installments[0];
if (first !== undefined) {
  const sms = reminderText({
    kind: 'upcoming',
    channel: 'sms',
    language,
    sender,
    installment: { number: first.number, installmentCount: schedule.installmentCount, dueDate: first.dueDate, dueAmount: first.amount, currency: schedule.currency },
    waysForward: { payNow: { url: 'https://pay.example.com/abc' } },
  });
  const smsCheck = checkMessage({ channel: 'sms', text: sms.text, context });
  console.log(sms.text);
  console.log(`-- sms: ${smsCheck.ok ? 'ok' : 'NOT OK'} (${smsCheck.findings.length} finding(s))`);
}

// A fee the agreement does not authorize is never written.
const refused = safeDescribePlan({ schedule, terms: { ...terms, lateFee: { kind: 'flat', amount: '25.00', currency: 'USD', afterDays: 5 } } });
console.log(refused.success ? 'written' : `refused: ${refused.error.code}`);
