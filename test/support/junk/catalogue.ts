import * as calendar from '../../../src/calendar/index.js';
import * as compliance from '../../../src/compliance/index.js';
import * as errors from '../../../src/errors/index.js';
import * as escalation from '../../../src/escalation/index.js';
import * as fees from '../../../src/fees/index.js';
import * as messages from '../../../src/messages/index.js';
import * as money from '../../../src/money/index.js';
import * as plan from '../../../src/plan/index.js';
import * as reminders from '../../../src/reminders/index.js';
import * as settlement from '../../../src/settlement/index.js';

// One valid call for every function the public module indexes export (and for the public
// methods of the objects they return: calendars, calculators, the escalation machine). The
// junk test (test/fail-closed/junk-all-exports.test.ts) feeds each of them junk and oversized
// input, as whole arguments and planted inside these valid arguments.

type AnyFunction = (...args: never[]) => unknown;

/** A public function and a factory of one valid argument list for it. */
export interface JunkCase {
  /** `module.name`, or `module.object.method` for a method. */
  readonly name: string;
  readonly module: string;
  readonly call: (...args: unknown[]) => unknown;
  readonly args: () => unknown[];
}

/** Every public module index the test enumerates, by name. */
export const MODULES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  money,
  calendar,
  plan,
  fees,
  settlement,
  escalation,
  compliance,
  messages,
  reminders,
  errors,
};

/** Functions that accept anything by design and answer with a value: they must never throw. */
export const TOTAL = new Set(['isArrearsError', 'isCurrencyCode', 'isValidTimeZone', 'attempt']);

const scheduleTerms = { principal: '1200.00', currency: 'USD', annualRate: '0.12', frequency: 'monthly', agreementDate: '2026-01-15', firstDueDate: '2026-02-15', installments: 12 };
/**
 * One value built once and shared by every call: the library never mutates its input (each call
 * checks it), and the machine's accounts are its own, trusted, so that the fast path is fed too.
 */
function shared<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const schedule = shared((): plan.PlanSchedule => plan.buildSchedule(scheduleTerms as plan.PlanTerms));
const planState = shared((): plan.PlanState => plan.createPlanState(schedule()));
const paidState = shared((): plan.PlanState => plan.applyPayment({ state: planState(), payment: { amount: '100.00', date: '2026-02-15', paymentId: 'chk-1' } }).state);

const feeSchedule = { currency: 'USD', installments: [{ number: 1, dueDate: '2026-05-01', amount: '200.00' }, { number: 2, dueDate: '2026-06-01', amount: '200.00' }] };
const feePolicy = { trigger: { graceDays: 10 }, amount: { type: 'greaterOf', of: [{ type: 'flat', amount: '15.00' }, { type: 'percent', rate: '0.05', of: 'installment' }] } };
const assessment = shared(() => fees.assessLateFees(assessInput() as fees.AssessLateFeesInput));
const assessInput = () => ({ schedule: feeSchedule, payments: [{ amount: '50.00', date: '2026-05-20' }], policy: feePolicy, asOf: '2026-07-12' });

const settlementPolicy = () => ({
  bands: [{ minAgeDays: 0, maxAgeDays: 179, discountRate: { agent: '0.1', supervisor: '0.15' } }, { minAgeDays: 180, discountRate: { agent: '0.3', supervisor: '0.4' } }],
  floor: { minRate: '0.6' },
  offerWindow: { days: 30 },
});
const settlementAccount = () => ({ currency: 'USD', principal: '1000.00', delinquencyDate: '2025-07-01' });
const offer = shared(() => settlement.settlementOffers({ account: settlementAccount(), policy: settlementPolicy(), asOf: '2026-01-17' } as settlement.SettlementOffersInput).offers[0]);

