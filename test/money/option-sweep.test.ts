// Issue 19 item 4: every option of the money option schemas has an effect or is refused.
import { AllocateOptionsSchema, RoundOptionsSchema, allocate, roundAmount } from '../../src/money/index.js';
import type { AllocateOptionsInput, RoundOptionsInput } from '../../src/money/index.js';
import { sweepOptions } from '../support/option-sweep.js';

sweepOptions<RoundOptionsInput>('roundAmount (RoundOptionsSchema)', {
  schema: RoundOptionsSchema,
  call: (o) => roundAmount('1.225', 'USD', o),
  base: {},
  options: { roundingMode: { values: ['floor', 'halfEven'] }, roundingIncrement: { values: ['0.05', '1'] } },
});

sweepOptions<AllocateOptionsInput>('allocate (AllocateOptionsSchema)', {
  schema: AllocateOptionsSchema,
  call: (o) => allocate('1000.00', 3, 'USD', o),
  base: {},
  options: { remainder: { values: ['last'] } },
});
