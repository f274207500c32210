import * as escalation from '../../src/escalation/index.js';
import { describeVocabulary } from '../support/vocabulary-suite.js';

// Issue 20: arrears/escalation speaks the vocabulary of STYLE.md. Its verdicts are the
// machine's: `transition` (accepted and refused), `advance`.

const machine = escalation.createEscalation();
const opened = machine.initialState({ currency: 'USD', openedOn: '2026-01-01', balance: '600.00', dues: [{ dueDate: '2026-01-15', amount: '100.00' }], limitations: { jurisdiction: 'US-NY' } });
const late = machine.advance(opened, '2026-03-01').account;
const bankrupt = machine.transition(late, { type: 'bankruptcyFiled', date: '2026-03-02' }).account;

describeVocabulary(
  { 'arrears/escalation': escalation },
  {
    'transition (accepted)': () => machine.transition(late, { type: 'paymentReceived', date: '2026-03-02', amount: '10.00' }),
    'transition (refused: bankruptcy stay)': () => machine.transition(bankrupt, { type: 'legalReferral', date: '2026-03-03' }),
    'transition (refused: dispute)': () => machine.transition(machine.transition(late, { type: 'disputeReceived', date: '2026-03-02' }).account, { type: 'promiseMade', date: '2026-03-03', amount: '10.00', dueDate: '2026-03-10' }),
    'advance': () => machine.advance(late, '2026-04-01'),
    'advance (nothing due)': () => machine.advance(late, late.clock),
  },
);
