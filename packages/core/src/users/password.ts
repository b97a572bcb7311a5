export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

/** Project convention: at least 10 characters with letters and digits; the strength a county office can keep. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) return `至少 ${PASSWORD_MIN} 个字符`;
  if (password.length > PASSWORD_MAX) return `不能超过 ${PASSWORD_MAX} 个字符`;
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return '须同时包含字母和数字';
  return null;
}
