import { parseArgs } from 'node:util';
import type { CliCommand, OptionSpec, OptionValues } from './registry.js';
import { didYouMean } from './suggest.js';

/** A mistake on the command line: unknown option, missing value, wrong choice (exit 64). */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help to point at, when known. */
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The options every command takes. */
export const HELP_OPTION: Readonly<Record<string, OptionSpec>> = {
  help: { type: 'boolean', short: 'h', description: 'Show this help.' },
};

/** Parsed command line of one command. */
export interface ParsedArgs {
  readonly values: OptionValues;
  readonly positionals: readonly string[];
}

/**
 * Parses `argv` for `command` with `node:util` parseArgs (strict: an unknown option is a
 * usage error), then checks `choices`.
 */
export function parseCommandArgs(command: CliCommand, argv: readonly string[]): ParsedArgs {
  const specs = { ...command.options, ...HELP_OPTION };
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const [name, spec] of Object.entries(specs)) {
    options[name] = { type: spec.type, ...(spec.short === undefined ? {} : { short: spec.short }), ...(spec.multiple === true ? { multiple: true } : {}) };
  }
  let parsed: { values: Record<string, string | boolean | Array<string | boolean> | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    // An unknown long option gets the nearest known one: "--polcy" → "--policy".
    const unknown = /Unknown option '--([^'=]+)'/.exec(error instanceof Error ? error.message : '');
    const name = unknown?.[1];
    // A former option name is refused, naming what replaced it (never read as an alias).
    const renamed = name === undefined || !Object.hasOwn(command.renamedOptions ?? {}, name) ? undefined : command.renamedOptions?.[name];
    if (renamed !== undefined) {
      throw new UsageError(`--${name as string} is now --${renamed.now}${renamed.note === undefined ? '' : `: ${renamed.note}`} (an option is the kebab-case of its JSON field).`, command.name);
    }
    const hint = name === undefined ? '' : didYouMean(name, Object.keys(specs)).replace(/"([^"]+)"/, '"--$1"');
    throw new UsageError(`${usageMessage(error)}${hint}`, command.name);
  }
  const values: Record<string, string | boolean | string[] | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = parsed.values[name];
    if (value === undefined) {
      if (spec.default !== undefined) values[name] = spec.default;
      continue;
    }
    if (spec.choices !== undefined) {
      for (const one of Array.isArray(value) ? value : [value]) {
        if (typeof one === 'string' && !spec.choices.includes(one)) {
          throw new UsageError(`--${name} must be one of ${spec.choices.join(', ')}, not ${JSON.stringify(one)}.${didYouMean(one, spec.choices)}`, command.name);
        }
      }
    }
    values[name] = value as string | boolean | string[];
  }
  return { values, positionals: parsed.positionals };
}

function usageMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // parseArgs messages are clear but end with advice about '--'; keep the first sentence.
  return message.split('. To specify')[0]?.replace(/\.?$/, '.') ?? message;
}

function optionLabel(name: string, spec: OptionSpec): string {
  const short = spec.short === undefined ? '    ' : `-${spec.short}, `;
  const value = spec.type === 'string' ? ` <${spec.valueName ?? 'value'}>` : '';
  return `${short}--${name}${value}`;
}

function wrap(text: string, width: number, indent: string): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line !== '' && line.length + word.length + 1 > width) {
        out.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    out.push(line);
  }
  return out.map((l) => (l === '' ? '' : indent + l)).join('\n');
}

/** `arrears <command> --help`. */
export function renderCommandHelp(command: CliCommand): string {
  const specs = { ...command.options, ...HELP_OPTION };
  const labels = Object.entries(specs).map(([name, spec]) => [optionLabel(name, spec), spec] as const);
  const width = Math.max(...labels.map(([label]) => label.length)) + 2;
  const lines = [
    `Usage: ${command.usage.map((u, i) => (i === 0 ? `arrears ${u}` : `       arrears ${u}`)).join('\n')}`,
    '',
    wrap(command.description, 90, ''),
    '',
    'Options:',
    ...labels.map(([label, spec]) => {
      const extra = [spec.choices === undefined ? '' : ` One of: ${spec.choices.join(', ')}.`, spec.default === undefined ? '' : ` Default: ${spec.default}.`].join('');
      return `  ${label.padEnd(width)}${spec.description}${extra}`;
    }),
  ];
  if (command.examples.length > 0) lines.push('', 'Examples:', ...command.examples.map((e) => `  ${e}`));
  return `${lines.join('\n')}\n`;
}

/** `arrears --help`. */
export function renderMainHelp(commands: readonly CliCommand[], version: string): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    `arrears ${version}: exact debt-collection rules from the shell.`,
    '',
    'Usage: arrears <command> [options] [files...]',
    '       arrears <command> --help',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Options:',
    '  -h, --help       Show this help, or a command\'s with "arrears <command> --help".',
    '  -v, --version    Print the version.',
    '',
    'Inputs are JSON files, patterns such as "plans/**/*.json", or "-" for standard input',
    '(one JSON document, or NDJSON: one document per line).',
    'Exit codes: 0 success; 1 a well-formed input breaks a rule or policy;',
    '2 an input is malformed (not JSON, fails its schema), missing or unreadable; 64 a usage error.',
    'Output: --format table|csv|json|ndjson, and for CI github|junit|sarif; --quiet for problems only.',
    '',
  ].join('\n');
}
