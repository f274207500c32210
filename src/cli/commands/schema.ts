import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../args.js';
import { findSchema, listSchemas, toJsonSchema } from '../json-schema.js';
import type { CliCommand, CommandContext } from '../registry.js';
import { ExitCode } from '../registry.js';
import { formatOption } from '../report.js';
import { kindsOf } from './validate.js';

async function run(context: CommandContext): Promise<ExitCode> {
  const { modules, positionals, out } = context;
  const json = context.values.format === 'json';
  if (positionals.length > 1) throw new UsageError('give one schema name at a time.', 'schema');
  const name = positionals[0];
  const outDir = context.values['out-dir'] as string | undefined;
  if (outDir !== undefined) return writeSchemas(context, outDir, name);
  if (name === undefined || context.values.list === true) {
    const entries = listSchemas(modules);
    if (json) {
      await out.line(JSON.stringify(entries.map((e) => ({ name: e.name, module: e.module, export: e.exportName }))));
      return ExitCode.OK;
    }
    const width = Math.max(...entries.map((e) => e.name.length)) + 2;
    await out.line('Input schemas (arrears schema <name>):');
    for (const e of entries) await out.line(`  ${e.name.padEnd(width)}arrears/${e.module} ${e.exportName}`);
    const kinds = kindsOf(modules);
    if (kinds.length > 0) {
      await out.line('');
      await out.line('What arrears validate --kind reads:');
      for (const k of kinds) await out.line(`  ${k.kind}: ${k.subjectSchema}${k.policySchema === undefined ? '' : ` checked against ${k.policySchema}`}`);
    }
    return ExitCode.OK;
  }
  const entry = findSchema(modules, name);
  if (entry === undefined) {
    const known = listSchemas(modules).map((e) => e.name);
    const near = known.filter((k) => k.includes(name.toLowerCase()) || name.toLowerCase().includes(k));
    throw new UsageError(`there is no schema named ${JSON.stringify(name)}${near.length > 0 ? `; did you mean ${near.slice(0, 3).join(', ')}?` : ''} "arrears schema" lists them.`, 'schema');
  }
  await out.line(JSON.stringify(toJsonSchema(entry, modules), null, json ? undefined : 2));
  return ExitCode.OK;
}

/** `--out-dir`: writes `<name>.json` for every schema (or the one named) and an `index.json` listing them. */
async function writeSchemas(context: CommandContext, outDir: string, name: string | undefined): Promise<ExitCode> {
  const { modules } = context;
  let entries = listSchemas(modules);
  if (name !== undefined) {
    const entry = findSchema(modules, name);
    if (entry === undefined) throw new UsageError(`there is no schema named ${JSON.stringify(name)}; "arrears schema" lists them.`, 'schema');
    entries = [entry];
  }
  const directory = resolve(context.io.cwd, outDir);
  mkdirSync(directory, { recursive: true });
  for (const entry of entries) writeFileSync(join(directory, `${entry.name}.json`), `${JSON.stringify(toJsonSchema(entry, modules), null, 2)}\n`);
  if (name === undefined) {
    const index = entries.map((e) => ({ name: e.name, module: e.module, export: e.exportName, file: `${e.name}.json` }));
    writeFileSync(join(directory, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  }
  await context.err.line(`wrote ${entries.length} schema${entries.length === 1 ? '' : 's'} to ${outDir}`);
  return ExitCode.OK;
}

/** `arrears schema`. */
export const schemaCommand: CliCommand = {
  name: 'schema',
  summary: 'Print the JSON Schema of an input (or list the inputs), for editors, CI and other languages.',
  usage: ['schema <name>', 'schema [--list]', 'schema [<name>] --out-dir <dir>'],
  description: [
    'Prints the JSON Schema (draft 2020-12) of an input, generated from the zod schema arrears itself parses it with (the input side: what a file may hold). Names are the schema exports in kebab case without "Schema": apr-input for AprInputSchema; AprInput and AprInputSchema work too.',
    '',
    'The same files ship in the package as arrears/dist/schemas/<name>.json. JSON Schema cannot state every rule (real calendar days, a currency\'s minor digits, rules across fields): "arrears validate --schema <name>" checks them all.',
    '',
    'Without a name (or with --list), lists every schema; --format json prints the schema on one line, or the list as JSON.',
  ].join('\n'),
  options: {
    list: { type: 'boolean', short: 'l', description: 'List the schema names.' },
    'out-dir': { type: 'string', short: 'o', valueName: 'dir', description: 'Write <name>.json for every schema (or the one named), plus index.json, into this directory.' },
    format: { ...formatOption(['table', 'json']), description: 'table: indented JSON Schema, or a readable list; json: compact JSON (human is the old name of table).' },
  },
  examples: ['arrears schema', 'arrears schema --out-dir schemas', 'arrears schema apr-input > apr-input.schema.json', 'arrears schema AprInput --format json'],
  run,
};
