import { runCli } from './run.js';

// The `arrears` executable: Node glue only; everything else is in run.ts and tested in process.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`arrears ... | head`) ends the run quietly, as Unix tools do.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdin: process.stdin,
  stdinIsTTY: process.stdin.isTTY === true,
  stdout: process.stdout,
  stderr: process.stderr,
});
