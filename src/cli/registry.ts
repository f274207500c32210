import type { ErrorPath } from '../errors/index.js';
import type { CliIo, Output } from './io.js';

/**
 * Exit codes: 0 all good, 1 a well-formed input breaks a rule or policy, 2 an input is
 * malformed or unreadable, 64 the command line is wrong (EX_USAGE of BSD's sysexits.h), so a
 * CI script tells a broken invocation from broken documents.
 */
export const ExitCode = { OK: 0, VIOLATION: 1, MALFORMED: 2, USAGE: 64 } as const;
/** One of {@link ExitCode}'s values. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** An option of a command, as `node:util` parseArgs takes it, plus what help shows. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  /** The placeholder help shows for a string value: `--policy <file>`. */
  readonly valueName?: string;
  readonly description: string;
  /** The allowed values of a string option; anything else is a usage error. */
  readonly choices?: readonly string[];
  readonly default?: string;
}

/** What replaced a former option name: the new option, and what else changed with it. */
export interface RenamedOption {
  /** The option that replaced it, without `--`. */
  readonly now: string;
  /** What changed besides the name, as a clause ("it takes a decimal fraction, not a percent"). */
  readonly note?: string;
}

/** Parsed option values, keyed by option name. */
export type OptionValues = Readonly<Record<string, string | boolean | string[] | undefined>>;

/** What a command's `run` receives. */
export interface CommandContext {
  readonly io: CliIo;
  /** Buffered, back-pressure-aware stdout. */
  readonly out: Output;
  /** Buffered stderr. */
  readonly err: Output;
  readonly values: OptionValues;
  readonly positionals: readonly string[];
  /** Every registered module, for commands that look things up by name. */
  readonly modules: readonly CliModule[];
}

/** One `arrears <name>` command. Help is generated from these fields. */
export interface CliCommand {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Usage lines without the leading `arrears `: `validate <files...> --policy <file>`. */
  readonly usage: readonly string[];
  /** Paragraphs for `arrears <name> --help`. */
  readonly description: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /**
   * Former option names, each with the option that replaced it (`{ payment: { now: 'amount' } }`): a
   * former name is refused with a usage error that names its replacement, never read as an
   * alias.
   */
  readonly renamedOptions?: Readonly<Record<string, RenamedOption>>;
  /** Example command lines for help. */
  readonly examples: readonly string[];
  run(context: CommandContext): Promise<ExitCode>;
}

/** One rule a document breaks: what a {@link PolicyKind} check returns. */
export interface PolicyViolation {
  /** A stable code, such as `PLAN_POLICY_TOO_MANY_INSTALLMENTS`. */
  readonly code: string;
  /** The field of the document at fault. */
  readonly path: ErrorPath;
  /** A sentence naming the field and the rule. */
  readonly message: string;
  /** Machine-readable facts (the policy's limit, the document's value), shown in `--format json`. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * A kind of document `arrears validate --kind <kind>` checks: plan terms against a plan policy,
 * a fee schedule against a fee policy, and so on.
 */
export interface PolicyKind {
  /** The `--kind` value: `<thing>-terms` for documents checked against a policy, `<thing>-policy` for a policy checked itself. */
  readonly kind: string;
  /** Former `--kind` values: refused with a usage error that names {@link kind}, never read as aliases. */
  readonly formerly?: readonly string[];
  readonly summary: string;
  /** The `arrears schema` name of the documents checked. */
  readonly subjectSchema: string;
  /** The `arrears schema` name of the policy; absent when the kind takes no `--policy`. */
  readonly policySchema?: string;
  /** Parses the policy once, before any document; throws a ValidationError when it is malformed. */
  parsePolicy?(policy: unknown): unknown;
  /**
   * Checks one document: returns the rules it breaks (empty when it complies); throws a
   * ValidationError when the document is malformed (a DomainRuleError counts as a broken rule).
   */
  check(subject: unknown, policy: unknown): readonly PolicyViolation[];
}

/** A JSON Schema fragment merged into the generated schema of one zod schema (patterns, formats, descriptions). */
export type JsonSchemaHint = Readonly<Record<string, unknown>>;

/**
 * Everything one library module brings to the command line. Adding a module is one entry in
 * `modules.ts`: its exported zod schemas (found by the `...Schema` suffix) become
 * `arrears schema` names and files in `dist/schemas/`, its policy kinds become
 * `arrears validate --kind` values, and its commands become `arrears <command>`.
 */
export interface CliModule {
  /** The module name: `plan` for `arrears/plan`. */
  readonly name: string;
  /** The module's namespace (`import * as plan from '../plan/index.js'`). */
  readonly exports: Readonly<Record<string, unknown>>;
  /** Exported schemas JSON cannot carry (bigints, functions), with the reason: left out of `arrears schema`. */
  readonly jsonIncompatible?: Readonly<Record<string, string>>;
  /** JSON Schema details zod cannot derive from a refinement (a pattern, a format), keyed by the exported schema's name. */
  readonly jsonHints?: Readonly<Record<string, JsonSchemaHint>>;
  readonly commands?: readonly CliCommand[];
  readonly policyKinds?: readonly PolicyKind[];
}
