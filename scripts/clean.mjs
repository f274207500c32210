// Empties dist/ before a build. tsup's own `clean` cannot be used: the library and the CLI
// configs build in parallel into the same folder, and each would wipe the other's output.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

rmSync(fileURLToPath(new URL('../dist', import.meta.url)), { recursive: true, force: true });
