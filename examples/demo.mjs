// `npm run demo`: one account's story through arrears, step by step. It builds the package
// first and imports it by name, exactly as an application would (see package.json "demo").
//
// Dana owes 1,200.00 USD on a retail installment account (100.00 a month, due on the 15th)
// and lives in Los Angeles. She falls behind, is reminded at a lawful hour, agrees to an
// affordable plan (or a settlement), misses an installment, is charged a late fee capped by California law,
// disputes the debt, and the escalation machine pauses.
import { toLocalDateTime } from 'arrears/calendar';
import { checkContact } from 'arrears/compliance';
import { createEscalation } from 'arrears/escalation';
import { lateFeeFor } from 'arrears/fees';
import { buildSchedule, planStatus, validatePlanTerms } from 'arrears/plan';
import { describeOffer, settlementOffers } from 'arrears/settlement';

const step = (n, title) => console.log(`\n${n}. ${title}\n${'-'.repeat(title.length + 3)}`);
const say = (label, value) => console.log(`   ${label.padEnd(38)} ${typeof value === 'string' ? value : JSON.stringify(value)}`);
const actions = (result) => result.actions.map((a) => a.type).join(', ') || '(none)';
const zone = 'America/Los_Angeles';
const local = (instant) => {
  const t = toLocalDateTime(instant, zone);
  return `${t.date} ${t.time.slice(0, 5)} in Los Angeles`;
};

console.log('arrears demo: one account, from the first missed payment to a dispute');

// 1. The account falls behind: the escalation machine follows it from its opening.
step(1, 'Dana falls behind');
const machine = createEscalation();
let account = machine.initialState({
  accountId: 'A-1001',
  currency: 'USD',
  openedOn: '2026-01-01',
  balance: '1200.00',
  dues: [
    { dueDate: '2026-01-15', amount: '100.00' },
    { dueDate: '2026-02-15', amount: '100.00' },
  ],
  limitations: { jurisdiction: 'US-CA', debtKind: 'openAccount' },
});
const behind = machine.advance(account, '2026-02-20');
account = behind.account;
for (const entry of behind.audit) say(`${entry.date} ${entry.from} -> ${entry.to}`, entry.message);
say('now', `${account.stage}, ${machine.countDaysPastDue(account, '2026-02-20').daysPastDue} days past due, balance ${account.balance} USD`);
say('actions due', actions(behind));

// 2. A reminder call, at a lawful local hour (Regulation F: 8 a.m. to 9 p.m. where she is).
step(2, 'A compliant reminder at the right local time');
const call = {
  checkedAt: '2026-02-20T13:00:00Z',
  attempt: { channel: 'call', at: '2026-02-20T13:00:00Z', debtIds: ['A-1001'] },
  consumer: { timeZones: [zone] },
  debts: [{ id: 'A-1001' }],
  history: [],
};
const now = checkContact(call);
say(`call at ${local(call.attempt.at)}`, now.ok ? 'allowed' : `denied: ${now.findings.filter((f) => f.severity === 'violation').map((f) => `${f.code} (${f.citation})`).join(', ')}`);
say('earliest lawful call', `${now.earliestAllowedAt} = ${local(now.earliestAllowedAt)}`);
const later = checkContact({ ...call, attempt: { ...call.attempt, at: now.earliestAllowedAt } });
say('the same call then', later.ok ? 'allowed' : 'denied');
account = machine.transition(account, { type: 'communicationMade', date: '2026-02-20', channel: 'telephone', spokeWithConsumer: true }).account;

// 3. An affordable plan: the policy caps installments at 10% of monthly income.
step(3, 'An affordable plan');
const policy = { allowedFrequencies: ['monthly'], maxInstallments: 12, maxPaymentToIncomeRate: '0.1' };
const terms = (installments) => ({
  principal: '1200.00',
  currency: 'USD',
  annualRate: '0',
  frequency: 'monthly',
  agreementDate: '2026-02-20',
  firstDueDate: '2026-03-15',
  installments,
  income: { amount: '2400.00', frequency: 'monthly' },
});
const tooFast = validatePlanTerms({ terms: terms(4), policy });
say('4 installments of 300.00', tooFast.ok ? 'fits' : tooFast.findings.map((v) => v.message).join(' '));
const offer = validatePlanTerms({ terms: terms(6), policy });
say('6 installments of 200.00', offer.ok ? 'fits the policy' : offer.findings.map((v) => v.code).join(', '));
const plan = buildSchedule(terms(6));
say('schedule', plan.installments.map((row) => `${row.dueDate} ${row.amount}`).join(' | '));
say('total of payments, APR', `${plan.totals.installmentsAmount} USD, ${plan.apr.aprPercent}%`);
const agreed = machine.transition(account, { type: 'planAgreed', date: '2026-02-20', installments: plan.installments.map((row) => ({ dueDate: row.dueDate, amount: row.amount })) });
account = agreed.account;
say('escalation', `${agreed.ok ? 'plan accepted' : 'plan refused'}; arrangement ${account.arrangement?.kind ?? 'none'}, stage ${account.stage}`);

