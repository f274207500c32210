/**
 * Marks a branch the code's own invariants rule out (two checks that must agree, disagreeing).
 * Reaching it is a bug in arrears, not bad input, so it is deliberately *not* an
 * `ArrearsError`: `safe*` twins and `attempt` let it propagate instead of reporting it as the
 * caller's mistake.
 */
export function unreachable(what: string): never {
  throw new Error(`arrears internal error (please report): ${what}`);
}
