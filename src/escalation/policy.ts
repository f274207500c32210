import { ValidationError } from '../errors/index.js';
import type { ArrearsIssue } from '../errors/index.js';
import { parseInput } from '../internal/parse.js';
import { EscalationErrorCodes } from './codes.js';
import { DEFAULT_ESCALATION_POLICY } from './default-policy.js';
import { HOLD_DEFAULTS } from './holds.js';
import { EscalationPolicySchema } from './schemas.js';
import { BUILT_IN_STATES, HOLD_KINDS, TERMINAL_SET } from './states.js';
import type { EscalationPolicyInput, HoldFreezes, HoldKind } from './types.js';
import type * as z from 'zod/mini';

type ParsedPolicy = z.output<typeof EscalationPolicySchema>;
type ActionTemplate = NonNullable<ParsedPolicy['chargeOff']>['actions'] extends (infer A)[] | undefined ? A : never;

/** A ladder rung: `current` (index 0), each stage, then `chargedOff` when automatic. */
export interface Rung {
  readonly id: string;
  readonly minDays: number;
  readonly minPastDue: string | null;
  readonly minUnpaid: number;
  readonly actions: readonly ActionTemplate[];
  readonly description: string | null;
}

/** A policy after validation, with lookups the engine needs. Internal. */
export interface CompiledPolicy {
  readonly json: EscalationPolicyInput;
  readonly ladder: readonly Rung[];
  readonly ladderIndex: ReadonlyMap<string, number>;
  readonly chargeOffDays: number | null;
  readonly chargeOffActions: readonly ActionTemplate[];
  readonly timers: { promiseGraceDays: number; planGraceDays: number; maxMissedPlanInstallments: number; settlementGraceDays: number; reportingWaitDays: number };
  readonly freezes: Readonly<Record<HoldKind, HoldFreezes>>;
  readonly suspendOnArrangement: boolean;
  readonly requirePriorCommunication: boolean;
  readonly limitations: Readonly<Record<string, { writtenContract?: number | undefined; openAccount?: number | undefined }>>;
  readonly legalReferralFrom: ReadonlySet<string>;
  readonly placementFrom: ReadonlySet<string>;
  readonly customStates: ReadonlyMap<string, { terminal: boolean; description: string | null; freezes: HoldFreezes | null }>;
  /** Custom transitions by event name; `to: null` returns to the ladder stage the days justify. */
  readonly customTransitions: ReadonlyMap<string, ReadonlyArray<{ from: ReadonlySet<string>; to: string | null; actions: readonly ActionTemplate[]; description: string | null }>>;
  /** Every day threshold of the ladder and charge-off, increasing (for the ladder in a custom state). */
  readonly thresholds: readonly number[];
  readonly guards: NonNullable<ParsedPolicy['guards']>;
  readonly states: ReadonlySet<string>;
  readonly terminal: ReadonlySet<string>;
}

function fail(code: string, path: Array<string | number>, message: string): never {
  const issue: ArrearsIssue = { code, path, message: `"${path.join('.')}": ${message}` };
  throw new ValidationError([issue]);
}

/**
 * Validates a policy and merges it over the default. Throws a ValidationError for a malformed
 * policy, thresholds out of order, unknown or duplicated state names, or unreachable states.
 */
