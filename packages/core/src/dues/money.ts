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

/** Whole 元 digits accepted; more would pass Number.MAX_SAFE_INTEGER fen or be a typo (see MAX_MONTHLY_INCOME_FEN). */
const MAX_YUAN_DIGITS = 13;
const YUAN_PATTERN = new RegExp(`^(\\d{1,${MAX_YUAN_DIGITS}})(?:\\.(\\d{1,2}))?$`);

/**
 * What a person types in 元 as integer fen, exactly (F14): the digits are read as text, never through a float,
 * so '0.29' is 29 and not 28.999…. Null for anything that is not a non-negative amount with at most two
 * decimals: '12.3' → 1230, '0.05' → 5, '1.234' → null, '-1' → null, 'abc' → null. Spaces around are ignored.
 */
export function parseYuanToFen(text: string): number | null {
  const match = YUAN_PATTERN.exec(text.trim());
  if (!match) return null;
  const yuan = match[1]!;
  const cents = (match[2] ?? '').padEnd(2, '0');
  return Number(yuan) * 100 + Number(cents);
}
