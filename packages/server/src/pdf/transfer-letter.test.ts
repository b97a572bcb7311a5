import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chineseDate, chineseMonth, renderTransferLetter, type TransferLetterInput } from './transfer-letter';

const sample: TransferLetterInput = {
  letterNumber: '2026-0015',
  issuingOrgName: '中共南昌市东湖区公园街道工作委员会',
  person: {
    name: '张建华',
    sex: '男',
    age: 41,
    ethnicity: '汉族',
    idNumber: '360102198503120113',
    membership: '正式党员',
  },
  fromOrgName: '中共南昌市东湖区公园街道东街社区支部委员会',
  toOrgName: '中共深圳市南山区粤海街道科技园社区委员会',
  duesPaidUpTo: '2026-11',
  validityDays: 90,
  issuedOn: '2026-11-23',
  expiresOn: '2027-02-21',
  contact: { phone: '0791-86001234', address: '南昌市东湖区公园路 18 号' },
  memberPhone: '13800138000',
};

const longOrgName =
  '中共广东省深圳市南山区粤海街道科技园社区委员会第三网格党支部' +
  '（深圳市南山区粤海街道高新技术产业园区联合党委下属非公有制经济组织和社会组织综合党支部）';

function requirePoppler() {
  if (!existsSync('/usr/bin/pdftoppm')) throw new Error('pdftoppm 未安装：apt-get install -y poppler-utils');
}

async function writePdf(input: TransferLetterInput) {
  const dir = mkdtempSync(path.join(tmpdir(), 'jiceng-transfer-'));
  const file = path.join(dir, 'letter.pdf');
  writeFileSync(file, await renderTransferLetter(input));
  return { dir, file };
}

function pageCount(file: string) {
  const info = execFileSync('pdfinfo', [file]).toString();
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** pdftotext output with all whitespace removed, so wrapped lines read as one string. */
function textOf(file: string) {
  return execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, '');
}

describe('the transfer letter PDF', () => {
  it('is a single-page PDF under 200 KB', async () => {
    requirePoppler();
    const pdf = await renderTransferLetter(sample);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(200_000);
    const { file } = await writePdf(sample);
    expect(pageCount(file)).toBe(1);
  });

  it('prints the serial number on each of the three parts with the letter details', async () => {
    requirePoppler();
    const { file } = await writePdf(sample);
    const text = textOf(file);
    expect(text.split('2026-0015').length - 1).toBe(3);
    expect(text).toContain('中国共产党党员组织关系介绍信（存根）');
    expect(text).toContain('中国共产党党员组织关系介绍信（回执）');
    expect(text.split('中国共产党党员组织关系介绍信').length - 1).toBe(3);
    expect(text).toContain('张建华');
    expect(text).toContain('党费已交到2026年11月');
    expect(text).toContain(`${sample.toOrgName}：`);
    expect(text).toContain('有效期90天，至2027年2月21日');
    expect(text).toContain('张建华同志的党员组织关系已转达我处，特此回复');
  });

  it('renders to an image with pdftoppm, with ink on the page', async () => {
    requirePoppler();
    const { dir, file } = await writePdf(sample);
    execFileSync('pdftoppm', ['-png', '-r', '50', file, path.join(dir, 'page')]);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.png'));
    expect(pages).toHaveLength(1);
    // A blank A4 page at 50 dpi compresses to about 1 KB; three parts of text and a table make it far larger.
    expect(statSync(path.join(dir, pages[0]!)).size).toBeGreaterThan(8_000);
  });

  it('wraps a very long receiving-org name and still fits on one page', async () => {
    requirePoppler();
    const { file } = await writePdf({ ...sample, toOrgName: longOrgName, fromOrgName: longOrgName });
    expect(pageCount(file)).toBe(1);
    // Printed whole in the stub and as the letter's addressee, wrapped rather than cut off.
    expect(textOf(file).split(longOrgName).length - 1).toBeGreaterThanOrEqual(2);
  });

  it('writes dates and months the Chinese way', () => {
    expect(chineseDate('2026-11-23')).toBe('2026年11月23日');
    expect(chineseDate('2027-02-01')).toBe('2027年2月1日');
    expect(chineseMonth('2026-11')).toBe('2026年11月');
    expect(chineseMonth('2026-03')).toBe('2026年3月');
  });
});
