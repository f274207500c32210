// Preloaded with `node --import` by the process test: reports the peak resident set size of
// the CLI process on stderr as it exits, without the CLI knowing about it.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\n__MAX_RSS_KB__ ${process.resourceUsage().maxRSS}\n`);
});
