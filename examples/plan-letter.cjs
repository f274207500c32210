// A plan letter in plain CommonJS: the terms in plain words, checked before sending.
// Usage: node examples/plan-letter.cjs [en|es]
const { checkMessage, describePlan, safeDescribePlan } = require('arrears/messages');
const { buildSchedule } = require('arrears/plan');

const language = process.argv[2] === 'es' ? 'es' : 'en';
const schedule = buildSchedule({ principal: '300.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-12-05', firstDueDate: '2027-01-05', installments: 3 });
const terms = {
  lateFee: { kind: 'flat', amount: '15.00', currency: 'USD', afterDays: 10, authorizedBy: 'agreement' },
  onMissed: { action: 'planEnds', afterDays: 30, balanceDue: 'remaining' },
  creditReporting: 'none',
  legalAction: 'none',
  paymentMethods: ['online', 'phone'],
  convenienceFee: { amount: '0', currency: 'USD' },
};
const letter = describePlan({ schedule, terms, language, sender: { kind: 'debtCollector', businessName: 'ABC Recovery' } });
const check = checkMessage({ channel: 'letter', text: letter.text, context: { sender: 'debtCollector', language, initialCommunication: false, recipient: 'consumer', businessName: 'ABC Recovery', jurisdictions: ['US'] } });
console.log(letter.text);
console.log(`-- letter: ${check.ok ? 'ok' : 'NOT OK'} (${check.findings.length} finding(s))`);
const refused = safeDescribePlan({ schedule, terms: { ...terms, lateFee: { kind: 'flat', amount: '25.00', currency: 'USD', afterDays: 5 } } });
console.log(refused.success ? 'written' : `refused: ${refused.error.code}`);
