import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password';

describe('password policy', () => {
  it('wants ten characters with letters and digits', () => {
    expect(passwordProblem('Passw0rd2026')).toBeNull();
    expect(passwordProblem('short1')).toBe('至少 10 个字符');
    expect(passwordProblem('onlyletters')).toBe('须同时包含字母和数字');
    expect(passwordProblem('1234567890')).toBe('须同时包含字母和数字');
  });
});
