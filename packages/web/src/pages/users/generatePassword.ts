import { passwordProblem } from '@jiceng/core';

// Look-alikes (0/O, 1/l/I) are left out: these passwords are read aloud or copied from paper.
const LETTERS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const ALL = LETTERS + DIGITS;

function randomIndex(below: number): number {
  return (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) % below;
}

function pick(alphabet: string): string {
  return alphabet.charAt(randomIndex(alphabet.length));
}

/** A letters-and-digits password (14 characters by default) that satisfies the server's password rule. */
export function generatePassword(length = 14): string {
  // Guarantee both classes rather than hoping for them, then shuffle so their places are not fixed.
  const chars = [pick(LETTERS), pick(DIGITS)];
  while (chars.length < length) chars.push(pick(ALL));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomIndex(i + 1);
    [chars[i], chars[j]] = [chars[j] ?? '', chars[i] ?? ''];
  }
  const password = chars.join('');
  if (passwordProblem(password) !== null) throw new Error('generated password breaks the password rule');
  return password;
}