const contact = () => ({
  checkedAt: '2026-03-10T12:00:00Z',
  attempt: { channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d1'] },
  consumer: { timeZones: ['America/New_York', 'America/Los_Angeles'], jurisdiction: 'US-NY' },
  debts: [{ id: 'd1' }],
  history: [
    { channel: 'call', at: '2026-03-09T15:00:00Z', outcome: 'noAnswer', debtIds: ['d1'] },
    { channel: 'letter', at: '2026-03-01T15:00:00Z', outcome: 'messageSent', debtIds: ['d1'] },
  ],
});
const contacts = () => ({
  checkedAt: '2026-03-10T12:00:00Z',
  accounts: [
    { id: 'a1', consumer: { timeZones: ['America/Chicago'] }, debts: [{ id: 'd1' }], history: [{ channel: 'call', at: '2026-03-09T15:00:00Z', outcome: 'noAnswer', debtIds: ['d1'] }] },
    { id: 'a2', consumer: { timeZones: ['America/New_York'] }, debts: [{ id: 'd2' }], history: [] },
  ],
  attempts: [
    { accountId: 'a1', channel: 'call', at: '2026-03-10T12:30:00Z', debtIds: ['d1'] },
    { accountId: 'a2', channel: 'call', at: '2026-03-10T15:00:00Z', debtIds: ['d2'] },
  ],
});
const furnishing = () => ({
  checkedAt: '2026-05-20T20:00:00Z',
  debtId: 'd1',
  timeZones: ['America/New_York'],
  history: [{ channel: 'letter', at: '2026-05-01T14:00:00Z', outcome: 'messageSent', debtIds: ['d1'] }],
});

const notice = () => ({
  debtCollector: { name: 'ABC Collections', mailingAddress: ['PO Box 1', 'Albany, NY 12201'] },
  consumer: { name: 'Pat Doe', mailingAddress: ['1 Main St', 'Troy, NY 12180'] },
  debt: { consumerFinancialProduct: false, currentCreditor: 'Main Street Dental', accountNumber: '****1234' },
  currency: 'USD',
  itemization: { dateKind: 'lastStatement', date: '2026-06-30', amount: '1000.00', interest: '25.00', fees: '10.00', paymentsCredits: '35.00', currentAmount: '1000.00' },
  delivery: { sentOn: '2026-11-02', method: 'mail' },
});
const reminderTextInput = () => ({
  kind: 'upcoming',
  channel: 'sms',
  sender: { kind: 'debtCollector', businessName: 'ABC, Inc.' },
  installment: { number: 2, installmentCount: 3, dueDate: '2027-02-05', dueAmount: '100.00', currency: 'USD' },
});
const shortSchedule = shared(() => plan.buildSchedule({ principal: '300.00', currency: 'USD', annualRate: '0', frequency: 'monthly', agreementDate: '2026-12-05', firstDueDate: '2027-01-05', installments: 3 }));
const describePlanInput = () => ({
  schedule: shortSchedule(),
  terms: { lateFee: { kind: 'none' }, onMissed: { action: 'planEnds', afterDays: 15, balanceDue: 'remaining' }, creditReporting: 'none', legalAction: 'none' },
});
const messageInput = () => ({
  channel: 'sms',
  text: 'Reminder: payment 2 of 3 ($100.00) is due Jan 5. This communication is from a debt collector. Reply STOP to opt out of texts to this number.',
  context: { sender: 'debtCollector', language: 'en', initialCommunication: false, recipient: 'consumer', jurisdictions: ['US'] },
});

const reminderPolicy = () => ({ offsetsDays: [-3, 0, 3], channels: ['sms', 'email', 'letter'], sendWindow: { start: '09:00', end: '20:00' }, horizonDays: 30, sender: { kind: 'debtCollector', businessName: 'ABC Recovery' } });
const reminderAccount = () => ({
  plan: { currency: 'USD', installments: [{ number: 1, dueDate: '2026-12-15', amount: '100.00' }, { number: 2, dueDate: '2027-01-15', amount: '100.00' }] },
  account: { currency: 'USD' },
  consumer: { timeZones: ['America/New_York'] },
  language: 'en',
  channels: [{ id: 'em1', medium: 'email', address: 'pat@example.com', addressKind: 'other', safeHarbor: { basis: 'consumerUsed' } }],
  debts: [{ id: 'd1' }],
  history: [{ channel: 'email', at: '2026-11-20T15:00:00Z', outcome: 'messageSent', debtIds: ['d1'] }],
});
const remindersInput = () => ({ asOf: '2026-12-01', at: '2026-12-01T15:00:00Z', ...reminderAccount(), policy: reminderPolicy() });
const remindersBatch = () => ({ asOf: '2026-12-01', at: '2026-12-01T15:00:00Z', policy: reminderPolicy(), accounts: [{ id: 'a1', ...reminderAccount() }, { id: 'a2', ...reminderAccount() }] });
const reminder = () => ({ medium: 'sms', sendAt: '2026-12-11T17:00:00.000Z', debtIds: ['d1'], addressKind: 'mobile' });

const escalationMachine = escalation.createEscalation();
const opened = () =>
  escalationMachine.initialState({
    currency: 'USD',
    openedOn: '2026-01-01',
    balance: '600.00',
    dues: [
      { dueDate: '2026-01-15', amount: '100.00' },
      { dueDate: '2026-02-15', amount: '100.00' },
    ],
    limitations: { jurisdiction: 'US-NY' },
  } as escalation.EscalationOpenInput);
const account = shared(() => escalationMachine.advance(opened(), '2026-02-20').account);
const event = () => ({ type: 'paymentReceived', date: '2026-02-21', amount: '50.00', paymentId: 'p1' });

const federal = calendar.usFederalCalendar();
const office = calendar.createCalendar({ name: 'Office', holidays: ['2026-12-24'], extends: federal });
const bigCalc = money.createMinorUnitCalculator('USD');
const intCalc = money.createSafeIntegerCalculator('USD');

const noop = (): void => undefined;
const contactPolicy = () => ({ callingWindow: { start: '10:00', end: '18:00' } });
const preparedInput = () => {
  const { attempt: _attempt, ...rest } = contact();
  return rest;
};

/** name -> factory of valid arguments, per module (functions of the module index). */
const VALID: Readonly<Record<string, Readonly<Record<string, () => unknown[]>>>> = {
  money: {
    getCurrency: () => ['USD'],
    safeGetCurrency: () => ['KWD'],
    isCurrencyCode: () => ['EUR'],
    listCurrencies: () => [],
    parseAmount: () => ['12.3', 'USD'],
    safeParseAmount: () => ['12.3', 'USD'],
    roundAmount: () => ['12.37', 'USD', { roundingIncrement: '0.05', roundingMode: 'halfEven' }],
    addAmounts: () => ['0.10', '0.20', 'USD'],
    subtractAmounts: () => ['100.00', '0.01', 'USD'],
    sumAmounts: () => [['333.33', '333.33', '333.34'], 'USD'],
    multiplyAmount: () => ['1000.00', '0.015', 'USD', 'halfEven'],
    compareAmounts: () => ['1.50', '1.5', 'USD'],
    minAmount: () => [['250.00', '99.5', '120'], 'USD'],
    maxAmount: () => [['-5.00', '0', '-0.01'], 'USD'],
    isZeroAmount: () => ['-0.00', 'USD'],
    isNegativeAmount: () => ['-0.01', 'USD'],
    allocate: () => ['1000.00', ['0.7', '0.2', '0.1'], 'USD', { remainder: 'last' }],
    allocateMinorUnits: () => [100n, [1n, 1n, 1n], { remainder: 'last' }],
    divideRounded: () => [7n, 2n, 'halfEven'],
    toMinorUnits: () => ['12.34', 'USD'],
    fromMinorUnits: () => [1230n, 'USD'],
    parseRatio: () => ['0.1299'],
    multiplyMinorUnits: () => [10_000n, { numerator: 15n, denominator: 1000n }, 'halfExpand'],
    createMinorUnitCalculator: () => ['USD'],
    createSafeIntegerCalculator: () => ['USD'],
    isArrearsError: () => [new errors.DomainRuleError('X_RULE', 'A rule.')],
    attempt: () => [() => money.parseAmount('1', 'USD')],
  },
  calendar: {
    compareDates: () => ['2026-01-31', '2026-02-01'],
    dayOfWeek: () => ['2026-01-01'],
    daysInMonth: () => ['2024-02-10'],
    fromDayNumber: () => [20454],
    isLeapYear: () => [2024],
    parseDate: () => ['2024-02-29'],
    safeParseDate: () => ['2024-02-29'],
    toDayNumber: () => ['2026-01-01'],
    addDays: () => ['2024-02-28', 1],
    daysBetween: () => ['2026-01-01', '2026-03-01'],
    addMonths: () => ['2025-02-28', 1, { anchorDay: 31 }],
    addYears: () => ['2024-02-29', 1],
    endOfMonth: () => ['2024-02-10'],
    isEndOfMonth: () => ['2025-02-28'],
    recurrence: () => [{ frequency: 'semiMonthly', start: '2026-01-15', semiMonthlyDays: [1, 15], count: 6 }],
    safeRecurrence: () => [{ frequency: 'semiAnnually', start: '2024-08-31', end: '2026-08-31' }],
    semiMonthlyDaysFor: () => ['2026-01-20'],
    createCalendar: () => [{ name: 'Office', holidays: ['2026-12-24'], extends: federal }],
    safeCreateCalendar: () => [{ name: 'Office', holidays: ['2026-12-24'], weekendDays: [6, 7] }],
    calendarFromSpec: () => [{ name: 'Office', extends: 'usFederal', usFederalDates: 'both', holidays: ['2026-12-24'] }],
    safeCalendarFromSpec: () => [{ extends: { holidays: ['2026-12-24'], extends: 'weekendsOnly' }, weekendDays: [5, 6] }],
    usFederalCalendar: () => [{ dates: 'both' }],
    usFederalHolidays: () => [2022],
    addBusinessDays: () => ['2026-11-06', 3, federal],
    adjustBusinessDay: () => ['2026-01-31', 'modifiedFollowing', office],
    businessDaysBetween: () => ['2026-11-02', '2026-12-31', office],
    isBusinessDay: () => ['2026-11-11', federal],
    dayCount: () => ['2026-01-31', '2026-03-01', 'thirty360'],
    yearFraction: () => ['2023-12-31', '2024-01-02', 'actualActual'],
    fromLocalDateTime: () => [{ date: '2026-11-01', time: '01:30', timeZone: 'America/New_York', disambiguation: 'later' }],
    safeFromLocalDateTime: () => [{ date: '2026-03-08', time: '02:30', timeZone: 'America/New_York' }],
    isValidTimeZone: () => ['America/Los_Angeles'],
    parseInstant: () => ['2026-03-10T08:30:00-04:00'],
    safeParseInstant: () => ['2026-03-10T08:30:00-04:00'],
    toLocalDate: () => ['2026-01-01T03:00:00Z', 'America/Chicago'],
    toLocalDateTime: () => ['2026-03-10T12:30:00Z', 'America/New_York'],
  },
  plan: {
    apr: () => [{ amountFinanced: '5000.00', advanceDate: '1978-01-10', currency: 'USD', payments: [{ amount: '230.00', count: 24, frequency: 'monthly', firstDueDate: '1978-02-10' }], disclosedAprRate: '0.0975' }],
    safeApr: () => [{ amountFinanced: '500.00', advanceDate: '1978-03-20', currency: 'USD', payments: [{ amount: '17.60', count: 30, frequency: 'weekly', firstDueDate: '1978-04-21' }] }],
    isAprWithinTolerance: () => [{ disclosedAprRate: '0.095', actualAprRate: '0.0969', irregular: true }],
    safeIsAprWithinTolerance: () => [{ disclosedAprRate: '3.91', actualAprRate: '3.9107', highApr: true }],
    buildSchedule: () => [{ ...scheduleTerms }],
    safeBuildSchedule: () => [{ ...scheduleTerms, method: 'equalPrincipal' }],
    createPlanState: () => [schedule()],
    safeCreatePlanState: () => [schedule()],
    applyPayment: () => [{ state: planState(), payment: { amount: '400.00', date: '2026-02-15', paymentId: 'ach-7' } }],
    safeApplyPayment: () => [{ state: planState(), payment: { amount: '400.00', date: '2026-02-15' }, waterfall: ['fees', 'interest', 'principal'] }],
    addCharges: () => [{ state: planState(), charges: [{ id: 'late-fee:1:1', installment: 1, amount: '15.00', currency: 'USD', date: '2026-02-26' }] }],
    safeAddCharges: () => [{ state: planState(), charges: [{ id: 'late-fee:1:1', installment: 1, amount: '15.00', currency: 'USD', date: '2026-02-26' }] }],
    reversePayment: () => [{ state: paidState(), paymentId: 'chk-1', reversedOn: '2026-02-20' }],
    safeReversePayment: () => [{ state: paidState(), paymentId: 'chk-1', reversedOn: '2026-02-20' }],
    planStatus: () => [{ plan: schedule(), payments: [{ amount: '100.00', date: '2026-02-15' }], asOf: '2026-04-20', rules: { maxMissedInstallments: 1, maxDaysPastDue: 30, graceDays: 5 } }],
    safePlanStatus: () => [{ plan: schedule(), payments: [{ amount: '100.00', date: '2026-02-15' }], asOf: '2026-04-20' }],
    reamortize: () => [{ state: planState(), asOf: '2026-03-01', strategy: 'recompute', installments: 6, firstDueDate: '2026-04-01' }],
    safeReamortize: () => [{ state: planState(), asOf: '2026-03-01', strategy: 'spread' }],
    validatePlanTerms: () => [{ terms: { ...scheduleTerms }, policy: { allowedFrequencies: ['monthly', 'biweekly'], maxInstallments: 24, maxDaysToFirstPayment: 30, minDownPaymentRate: '0.1', maxPaymentToIncomeRate: '0.2', requireIncome: false } }],
    safeValidatePlanTerms: () => [{ terms: { ...scheduleTerms }, policy: { maxInstallments: 24 } }],
  },
  fees: {
    getFeePreset: () => ['us-tx-rent-small'],
    safeGetFeePreset: () => ['us-ma-rent'],
    firstLateFeeDate: () => [{ dueDate: '2026-05-06', trigger: { graceDays: 10, extendToBusinessDay: true } }],
    safeFirstLateFeeDate: () => [{ dueDate: '2026-06-01', trigger: { graceDays: 3, dayType: 'business', calendar: 'weekendsOnly' } }],
    assessLateFees: () => [assessInput()],
    safeAssessLateFees: () => [assessInput()],
    lateFeeFor: () => [{ currency: 'USD', installment: { dueDate: '2026-06-01', amount: '2400.00' }, policy: { accountKind: 'residentialRent', trigger: { graceDays: 5 }, amount: { type: 'percent', rate: '0.1', of: 'installment' }, presets: ['us-ny-rent'] } }],
    safeLateFeeFor: () => [{ currency: 'USD', installment: { dueDate: '2026-06-01', amount: '2400.00' }, policy: { trigger: { graceDays: 5 }, amount: { type: 'flat', amount: '15.00' } }, paidOn: '2026-06-09' }],
    toPlanCharges: () => [assessment()],
    safeToPlanCharges: () => [assessment()],
  },
  settlement: {
    settlementOffers: () => [{ account: settlementAccount(), policy: settlementPolicy(), asOf: '2026-01-17' }],
    safeSettlementOffers: () => [{ account: settlementAccount(), policy: settlementPolicy(), asOf: '2026-01-17' }],
    evaluateCounterOffer: () => [{ counter: { amount: '700.00' }, account: settlementAccount(), policy: settlementPolicy(), asOf: '2026-01-15' }],
    safeEvaluateCounterOffer: () => [{ counter: { amount: '500.00' }, account: settlementAccount(), policy: settlementPolicy(), asOf: '2026-01-15' }],
    offersWithinBudget: () => [{ account: settlementAccount(), policy: { ...settlementPolicy(), settlementPlan: { maxInstallments: 6 }, fullBalancePlan: { maxInstallments: 12 } }, asOf: '2026-01-17', budget: { monthlyAmount: '150.00' } }],
    safeOffersWithinBudget: () => [{ account: settlementAccount(), policy: settlementPolicy(), asOf: '2026-01-17', budget: { monthlyAmount: '150.00' } }],
    describeOffer: () => [offer()],
    safeDescribeOffer: () => [offer()],
    validateSettlementTerms: () => [{ terms: { account: settlementAccount(), asOf: '2026-01-17', amount: '700.00', installments: 3, firstDueDate: '2026-02-16' }, policy: settlementPolicy() }],
    safeValidateSettlementTerms: () => [{ terms: { account: settlementAccount(), asOf: '2026-01-17', amount: '650.00' }, policy: settlementPolicy() }],
  },
  escalation: {
    createEscalation: () => [{ timers: { promiseGraceDays: 5 } }],
    safeCreateEscalation: () => [{ timers: { promiseGraceDays: 5 } }],
    getStatuteOfLimitations: () => ['US-NY'],
    safeGetStatuteOfLimitations: () => ['US-TX'],
  },
  compliance: {
    checkContact: () => [contact()],
    safeCheckContact: () => [contact()],
    earliestAllowedAt: () => [contact()],
    safeEarliestAllowedAt: () => [contact()],
    checkContacts: () => [contacts()],
    safeCheckContacts: () => [contacts()],
    checkEachContact: () => [contacts(), noop],
    safeCheckEachContact: () => [contacts(), noop],
    validationPeriod: () => [{ noticeSentAt: '2026-11-02T23:30:00Z', method: 'electronic', timeZone: 'America/Los_Angeles' }],
    safeValidationPeriod: () => [{ noticeDate: '2026-07-02', method: 'mail', holidayDates: 'both' }],
    checkFurnishing: () => [furnishing()],
    safeCheckFurnishing: () => [furnishing()],
    prepareContactAccount: () => [preparedInput()],
    safePrepareContactAccount: () => [preparedInput()],
    prepareContactPolicy: () => [contactPolicy()],
    safePrepareContactPolicy: () => [contactPolicy()],
    getContactRule: () => ['REGF-7IN7'],
    safeGetContactRule: () => ['REGF-TIME'],
    getJurisdiction: () => ['US-MA'],
    safeGetJurisdiction: () => ['US-NY-NYC'],
  },
  messages: {
    checkMessage: () => [messageInput()],
    safeCheckMessage: () => [messageInput()],
    formatMessageAmount: () => ['1250', 'USD', 'en'],
    formatMessageDate: () => ['2027-01-05', 'es'],
    messageLocale: () => ['es'],
    reminderText: () => [reminderTextInput()],
    safeReminderText: () => [reminderTextInput()],
    describePlan: () => [describePlanInput()],
    safeDescribePlan: () => [describePlanInput()],
    validationNotice: () => [notice()],
    safeValidationNotice: () => [notice()],
    validationNoticeText: () => [notice()],
    safeValidationNoticeText: () => [notice()],
    validationNoticeHtml: () => [notice()],
    safeValidationNoticeHtml: () => [notice()],
  },
  reminders: {
    planReminders: () => [remindersInput()],
    safePlanReminders: () => [remindersInput()],
    planRemindersBatch: () => [remindersBatch()],
    safePlanRemindersBatch: () => [remindersBatch()],
    planEachReminders: () => [remindersBatch(), noop],
    safePlanEachReminders: () => [remindersBatch(), noop],
    toHistoryEntry: () => [reminder()],
    safeToHistoryEntry: () => [reminder()],
    toReminderPlan: () => [{ planState: paidState(), id: 'P1' }],
    safeToReminderPlan: () => [{ schedule: schedule() }],
  },
  errors: {},
};

/** The shared ones, valid in every module that re-exports them. */
const SHARED: Readonly<Record<string, () => unknown[]>> = { isArrearsError: VALID.money!.isArrearsError!, attempt: VALID.money!.attempt! };

/** Methods of public objects: `[name, object, method, valid arguments]`. */
function methodCases(): JunkCase[] {
  const out: JunkCase[] = [];
  const add = (module: string, name: string, target: object, method: string, args: () => unknown[]): void => {
    const fn = (target as Record<string, unknown>)[method];
    if (typeof fn !== 'function') throw new Error(`${name} has no method ${method}`);
    out.push({ name: `${module}.${name}.${method}`, module, call: (...a) => (fn as AnyFunction).apply(target, a as never[]), args });
  };
  for (const [name, cal] of [['usFederalCalendar()', federal], ['createCalendar()', office], ['weekendsOnlyCalendar', calendar.weekendsOnlyCalendar]] as const) {
    add('calendar', name, cal, 'isHoliday', () => ['2026-12-24']);
  }
  for (const [name, calc, one] of [['createMinorUnitCalculator()', bigCalc, 150n], ['createSafeIntegerCalculator()', intCalc, 150]] as const) {
    add('money', name, calc, 'fromAmount', () => ['10.50']);
    add('money', name, calc, 'toAmount', () => [one]);
    add('money', name, calc, 'add', () => [one, one]);
    add('money', name, calc, 'subtract', () => [one, one]);
    add('money', name, calc, 'compare', () => [one, one]);
    add('money', name, calc, 'multiply', () => [one, { numerator: 3n, denominator: 7n }, 'halfEven']);
    add('money', name, calc, 'mulDiv', () => [one, 3n, 7n, 'floor']);
    add('money', name, calc, 'allocate', () => [one, [1n, 2n, 3n], { remainder: 'last' }]);
  }
  const m = 'createEscalation()';
  const esc = escalationMachine;
  const open = (): unknown[] => [
    { currency: 'USD', openedOn: '2026-01-01', balance: '600.00', dues: [{ dueDate: '2026-01-15', amount: '100.00' }, { dueDate: '2026-02-15', amount: '100.00' }], limitations: { jurisdiction: 'US-NY' } },
  ];
  add('escalation', m, esc, 'initialState', open);
  add('escalation', m, esc, 'safeInitialState', open);
  for (const method of ['transition', 'safeTransition', 'can', 'safeCan']) add('escalation', m, esc, method, () => [account(), event()]);
  for (const method of ['advance', 'safeAdvance', 'countDaysPastDue', 'safeCountDaysPastDue', 'explain', 'safeExplain']) add('escalation', m, esc, method, () => [account(), '2026-04-01']);
  for (const method of ['allowedEvents', 'safeAllowedEvents', 'replay', 'safeReplay']) add('escalation', m, esc, method, () => [account()]);
  add('escalation', m, esc, 'toMermaid', () => []);
  const prepared = compliance.prepareContactAccount(preparedInput() as compliance.PrepareContactAccountInput);
  const p = 'prepareContactAccount()';
  add('compliance', p, prepared, 'check', () => [contact().attempt]);
  // `record` changes the account it is called on (by design: a session object); each call gets
  // a fresh account, so what junk it records cannot leak into the other methods' results.
  out.push({
    name: `compliance.${p}.record`,
    module: 'compliance',
    call: (...a) => compliance.prepareContactAccount(preparedInput() as compliance.PrepareContactAccountInput).record(...(a as [compliance.ContactHistoryEntryInput])),
    args: () => [contact().history[0]],
  });
  add('compliance', p, prepared, 'withPolicy', () => [contactPolicy()]);
  return out;
}

/** Every exported function of every module index, and every public method, with valid arguments. */
export function junkCases(): JunkCase[] {
  const out: JunkCase[] = [];
  for (const [module, exports] of Object.entries(MODULES)) {
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value !== 'function' || /^[A-Z]/.test(name)) continue;
      // The shared error helpers are checked once, under errors.
      if (module !== 'errors' && (name === 'isArrearsError' || name === 'attempt')) continue;
      const args = VALID[module]?.[name] ?? SHARED[name];
      if (args === undefined) throw new Error(`No valid example for ${module}.${name}: add one to test/support/junk/catalogue.ts`);
      out.push({ name: `${module}.${name}`, module, call: value as (...a: unknown[]) => unknown, args });
    }
  }
  return [...out, ...methodCases()];
}
