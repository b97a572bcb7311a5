/**
 * The constraint a unique violation (SQLSTATE 23505) broke, or null. drizzle wraps the driver's error, so
 * the code is on the error or somewhere down its `cause` chain.
 */
export function uniqueViolation(error: unknown): string | null {
  for (let e = error as { code?: string; constraint?: string; cause?: unknown } | null; e;) {
    if (e.code === '23505') return e.constraint ?? '';
    e = (e.cause ?? null) as typeof e;
  }
  return null;
}
