import type { ArrearsResult } from '../errors/index.js';
import { DomainRuleError, attempt } from '../errors/index.js';
import { fromMinorUnits, toMinorUnits } from '../money/index.js';
import { amountIn } from '../money/schemas.js';
import { parseInput } from '../internal/parse.js';
import { PlanErrorCodes } from './codes.js';
import { fromWorking, toWorking } from './plan-state.js';
import { AddChargesInputSchema } from './schemas.js';
import type { AddChargesInput, AddChargesResult, PlanCharge, PostedCharge } from './types.js';

function conflict(message: string, path: Array<string | number>): DomainRuleError {
  return new DomainRuleError(PlanErrorCodes.PLAN_CHARGE_CONFLICT, `"${path.join('.')}": ${message}`, { path });
}

/**
 * Posts charges (late fees, for example) to a plan state: each raises the `fees` due of its
 * installment, which {@link applyPayment}'s waterfall pays first by default and
 * {@link planStatus} counts as owed. Returns a new state; the input is never changed.
 *
 * **Idempotent by id**: the state records every charge posted (`state.charges`). Posting an id
 * again with the same amount changes nothing, so a fee job can post a whole assessment every
 * night and never charge twice; with another amount, only the difference is posted (an
 * accruing fee that grew, or a fee reduced or withdrawn with `'0.00'`). A charge posted again
 * unchanged needs no installment: after {@link reamortize} moved its fee (and perhaps replaced its
 * installment) it is still recognized; changing it then fails closed. `arrears/fees` turns an
 * assessment into charges with `toPlanCharges`, keeping its fee ids.
 *
 * @param input - `{ state, charges }`: a plan state from {@link createPlanState} (or an earlier
 *   call) and `[{ id, installment, amount, currency, date? }]` (`currency` must be the plan's:
 *   the charges of `toPlanCharges` carry it); see {@link AddChargesInputSchema}
 * @returns `{ state, posted }`: the new state and what each charge changed
 * @throws {@link arrears!ValidationError} for a malformed state or charge (`MONEY_NEGATIVE`
 *   for a negative amount, `PLAN_INVALID_CHARGE` for an id given twice, `MONEY_TOO_MANY_DECIMALS`)
 * @throws {@link arrears!DomainRuleError} `PLAN_CHARGE_CONFLICT` for an installment the plan does
 *   not have, an id already posted on another installment, or a reduction below the fees
 *   already paid on the installment; `PLAN_CURRENCY_MISMATCH` for a charge whose `currency` is
 *   not the plan's
 *
 * @example
 * ```ts
 * import { addCharges, buildSchedule, createPlanState } from 'arrears/plan';
 * const state = createPlanState(buildSchedule({ principal: '300.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 }));
 * const fee = { id: 'late-fee:1:1', installment: 1, amount: '15.00', currency: 'USD', date: '2026-02-26' };
 * const once = addCharges({ state, charges: [fee] });
 * once.state.installments[0]?.fees; // => '15.00'
 * const twice = addCharges({ state: once.state, charges: [fee] });
 * [twice.state.installments[0]?.fees, twice.posted.length]; // => ['15.00', 0]
 * addCharges({ state, charges: [{ id: 'x', installment: 9, amount: '5.00', currency: 'USD' }] }); // throws PLAN_CHARGE_CONFLICT
 * addCharges({ state, charges: [{ id: 'y', installment: 1, amount: '1500', currency: 'JPY' }] }); // throws PLAN_CURRENCY_MISMATCH
 * ```
 */
export function addCharges(input: AddChargesInput): AddChargesResult {
  const { state: parsed, charges: list } = parseInput(AddChargesInputSchema, input);
  const w = toWorking(parsed);
  const c = w.currency;
  const amountSchema = amountIn(c);
  const ledger = new Map<string, PlanCharge>((w.charges ?? []).map((charge) => [charge.id, charge]));
  const posted: PostedCharge[] = [];
  list.forEach((charge, i) => {
    if (charge.currency !== c) {
      throw new DomainRuleError(PlanErrorCodes.PLAN_CURRENCY_MISMATCH, `"charges.${i}.currency": the charge is in ${charge.currency} but the plan is in ${c}; a charge is never posted as another currency's money.`, { path: ['charges', i, 'currency'] });
    }
    const amount = toMinorUnits(parseInput(amountSchema, charge.amount, ['charges', i, 'amount']), c);
    const before = ledger.get(charge.id);
    if (before !== undefined && before.installment !== charge.installment) {
      throw conflict(`the charge ${JSON.stringify(charge.id)} was posted on installment ${before.installment}, not ${charge.installment}.`, ['charges', i, 'installment']);
    }
    const change = amount - (before === undefined ? 0n : toMinorUnits(before.amount, c));
    const slot = w.slots.find((s) => s.number === charge.installment);
    // A charge posted again unchanged needs no installment: a re-amortization may have replaced
    // the one it was posted on (its fee went with the arrears).
    if (slot === undefined && !(before !== undefined && change === 0n)) throw conflict(`the plan has no installment ${charge.installment}.`, ['charges', i, 'installment']);
    const due = slot === undefined ? 0n : (slot.due[0] as bigint) + change;
    if (slot !== undefined && due < (slot.paid[0] as bigint)) {
      const moved = before !== undefined && (slot.due[0] as bigint) < toMinorUnits(before.amount, c) ? ' (a re-amortization moved its fee to other installments)' : '';
      throw conflict(
        `installment ${slot.number} has ${fromMinorUnits(slot.due[0] as bigint, c)} of fees due and ${fromMinorUnits(slot.paid[0] as bigint, c)} paid; the charge ${JSON.stringify(charge.id)} cannot fall to ${fromMinorUnits(amount, c)}${moved}.`,
        ['charges', i, 'amount'],
      );
    }
    const text = fromMinorUnits(amount, c);
    ledger.set(charge.id, { id: charge.id, installment: charge.installment, amount: text, currency: c, ...(charge.date === undefined ? {} : { date: charge.date }) });
    if (change === 0n || slot === undefined) return;
    slot.due[0] = due;
    posted.push({ id: charge.id, installment: charge.installment, changeAmount: fromMinorUnits(change, c), amount: text });
  });
  w.charges = [...ledger.values()];
  return { state: fromWorking(w), posted };
}

/**
 * The non-throwing twin of {@link addCharges}.
 *
 * @param input - anything; an {@link AddChargesInput} is expected
 * @returns `{ success: true, data }` with `{ state, posted }`, or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { buildSchedule, createPlanState, safeAddCharges } from 'arrears/plan';
 * const state = createPlanState(buildSchedule({ principal: '300.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 3 }));
 * safeAddCharges({ state, charges: [{ id: 'a', installment: 1, amount: '5.00', currency: 'USD' }] }).success; // => true
 * safeAddCharges({ state, charges: [{ id: 'a', installment: 1, amount: '-5.00', currency: 'USD' }] }).success; // => false
 * ```
 */
export function safeAddCharges(input: unknown): ArrearsResult<AddChargesResult> {
  return attempt(() => addCharges(input as AddChargesInput));
}
