/**
 * Escalation for arrears: a typed, serializable state machine for an account's life in
 * collections. Stages come from effective days past due (the clock stops under holds that
 * freeze it); holds (dispute, bankruptcy, cease communication, attorney, deceased,
 * servicemember, hardship, fraud, manual, exempt) are a set beside the stage; arrangements
 * (promise to pay, payment plan, settlement, hardship) sit beside it too. Every transition
 * returns the new plain-JSON account, the actions to perform (pure data) and an append-only
 * audit entry; a refused event is a value with reason codes and citations.
 *
 * - {@link createEscalation}: the machine, with `initialState`, `transition`, `advance`,
 *   `allowedEvents`, `can`, `explain`, `replay` and `toMermaid`.
 * - {@link DEFAULT_ESCALATION_POLICY}: the default consumer process; {@link EscalationPolicySchema}.
 * - {@link STATUTES_OF_LIMITATIONS}: the limitation periods by state, with citations.
 *
 * @module arrears/escalation
 */
export * from '../errors/index.js';
export { EscalationErrorCodes, EscalationReasonCodes } from './codes.js';
export type { EscalationErrorCode, EscalationReasonCode } from './codes.js';
export {
  ActionTemplateSchema,
  CustomStateSchema,
  CreateEscalationInputSchema,
  CustomTransitionSchema,
  EscalationAccountSchema,
  EscalationEventSchema,
  EscalationOpenSchema,
  EscalationPolicySchema,
  HoldFreezesSchema,
  HoldKindSchema,
  PolicyGuardSchema,
  StageSchema,
} from './schemas.js';
export type {
  ActionAddressee,
  ActionCategory,
  Arrangement,
  AuditEntry,
  CommunicationFact,
  CommunicationState,
  Due,
  EscalationAccepted,
  EscalationAdvanced,
  EscalationDayCount,
  EscalationAccount,
  EscalationAction,
  EscalationEvent,
  EscalationEventInput,
  EscalationEventType,
  EscalationExplanation,
  EscalationMachine,
  EscalationOpenInput,
  EscalationPolicyInput,
  EscalationRefused,
  EscalationResult,
  ExplanationStep,
  HardshipArrangement,
  Hold,
  HoldFreezes,
  HoldKind,
  LimitationsState,
  PlanArrangement,
  PromiseArrangement,
  SettlementArrangement,
  StatuteOfLimitations,
  SuppressedAction,
} from './types.js';
export { DEFAULT_ESCALATION_POLICY } from './default-policy.js';
export { STATUTES_OF_LIMITATIONS } from './limitations.js';
export { getStatuteOfLimitations, safeGetStatuteOfLimitations } from './limitations-years.js';
export { createEscalation, safeCreateEscalation } from './machine.js';
