import { UsageError, parseCommandArgs, renderCommandHelp, renderMainHelp } from './args.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import type { CliIo } from './io.js';
import { Output } from './io.js';
import { cliModules } from './modules.js';
import type { CliCommand, CliModule } from './registry.js';
import { ExitCode } from './registry.js';
import { didYouMean } from './suggest.js';
import { packageVersion } from './version.js';
import { unreachable } from '../internal/unreachable.js';

/** The commands: `validate` and `schema`, then each module's own, in registry order. */
export function commandsOf(modules: readonly CliModule[]): CliCommand[] {
  const commands = [validateCommand, schemaCommand, ...modules.flatMap((m) => m.commands ?? [])];
  const names = new Set<string>();
  for (const c of commands) {
    if (names.has(c.name)) unreachable(`two commands are named ${c.name}`);
    names.add(c.name);
  }
  return commands;
}

/**
 * Runs the command line `argv` (without `node` and the script) and resolves to its exit code.
 * Everything it prints goes through `io`, so tests run it in process.
 */
export async function runCli(argv: readonly string[], io: CliIo, modules: readonly CliModule[] = cliModules): Promise<ExitCode> {
  const out = new Output(io.stdout);
  const err = new Output(io.stderr);
  let commandName: string | undefined;
  try {
    const commands = commandsOf(modules);
    const [first, ...rest] = argv;
    if (first === undefined) {
      await err.text(renderMainHelp(commands, packageVersion()));
      return ExitCode.USAGE;
    }
    if (first === '-h' || first === '--help') {
      await out.text(renderMainHelp(commands, packageVersion()));
      return ExitCode.OK;
    }
    if (first === '-v' || first === '--version') {
      await out.line(packageVersion());
      return ExitCode.OK;
    }
    if (first === 'help') {
      const topic = rest[0];
      const command = commands.find((c) => c.name === topic);
      if (topic !== undefined && command === undefined) throw new UsageError(`there is no command ${JSON.stringify(topic)}.${didYouMean(topic, commands.map((c) => c.name))}`);
      await out.text(command === undefined ? renderMainHelp(commands, packageVersion()) : renderCommandHelp(command));
      return ExitCode.OK;
    }
    const command = commands.find((c) => c.name === first);
    if (command === undefined) {
      throw new UsageError(first.startsWith('-') ? `unknown option ${first}: options come after the command.` : `there is no command ${JSON.stringify(first)}.${didYouMean(first, commands.map((c) => c.name))} The commands are ${commands.map((c) => c.name).join(', ')}.`);
    }
    commandName = command.name;
    const parsed = parseCommandArgs(command, rest);
    if (parsed.values.help === true) {
      await out.text(renderCommandHelp(command));
      return ExitCode.OK;
    }
    return await command.run({ io, out, err, values: parsed.values, positionals: parsed.positionals, modules });
  } catch (error) {
    if (error instanceof UsageError) {
      const help = error.command ?? commandName;
      await err.line(`arrears: ${error.message}`);
      await err.line(`Run "arrears ${help === undefined ? '' : `${help} `}--help" for usage.`);
      return ExitCode.USAGE;
    }
    // Not an input problem: a bug. Say so, with the stack, rather than a bare trace.
    await err.line(`arrears: internal error (a bug in arrears; please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return ExitCode.MALFORMED;
  } finally {
    await out.flush();
    await err.flush();
  }
}
