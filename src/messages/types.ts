import type * as z from 'zod/mini';
import type { Finding, Severity, TextSpan } from '../errors/index.js';
import type { DeepReadonly } from '../internal/readonly.js';
import type {
  CheckMessageInputSchema,
  MessageActionSchema,
  MessageChannelSchema,
  MessageContextSchema,
  MessageCustomRuleSchema,
  MessageDebtSchema,
  MessageLanguageSchema,
  MessageOfferSchema,
  MessagePhraseSchema,
  MessagePolicySchema,
  MessageRecipientSchema,
  MessageRuleSettingSchema,
  MessageSenderSchema,
} from './schemas.js';

/** Where a message goes; see {@link MessageChannelSchema}. */
export type MessageChannel = z.output<typeof MessageChannelSchema>;

/** The language a message is written in; see {@link MessageLanguageSchema}. */
export type MessageLanguage = z.output<typeof MessageLanguageSchema>;

/** Who sends a message; see {@link MessageSenderSchema}. */
export type MessageSender = z.output<typeof MessageSenderSchema>;

/** Who a message is for; see {@link MessageRecipientSchema}. */
export type MessageRecipient = z.output<typeof MessageRecipientSchema>;

/** An action a message may speak of; see {@link MessageActionSchema}. */
export type MessageAction = z.output<typeof MessageActionSchema>;

/** The debt facts, as given; see {@link MessageDebtSchema}. */
export type MessageDebtInput = DeepReadonly<z.input<typeof MessageDebtSchema>>;

/** An offer's facts, as given; see {@link MessageOfferSchema}. */
export type MessageOfferInput = DeepReadonly<z.input<typeof MessageOfferSchema>>;

/** The declared context, as given; see {@link MessageContextSchema}. */
export type MessageContextInput = DeepReadonly<z.input<typeof MessageContextSchema>>;

/** The declared context after parsing. */
export type ParsedMessageContext = z.output<typeof MessageContextSchema>;

/** One rule setting of a policy; see {@link MessageRuleSettingSchema}. */
export type MessageRuleSettingInput = DeepReadonly<z.input<typeof MessageRuleSettingSchema>>;

/** A phrase a policy adds; see {@link MessagePhraseSchema}. */
export type MessagePhraseInput = DeepReadonly<z.input<typeof MessagePhraseSchema>>;

/** A rule a policy adds; see {@link MessageCustomRuleSchema}. */
export type MessageCustomRuleInput = DeepReadonly<z.input<typeof MessageCustomRuleSchema>>;

/** A policy, as given; see {@link MessagePolicySchema}. */
export type MessagePolicyInput = DeepReadonly<z.input<typeof MessagePolicySchema>>;

/** The input of {@link checkMessage}, as given; see {@link CheckMessageInputSchema}. */
export type CheckMessageInput = DeepReadonly<z.input<typeof CheckMessageInputSchema>>;

/** The input of {@link checkMessage} after parsing. */
export type ParsedCheckMessageInput = z.output<typeof CheckMessageInputSchema>;

/**
 * What a message is under Regulation F: a `limitedContent` message (a voicemail with only the
 * content 12 CFR 1006.2(j) allows: an attempt to communicate, not a communication), an
 * `incompleteLimitedContent` one (only allowed content, but some required item is missing: not
 * a limited-content message, and not necessarily a communication), or a `communication`.
 */
export type MessageClassificationKind = 'limitedContent' | 'incompleteLimitedContent' | 'communication';

/** An item a limited-content message must contain (12 CFR 1006.2(j)(1)). */
export type LimitedContentItem = 'businessName' | 'replyRequest' | 'personName' | 'telephoneNumber';

/**
 * The classification of a message, with the reason in a sentence.
 */
export interface MessageClassification {
  /** What the message is. */
  readonly kind: MessageClassificationKind;
  /** Why, in a sentence. */
  readonly reason: string;
  /** For a voicemail: the required limited-content items it lacks (empty otherwise). */
  readonly missingItems: readonly LimitedContentItem[];
  /** For a voicemail: the stretches of text outside the content 1006.2(j) allows. */
  readonly extraContent: readonly TextSpan[];
}