// Beside the plan, the creditor's policy allows a reduced lump sum; describeOffer words it plainly.
const settlement = settlementOffers({
  account: { currency: 'USD', principal: '1200.00', delinquencyDate: '2026-01-16' },
  policy: { bands: [{ minAgeDays: 0, maxAgeDays: 179, discountRate: '0.1' }, { minAgeDays: 180, discountRate: '0.3' }], floor: { minRate: '0.6' }, offerWindow: { days: 30 } },
  asOf: '2026-02-20',
});
const lumpSum = settlement.offers.find((o) => o.id === 'lumpSum');
say('settlement offer', lumpSum ? `${lumpSum.amount} USD in one payment by ${lumpSum.expiresOn}` : 'none');
if (lumpSum) say('in plain words', describeOffer(lumpSum));

// 4. The first installment is paid, the second is missed.
step(4, 'A missed installment');
const payments = [{ amount: '200.00', date: '2026-03-15' }];
account = machine.transition(account, { type: 'paymentReceived', date: '2026-03-15', amount: '200.00' }).account;
const status = planStatus({ plan, payments, asOf: '2026-04-30' });
say('plan status on 2026-04-30', `${status.status}: ${status.missedInstallments} missed, ${status.daysPastDue} days past due, ${status.pastDueAmount} USD past due`);
// The machine counts the installment due 2026-04-15 as missed once the policy's 10 days of tolerance have run.
const missed = machine.advance(account, '2026-04-26');
account = missed.account;
say('escalation', `${account.stage}; actions: ${actions(missed)}`);

// 5. A late fee: the account's policy says the greater of 25.00 or 10%, California caps it.
step(5, 'A late fee, capped by law');
const feePolicy = {
  id: 'retail-late-fee',
  accountKind: 'retailInstallment',
  trigger: { graceDays: 15, counting: 'atLeast' },
  amount: { type: 'greaterOf', of: [{ type: 'flat', amount: '25.00' }, { type: 'percent', rate: '0.1', of: 'installment' }] },
  presets: ['us-ca-retail-installment'],
};
const quote = lateFeeFor({ currency: 'USD', installment: { number: 2, dueDate: '2026-04-15', amount: '200.00' }, policy: feePolicy, asOf: '2026-04-30' });
say('first day a fee may be charged', quote.firstFeeDate);
say('fee charged', `${quote.amount} USD (bound by ${quote.fee?.boundBy ?? 'nothing'})`);
say('why', quote.fee?.explanation ?? '');

// 6. Dana disputes the debt: collection pauses until it is verified.
step(6, 'A dispute pauses the escalation machine');
const disputed = machine.transition(account, { type: 'disputeReceived', date: '2026-05-02', reason: 'The balance is wrong.' });
account = disputed.account;
say('dispute', `accepted; holds: ${account.holds.map((h) => h.kind).join(', ')}; actions: ${actions(disputed)}`);
const referral = machine.transition(account, { type: 'legalReferral', date: '2026-05-10' });
say('legal referral on 2026-05-10', referral.ok ? 'accepted' : `refused: ${referral.findings.map((r) => `${r.code}${r.citation ? ` (${r.citation})` : ''}`).join('; ')}`);
const paused = machine.advance(account, '2026-06-30');
say('two months later', `stage still ${paused.account.stage}, ${paused.audit.length} moves, dispute hold since ${paused.account.holds[0]?.start} (${paused.account.holds[0]?.citation ?? 'no citation'})`);
const dispute = checkContact({
  ...call,
  checkedAt: '2026-05-03T17:00:00Z',
  attempt: { channel: 'call', at: '2026-05-03T17:00:00Z', debtIds: ['A-1001'] },
  debts: [{ id: 'A-1001', validationNoticeSentOn: '2026-04-20', disputedAt: '2026-05-02T18:00:00Z' }],
});
say('a collection call during the dispute', dispute.ok ? 'allowed' : `denied: ${dispute.findings.filter((f) => f.severity === 'violation').map((f) => f.code).join(', ')}`);

console.log('\nEvery answer above is a pure function of its inputs: no clock, no I/O, amounts as exact decimal strings.');
