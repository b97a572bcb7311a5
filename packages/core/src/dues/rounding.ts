import type { RoundingMode } from './rule-set';

const BP_DIVISOR = 10000;
const HALF = 5000;

/**
 * base × bp / 10000 rounded to whole fen, with integer arithmetic only (dues.md F14): floats would turn
 * 4444.50 元 × 1 % into 44.44 on some inputs. Half-up equals floor((base × bp + 5000) / 10000).
 */
export function applyBasisPoints(baseFen: number, bp: number, mode: RoundingMode): number {
  if (!Number.isSafeInteger(baseFen) || baseFen < 0) throw new RangeError(`基数应为非负整数分：${baseFen}`);
  if (!Number.isSafeInteger(bp) || bp < 0) throw new RangeError(`比例应为非负整数基点：${bp}`);
  const product = baseFen * bp;
  if (!Number.isSafeInteger(product)) throw new RangeError(`基数过大：${baseFen}`);
  const remainder = product % BP_DIVISOR;
  // Subtracting the remainder first keeps the division exact; Math.floor on a float quotient is not.
  const quotient = (product - remainder) / BP_DIVISOR;
  if (remainder > HALF) return quotient + 1;
  if (remainder < HALF) return quotient;
  if (mode === 'half_up') return quotient + 1;
  return quotient % 2 === 0 ? quotient : quotient + 1;
}
