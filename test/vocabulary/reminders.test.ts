import { vi } from 'vitest';

// Schemas of other modules that arrears/reminders embeds as they are (the consumer, debts, history, contact policy and jurisdictions of arrears/compliance, a plan's schedule and state from arrears/plan): their own
// vocabulary issue migrates them, and their own test/vocabulary file judges them. Until each
// lands, their problems are not this module's; every other field is judged in full.
vi.mock('../support/vocabulary.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../support/vocabulary.js')>();
  const foreign = [
    'PlanRemindersInputSchema.contactPolicy.', // arrears/compliance
    'ReminderBatchAccountSchema.contactPolicy.', // arrears/compliance
    'ToReminderPlanInputSchema.schedule.', // arrears/plan
    'ToReminderPlanInputSchema.planState.', // arrears/plan
  ];
  return { ...actual, schemaProblems: (name: string, schema: unknown) => actual.schemaProblems(name, schema).filter((p) => !foreign.some((prefix) => p.where.startsWith(prefix))) };
});
import * as reminders from '../../src/reminders/index.js';
import { describeVocabulary } from '../support/vocabulary-suite.js';
import { baseInput, em1, sms1 } from '../reminders/fixture.js';

// Issue 20: arrears/reminders speaks the library's one vocabulary (STYLE.md "Vocabulary"):
// a plan of reminders is a verdict, and every skipped reminder is a Finding.
const input = baseInput();
const paid = { ...input, plan: { ...input.plan, installments: [{ number: 1, dueDate: '2026-12-15', amount: '100.00', paid: '100.00' }] } };
const revoked = { ...input, channels: [{ ...sms1, consent: { ...sms1.consent, revokedAt: '2026-11-30T18:00:00Z' } }, em1] };
const onHold = { ...input, account: { currency: 'USD', holds: [{ id: 'h1', kind: 'ceaseCommunication' as const, reason: 'letter', start: '2026-11-30', end: null, source: 'mail', citation: '12 CFR 1006.6(c)', freezes: { contact: true } }] } };

describeVocabulary(
  { 'arrears/reminders': reminders },
  {
    'planReminders (every reminder planned)': () => reminders.planReminders(input),
    'planReminders (paid: skipped, info)': () => reminders.planReminders(paid),
    'planReminders (revoked consent: another channel)': () => reminders.planReminders(revoked),
    'planReminders (on hold: skipped, not ok)': () => reminders.planReminders(onHold),
    'planRemindersBatch': () => reminders.planRemindersBatch({ asOf: input.asOf, at: input.at, policy: input.policy, accounts: [{ id: 'a1', ...accountOf(input) }] })[0],
  },
);

function accountOf(i: typeof input): Omit<typeof input, 'asOf' | 'at' | 'policy'> {
  const { asOf: _a, at: _t, policy: _p, ...rest } = i;
  return rest;
}
