import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIT_ACTION_LABELS } from '@jiceng/core';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [file] : [];
  });
}

describe('the audit log page', () => {
  it('has a Chinese name for every action the server records', () => {
    const actions = new Set<string>();
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      // `action: 'x.y'` and `action: cond ? 'x.y' : 'x.z'`
      for (const line of text.matchAll(/action:\s*([^\n]+)/g)) {
        for (const m of line[1]!.matchAll(/'([a-z_]+\.[a-z_]+)'/g)) actions.add(m[1]!);
      }
    }
    expect(actions.size).toBeGreaterThan(30);
    expect([...actions].filter((a) => !(a in AUDIT_ACTION_LABELS)).sort()).toEqual([]);
  });
});
