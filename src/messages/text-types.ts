import type * as z from 'zod/mini';
import type { DeepReadonly } from '../internal/readonly.js';
import type { PlanSchedule, PlanState, PlanStateSchema } from '../plan/index.js';
import type { PlanScheduleSchema } from '../plan/schemas.js';
import type { DescribePlanInputSchema } from './plan-terms-schemas.js';
import type { ReminderTextInputSchema } from './reminder-schemas.js';
import type { ValidationNoticeInputSchema } from './validation-notice-schemas.js';
import type { MessageChannel, MessageLanguage } from './types.js';

/** What {@link reminderText} accepts; see {@link ReminderTextInputSchema}. */
export type ReminderTextInput = DeepReadonly<z.input<typeof ReminderTextInputSchema>>;

/** The input of {@link reminderText} after parsing (defaults filled in). */
export type ReminderTextOptions = z.output<typeof ReminderTextInputSchema>;

/**
 * One sentence (or a few that belong together) of a written message, with the input fields it
 * was written from, as paths from the input's root joined with dots (`installment.amount`).
 * Every line has at least one source field: nothing is said that the input did not declare.
 */
export interface MessageLine {
  /** The words. */
  readonly text: string;
  /** The input fields the words came from. */
  readonly sourceFields: readonly string[];
  /** The rule id this line satisfies, for a required disclosure (`REGF-DISCLOSE-SUBSEQUENT`, `REGF-OPTOUT-NOTICE`, ...). */
  readonly requiredBy?: string;
}

/** The result of {@link reminderText}. */
export interface ReminderText {
  /** The whole message: the lines joined by a space (sms, voicemail) or a blank line (email, letter). */
  readonly text: string;
  /** The subject line, for an email. */
  readonly subject?: string;
  /** The lines, in order, each with its source fields. */
  readonly lines: readonly MessageLine[];
  /** The channel written for. */
  readonly channel: MessageChannel;
  /** The language written in. */
  readonly language: MessageLanguage;
  /**
   * `limitedContent` for a voicemail written as a limited-content message (12 CFR 1006.2(j)),
   * which is an attempt to communicate but not a communication; `communication` otherwise.
   */
  readonly classification: 'communication' | 'limitedContent';
  /** The rule ids whose required content the text carries, in order. */
  readonly requiredContent: readonly string[];
}

/**
 * What {@link describePlan} accepts; see {@link DescribePlanInputSchema}. `schedule` takes the
 * result of `buildSchedule` as it is, `planState` a `PlanState` as it is.
 */
export type DescribePlanInput = DeepReadonly<Omit<z.input<typeof DescribePlanInputSchema>, 'schedule' | 'planState'>> & {
  /** The plan as built by `buildSchedule`. */
  readonly schedule?: PlanSchedule | z.input<typeof PlanScheduleSchema> | undefined;
  /** The plan as kept by `createPlanState` / `applyPayment`. */
  readonly planState?: PlanState | z.input<typeof PlanStateSchema> | undefined;
};

/** The input of {@link describePlan} after parsing (defaults filled in). */
export type DescribePlanOptions = z.output<typeof DescribePlanInputSchema>;

/** The result of {@link describePlan}. */
export interface PlanDescription {
  /** The lines joined by newlines. */
  readonly text: string;
  /** The sentences, in order, each with its source fields. */
  readonly lines: readonly MessageLine[];
  /** The language written in. */
  readonly language: MessageLanguage;
  /** The plan's currency. */
  readonly currency: string;
  /** The sum of the payments stated, exact, in the currency's minor digits. */
  readonly total: string;
}

/** What {@link validationNotice} accepts; see {@link ValidationNoticeInputSchema}. */
export type ValidationNoticeInput = DeepReadonly<z.input<typeof ValidationNoticeInputSchema>>;

/** The input of {@link validationNotice} after parsing (defaults filled in). */
export type ValidationNoticeOptions = z.output<typeof ValidationNoticeInputSchema>;

/** One field of a validation notice: the paragraph's content as data and as printed lines. */
export interface ValidationNoticeField {
  /** The paragraph, `12 CFR 1006.34(c)(2)(vi)`. */
  readonly citation: string;
  /** A stable name for the field (`itemizationDate`, `currentAmount` ...). */
  readonly label: string;
  /** The value: a string (amounts exact, dates `YYYY-MM-DD`), lines, or named parts. */
  readonly value: string | readonly string[] | Readonly<Record<string, string>>;
  /** The lines a notice prints for it, in the notice's language. */
  readonly text: readonly string[];
}

/** The result of {@link validationNotice}. */
export interface ValidationNotice {
  /** The language written in. */
  readonly language: MessageLanguage;
  /** The currency of every amount. */
  readonly currency: string;
  /** The validation period, from `validationPeriod` of `arrears/compliance`. */
  readonly validationPeriod: {
    /** The date the notice is provided. */
    readonly providedOn: string;
    /** How it is provided. */
    readonly method: string;
    /** Assumed receipt: five days later, not counting weekends and federal holidays. */
    readonly assumedReceiptOn: string;
    /** The last day of the validation period. */
    readonly endsOn: string;
  };
  /** The fields, keyed by paragraph (`'1006.34(c)(2)(vi)'`), in the order of Model Form B-1's content. */
  readonly fields: Readonly<Record<string, ValidationNoticeField>>;
}
