// A billing system: post a payment to a plan, then assess late fees on what is still owed.
// Run: npm run build, then compile and run this file (test/package/examples-programs.test.ts does).
import { isArrearsError } from 'arrears';
import { assessLateFees } from 'arrears/fees';
import type { LateFeePolicyInput } from 'arrears/fees';
import { applyPayment, buildSchedule, createPlanState } from 'arrears/plan';

const schedule = buildSchedule({ principal: '600.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 });
const { state, receipt } = applyPayment({ state: createPlanState(schedule), payment: { amount: '200.00', date: '2026-02-20' } });
console.log(`payment applied: ${receipt.allocations.map((a) => `${a.amount} to installment ${a.installment} ${a.component}`).join(', ')}`);
console.log(`principal paid on installment 1: ${state.installments[0]?.principalPaid}`);

const policy: LateFeePolicyInput = { id: 'billing', trigger: { graceDays: 10 }, amount: { type: 'percent', rate: '0.05', of: 'installment' }, caps: { perFee: { type: 'flat', amount: '15.00' } } };
const fees = assessLateFees({ plan: schedule, payments: [{ amount: '200.00', date: '2026-02-20' }], policy, asOf: '2026-04-30' });
for (const fee of fees.fees) console.log(`late fee ${fee.amount} on ${fee.date} (installment ${fee.installment})`);
console.log(`total late fees: ${fees.totals.charged}`);

try {
  applyPayment({ state, payment: { amount: '1e3', date: '2026-03-01' } });
} catch (error) {
  if (!isArrearsError(error)) throw error;
  console.log(`rejected: ${error.code}`);
}
