import type { Finding } from '../../src/errors/index.js';

/** A compliance verdict: `{ ok, findings }`. */
interface Verdict {
  readonly findings: readonly Finding[];
}

/** The findings of a verdict that are violations (in order); none for a missing verdict. */
export function violations(result: Verdict | undefined | null): Finding[] {
  return (result?.findings ?? []).filter((f) => f.severity === 'violation');
}

/** The findings of a verdict that are warnings (in order); none for a missing verdict. */
export function warnings(result: Verdict | undefined | null): Finding[] {
  return (result?.findings ?? []).filter((f) => f.severity === 'warning');
}