export function compilePolicy(input: unknown): CompiledPolicy {
  const given = parseInput(EscalationPolicySchema, input === undefined ? {} : input, ['policy']);
  const d = parseInput(EscalationPolicySchema, DEFAULT_ESCALATION_POLICY);
  const stages = given.stages ?? d.stages ?? [];
  const chargeOffDays = given.chargeOff?.daysPastDue !== undefined ? given.chargeOff.daysPastDue : (d.chargeOff?.daysPastDue ?? null);
  const chargeOffActions = given.chargeOff?.actions ?? d.chargeOff?.actions ?? [];
  const timers = { ...(d.timers as CompiledPolicy['timers']), ...stripUndefined(given.timers ?? {}) } as CompiledPolicy['timers'];

  const names = new Set<string>(BUILT_IN_STATES);
  stages.forEach((stage, i) => {
    if (names.has(stage.id)) fail(EscalationErrorCodes.ESCALATION_POLICY_UNKNOWN_STATE, ['policy', 'stages', i, 'id'], `the state name "${stage.id}" is used twice or is a built-in state.`);
    names.add(stage.id);
    const previous = stages[i - 1];
    if (previous !== undefined && stage.minDaysPastDue <= previous.minDaysPastDue) {
      fail(
        EscalationErrorCodes.ESCALATION_POLICY_THRESHOLDS_OUT_OF_ORDER,
        ['policy', 'stages', i, 'minDaysPastDue'],
        `stage "${stage.id}" starts at ${stage.minDaysPastDue} days past due, not after "${previous.id}" (${previous.minDaysPastDue}); thresholds must be strictly increasing.`,
      );
    }
    if (chargeOffDays !== null && stage.minDaysPastDue >= chargeOffDays) {
      fail(
        EscalationErrorCodes.ESCALATION_POLICY_UNREACHABLE_STATE,
        ['policy', 'stages', i, 'minDaysPastDue'],
        `stage "${stage.id}" starts at ${stage.minDaysPastDue} days past due, but the account is charged off at ${chargeOffDays}: the stage can never be entered.`,
      );
    }
  });

  const ladder: Rung[] = [{ id: 'current', minDays: 0, minPastDue: null, minUnpaid: 0, actions: [], description: 'Nothing is past due.' }];
  for (const s of stages) {
    ladder.push({ id: s.id, minDays: s.minDaysPastDue, minPastDue: s.minPastDue ?? null, minUnpaid: s.minUnpaidInstallments ?? 0, actions: s.actions ?? [], description: s.description ?? null });
  }
  const ladderIndex = new Map(ladder.map((r, i) => [r.id, i]));

  const customStates = new Map<string, { terminal: boolean; description: string | null; freezes: HoldFreezes | null }>();
  const none: HoldFreezes = { clock: false, contact: false, fees: false, offers: false, escalation: false, legal: false, reporting: false };
  (given.states ?? []).forEach((state, i) => {
    if (names.has(state.id)) fail(EscalationErrorCodes.ESCALATION_POLICY_UNKNOWN_STATE, ['policy', 'states', i, 'id'], `the state name "${state.id}" is used twice or is a built-in state.`);
    names.add(state.id);
    const f = state.freezes === undefined ? {} : stripUndefined(state.freezes);
    const freezes = Object.values(f).some((v) => v) ? { ...none, ...f } : null;
    if (state.terminal === true && state.freezes !== undefined) fail(EscalationErrorCodes.ESCALATION_POLICY_UNKNOWN_STATE, ['policy', 'states', i, 'freezes'], 'a terminal state freezes everything already; "freezes" has no effect there.');
    customStates.set(state.id, { terminal: state.terminal ?? false, description: state.description ?? null, freezes });
  });
  const terminal = new Set<string>(TERMINAL_SET);
  for (const [id, s] of customStates) if (s.terminal) terminal.add(id);

  const customTransitions = new Map<string, Array<{ from: ReadonlySet<string>; to: string | null; actions: readonly ActionTemplate[]; description: string | null }>>();
  const transitions = given.transitions ?? [];
  transitions.forEach((t, i) => {
    if ((t.to === undefined) === (t.returnToLadder === undefined)) {
      fail(EscalationErrorCodes.ESCALATION_POLICY_UNKNOWN_STATE, ['policy', 'transitions', i, 'to'], 'give exactly one of "to" (a state) and "returnToLadder: true".');
    }
    t.from.forEach((from, j) => {
      if (!names.has(from)) fail(EscalationErrorCodes.ESCALATION_POLICY_UNKNOWN_STATE, ['policy', 'transitions', i, 'from', j], `"${from}" is not a state of this policy.`);
      if (terminal.has(from)) fail(EscalationErrorCodes.ESCALATION_POLICY_UNKNOWN_STATE, ['policy', 'transitions', i, 'from', j], `"${from}" is terminal: terminal states are absorbing.`);
    });
    if (t.to !== undefined && !names.has(t.to)) fail(EscalationErrorCodes.ESCALATION_POLICY_UNKNOWN_STATE, ['policy', 'transitions', i, 'to'], `"${t.to}" is not a state of this policy.`);
    const list = customTransitions.get(t.event) ?? [];
    list.push({ from: new Set(t.from), to: t.to ?? null, actions: t.actions ?? [], description: t.description ?? null });
    customTransitions.set(t.event, list);
  });

  // Reachability of custom states: built-in and ladder states are reachable; a custom state is
  // reachable when some transition leads to it from a reachable, non-terminal state.
  const reachable = new Set<string>(names);
  for (const id of customStates.keys()) reachable.delete(id);
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of transitions) {
      if (t.to !== undefined && !reachable.has(t.to) && t.from.some((f) => reachable.has(f))) {
        reachable.add(t.to);
        changed = true;
      }
    }
  }
  (given.states ?? []).forEach((state, i) => {
    if (!reachable.has(state.id)) {
      fail(EscalationErrorCodes.ESCALATION_POLICY_UNREACHABLE_STATE, ['policy', 'states', i, 'id'], `no transition leads to "${state.id}" from a reachable state: it can never be entered.`);
    }
  });

  const legalReferralFrom = given.legalReferralFrom ?? d.legalReferralFrom ?? [];
  const placementFrom = given.placementFrom ?? d.placementFrom ?? [];
  const checkNames = (list: readonly string[], key: string): Set<string> => {
    // Default lists name default stages; entries a custom ladder does not have are dropped.
    const out = new Set<string>();
    list.forEach((name, i) => {
      if (names.has(name)) out.add(name);
      else if (given[key as 'legalReferralFrom'] !== undefined) fail(EscalationErrorCodes.ESCALATION_POLICY_UNKNOWN_STATE, ['policy', key, i], `"${name}" is not a state of this policy.`);
    });
    return out;
  };

  const freezes = {} as Record<HoldKind, HoldFreezes>;
  for (const kind of HOLD_KINDS) freezes[kind] = { ...HOLD_DEFAULTS[kind].freezes, ...stripUndefined(given.holds?.[kind] ?? {}) };

  const json: EscalationPolicyInput = {
    id: given.id ?? (Object.keys(given).length === 0 ? (d.id as string) : 'custom'),
    stages,
    chargeOff: { daysPastDue: chargeOffDays, actions: chargeOffActions },
    timers,
    holds: freezes,
    arrangementsSuspendEscalation: given.arrangementsSuspendEscalation ?? true,
    requirePriorCommunicationForReporting: given.requirePriorCommunicationForReporting ?? true,
    limitations: given.limitations ?? {},
    legalReferralFrom: [...checkNames(legalReferralFrom, 'legalReferralFrom')],
    placementFrom: [...checkNames(placementFrom, 'placementFrom')],
    states: given.states ?? [],
    transitions,
    guards: given.guards ?? [],
  };

  return {
    json,
    ladder,
    ladderIndex,
    chargeOffDays,
    chargeOffActions,
    timers,
    freezes,
    suspendOnArrangement: json.arrangementsSuspendEscalation ?? true,
    requirePriorCommunication: json.requirePriorCommunicationForReporting ?? true,
    limitations: json.limitations ?? {},
    legalReferralFrom: new Set(json.legalReferralFrom),
    placementFrom: new Set(json.placementFrom),
    customStates,
    customTransitions,
    thresholds: [...ladder.slice(1).map((r) => r.minDays), ...(chargeOffDays === null ? [] : [chargeOffDays])],
    guards: json.guards as NonNullable<ParsedPolicy['guards']>,
    states: names,
    terminal,
  };
}

function stripUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as { [K in keyof T]: Exclude<T[K], undefined> };
}
