/** Money is integer fen everywhere (dues.md F14); these only turn it into text for people. */

/** 4445 → '44.45', -20 → '-0.20'. */
export function fenToYuanText(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`金额应为整数分：${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 4445 → '44.45 元'. */
export function fenLabel(fen: number): string {
  return `${fenToYuanText(fen)} 元`;
}
