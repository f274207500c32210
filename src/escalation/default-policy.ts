import type { EscalationPolicyInput } from './types.js';

/**
 * The default policy: a plain consumer-collections process. Stages by effective days past due:
 * `grace` 1-15 (a courtesy reminder; no fee, no adverse action), `early` 16-30 (late fee and a
 * past-due notice), `mid` 31-60 (second notice, credit reporting once the consumer has been
 * communicated with (12 CFR 1006.30(a)), a payment-plan offer), `late` 61-120 (final demand,
 * settlement offer), `preChargeOff` 121-179 (charge-off warning) and `chargedOff` at 180 days,
 * the charge-off point of the FFIEC Uniform Retail Credit Classification and Account Management
 * Policy for open-end credit (65 FR 36903, June 12, 2000: open-end retail loans past due 180
 * cumulative days are charged off, closed-end loans at 120; set `chargeOff.daysPastDue: 120` for
 * installment loans). Timers: a promise is broken 3 days after its due date; a plan installment is missed
 * 10 days after its due date and one miss breaks the plan; a settlement lapses the day after
 * its due date; credit reporting waits 14 days after a letter (comment 30(a)(1)-2). Legal
 * referral is open from `late`, `preChargeOff`, `chargedOff` and `placed`; placement from
 * `late`, `preChargeOff` and `chargedOff`. The graph is drawn in docs/escalation.md.
 *
 * @example
 * ```ts
 * import { DEFAULT_ESCALATION_POLICY } from 'arrears/escalation';
 * DEFAULT_ESCALATION_POLICY.stages?.map((s) => s.minDaysPastDue); // => [1, 16, 31, 61, 121]
 * DEFAULT_ESCALATION_POLICY.chargeOff?.daysPastDue; // => 180
 * ```
 */
export const DEFAULT_ESCALATION_POLICY: Readonly<EscalationPolicyInput> = Object.freeze<EscalationPolicyInput>({
  id: 'arrears.default-consumer/1',
  stages: [
    {
      id: 'grace',
      minDaysPastDue: 1,
      description: 'A payment is late; courtesy period with no fee and no adverse action.',
      actions: [{ type: 'sendReminder', notice: 'courtesyReminder' }],
    },
    {
      id: 'early',
      minDaysPastDue: 16,
      description: 'Past the grace period: late fee and a past-due notice.',
      actions: [{ type: 'assessLateFee' }, { type: 'sendNotice', notice: 'pastDueNotice' }],
    },
    {
      id: 'mid',
      minDaysPastDue: 31,
      description: 'Thirty days past due: second notice, credit reporting, payment-plan offer.',
      actions: [{ type: 'sendNotice', notice: 'secondNotice' }, { type: 'reportToBureau' }, { type: 'offerPaymentPlan' }],
    },
    {
      id: 'late',
      minDaysPastDue: 61,
      description: 'Sixty days past due: final demand and a settlement offer.',
      actions: [{ type: 'sendNotice', notice: 'finalDemand' }, { type: 'offerSettlement' }],
    },
    {
      id: 'preChargeOff',
      minDaysPastDue: 121,
      description: 'Last stage before charge-off.',
      actions: [{ type: 'sendNotice', notice: 'chargeOffWarning' }],
    },
  ],
  chargeOff: { daysPastDue: 180, actions: [{ type: 'chargeOff' }, { type: 'reportToBureau' }] },
  timers: { promiseGraceDays: 3, planGraceDays: 10, maxMissedPlanInstallments: 0, settlementGraceDays: 0, reportingWaitDays: 14 },
  holds: {},
  arrangementsSuspendEscalation: true,
  requirePriorCommunicationForReporting: true,
  limitations: {},
  states: [],
  transitions: [],
  guards: [],
  legalReferralFrom: ['late', 'preChargeOff', 'chargedOff', 'placed'],
  placementFrom: ['late', 'preChargeOff', 'chargedOff'],
});
