// A plan calculator behind a form: user input in, a schedule or a friendly error out.
// Only arrears/plan is imported, so a bundle stays small. Usage: plan-calculator <amount> <months> [annualRate]
import { safeBuildSchedule } from 'arrears/plan';

const [amount = '1000.00', months = '3', annualRate = '0'] = process.argv.slice(2);
const result = safeBuildSchedule({ principal: amount, currency: 'USD', annualRate, frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: Number(months) });
if (!result.success) {
  console.log(`cannot build that plan: ${result.error.code}: ${result.error.message}`);
  process.exitCode = 1;
} else {
  const plan = result.data;
  for (const row of plan.installments) console.log(`${row.number}. ${row.dueDate}  ${row.amount}`);
  console.log(`total ${plan.totals.installmentsAmount} USD, interest ${plan.totals.interest}, APR ${plan.apr.aprPercent}%`);
}