/**
 * The details of a {@link MessageFinding}: `match`, the words its span covers (absent without
 * a span), and whatever facts the rule adds.
 */
export interface MessageFindingDetails {
  /** The matched words (`text.slice(span.start, span.end)`); absent when the finding has no span. */
  readonly match?: string;
  /** Facts the rule adds. */
  readonly [key: string]: unknown;
}

/**
 * A finding of {@link checkMessage}: the shared {@link arrears!Finding} with the rule id as
 * `code`, its `citation` (absent only for a custom rule without one), a `span` in the original
 * text (or `null` for something missing), `path` naming the field the span indexes (`['text']`
 * or `['subject']`), and `details.match`, the words the span covers.
 */
export interface MessageFinding extends Finding {
  /** Where in `path`'s text; `null` for something missing. */
  readonly span: TextSpan | null;
  /** The matched words, and the rule's own facts. */
  readonly details?: MessageFindingDetails;
}

/** How an SMS is encoded and how many segments it takes (3GPP TS 23.038). */
export interface SmsMeta {
  /** `GSM-7` when every character is in the GSM 7-bit alphabet (or its extension), else `UCS-2`. */
  readonly encoding: 'GSM-7' | 'UCS-2';
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) the text takes. */
  readonly units: number;
  /** Segments: one up to 160 septets or 70 units, else 153 or 67 per segment. */
  readonly segments: number;
}

/** A rule the policy switched off or capped, with the reason the policy gave. */
export interface LoosenedRule {
  /** The rule id. */
  readonly id: string;
  /** `off`, or the severity cap. */
  readonly change: 'off' | Severity;
  /** The policy's reason. */
  readonly reason: string;
}

/**
 * What {@link checkMessage} returns.
 */
export interface CheckMessageResult {
  /** `false` if and only if a finding is a `violation`. */
  readonly ok: boolean;
  /** What the message is (limited-content voicemail or communication), and why. */
  readonly classification: MessageClassification;
  /** The findings, sorted: subject before text, then by span start (nulls last), then by code. */
  readonly findings: readonly MessageFinding[];
  /** The lexicon version (`1.0.0`, or `1.0.0+policy.<hash>` when a policy adds phrases). */
  readonly lexiconVersion: string;
  /** The ids of the rules that ran, in catalogue order. */
  readonly rulesChecked: readonly string[];
  /** The rules the policy loosened, with its reasons. */
  readonly loosened: readonly LoosenedRule[];
  /** For an SMS: encoding and segments; `null` for other channels. */
  readonly sms: SmsMeta | null;
}

/**
 * A rule of the catalogue, as data: what a compliance team prints. Every field but `id` is
 * documentation except `binds`, `jurisdiction`, `channels`, the effective dates and
 * `enabledByDefault`, which decide when the rule runs.
 */
export interface MessageRuleMeta {
  /** The rule id (`REGF-OPTOUT-NOTICE`, `US-MA-...`); findings carry it as `code`. */
  readonly id: string;
  /** The law it applies. */
  readonly citation: string;
  /** A short title. */
  readonly title: string;
  /** What it checks, in a few sentences. */
  readonly description: string;
  /** The senders it binds. */
  readonly binds: readonly MessageSender[];
  /** Where it applies: `US` (federal) or a state or city code. */
  readonly jurisdiction: string;
  /** The channels it looks at. */
  readonly channels: readonly MessageChannel[];
  /**
   * The days the rule is in force, both included: `start` (`YYYY-MM-DD`), and `end`, absent
   * while it is in force.
   */
  readonly effective: {
    /** The first day in force (a calendar date). */
    readonly start: string;
    /** The last day in force, included; absent while the rule is in force. */
    readonly end?: string;
  };
  /** The severity of its findings when the declared facts settle the question. */
  readonly defaultSeverity: Severity;
  /** `false` for a rule that runs only when a policy enables it (carrier practice, not law). */
  readonly enabledByDefault: boolean;
  /** The lexicon families it reads. */
  readonly families: readonly string[];
}
