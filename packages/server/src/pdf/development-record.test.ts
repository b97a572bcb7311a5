import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEVELOPMENT_STEPS } from '@jiceng/core';
import { describe, expect, it } from 'vitest';
import { renderDevelopmentRecord } from './development-record';

const sample = {
  person: {
    name: '张建华',
    sex: '男',
    birthDate: '1985-03-12',
    ethnicity: '汉族',
    education: '大学本科',
    idNumber: '3604**********0113',
    orgName: '东街社区党支部',
    stage: '正式党员',
  },
  steps: DEVELOPMENT_STEPS.map((s, i) => ({
    number: s.number,
    label: s.label,
    date: i < 20 ? `2023-${String((i % 12) + 1).padStart(2, '0')}-15` : '',
    detail:
      i === 14 ? '应到 10 人，实到 8 人，赞成 7 票，反对 1 票，弃权 0 票，通过' : i < 20 ? '已完成' : '',
  })),
  ruleSetTitle: '中国共产党发展党员工作细则（2014）',
  printedOn: '2026-11-23',
};

describe('the development record PDF', () => {
  it('embeds only the Chinese glyphs it uses, so the file stays small', async () => {
    const pdf = await renderDevelopmentRecord(sample);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(150_000);
  });

  it('renders to an image with pdftoppm, with ink on the page', async () => {
    if (!existsSync('/usr/bin/pdftoppm'))
      throw new Error('pdftoppm 未安装：apt-get install -y poppler-utils');
    const dir = mkdtempSync(path.join(tmpdir(), 'jiceng-pdf-'));
    const file = path.join(dir, 'record.pdf');
    writeFileSync(file, await renderDevelopmentRecord(sample));
    execFileSync('pdftoppm', ['-png', '-r', '50', file, path.join(dir, 'page')]);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.png'));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    // A blank A4 page at 50 dpi compresses to about 1 KB; text and table lines make it several times larger.
    expect(statSync(path.join(dir, pages[0]!)).size).toBeGreaterThan(8_000);
    const text = execFileSync('pdftotext', [file, '-']).toString();
    expect(text).toContain('发展党员纪实表');
    expect(text).toContain('支部大会讨论接收预备党员');
  });
});
