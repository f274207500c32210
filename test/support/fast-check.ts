import fc from 'fast-check';

// FC_NUM_RUNS and FC_SEED make a failing property reproducible: a failure prints
// `{ seed, path }`; rerun with FC_SEED=<seed> to replay it, then turn the shrunk
// counterexample into a plain example test before fixing the bug.
const numRuns = Number.parseInt(process.env.FC_NUM_RUNS ?? '', 10);
const seed = Number.parseInt(process.env.FC_SEED ?? '', 10);

fc.configureGlobal({
  numRuns: Number.isFinite(numRuns) && numRuns > 0 ? numRuns : 100,
  ...(Number.isFinite(seed) ? { seed } : {}),
});
