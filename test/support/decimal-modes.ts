import { Decimal } from 'decimal.js';
import type { RoundingMode } from '../../src/money/index.js';

/**
 * Each rounding mode as decimal.js names it: the independent reference the money properties
 * compare against (written here by hand from decimal.js's docs, not taken from src).
 */
export const MODES: Record<RoundingMode, Decimal.Rounding> = {
  halfExpand: Decimal.ROUND_HALF_UP,
  halfEven: Decimal.ROUND_HALF_EVEN,
  halfTrunc: Decimal.ROUND_HALF_DOWN,
  halfCeil: Decimal.ROUND_HALF_CEIL,
  halfFloor: Decimal.ROUND_HALF_FLOOR,
  expand: Decimal.ROUND_UP,
  trunc: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};
