import PDFDocument from 'pdfkit';
import { CHINESE_FONT, CHINESE_FONT_BOLD } from './fonts';

export interface DevelopmentRecordInput {
  person: {
    name: string;
    sex: string;
    birthDate: string;
    ethnicity: string;
    education: string;
    idNumber: string;
    orgName: string;
    stage: string;
  };
  /** All 25 steps in order; `date` empty where the step is still to come. */
  steps: { number: number; label: string; date: string; detail: string }[];
  ruleSetTitle: string;
  printedOn: string;
}

const MARGIN = 48;
const COLUMNS = [
  { title: '序号', width: 34 },
  { title: '步骤', width: 150 },
  { title: '日期', width: 76 },
  { title: '情况记录', width: 0 },
] as const;

/** 发展党员纪实表: one person's development, step by step, on A4 with a subset Chinese font. */
export function renderDevelopmentRecord(input: DevelopmentRecordInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `${input.person.name} 发展党员纪实表` },
  });
  doc.registerFont('cn', CHINESE_FONT);
  doc.registerFont('cn-bold', CHINESE_FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - MARGIN * 2;
  doc.font('cn-bold').fontSize(18).text('发展党员纪实表', { align: 'center' });
  doc.moveDown(0.8);

  const p = input.person;
  const facts: [string, string][] = [
    ['姓名', p.name],
    ['性别', p.sex],
    ['出生日期', p.birthDate],
    ['民族', p.ethnicity],
    ['学历', p.education],
    ['身份证号', p.idNumber],
    ['所在党支部', p.orgName],
    ['当前阶段', p.stage],
  ];
  doc.font('cn').fontSize(10.5);
  const half = width / 2;
  for (let i = 0; i < facts.length; i += 2) {
    const y = doc.y;
    for (const [j, fact] of facts.slice(i, i + 2).entries()) {
      doc.text(`${fact[0]}：${fact[1]}`, MARGIN + j * half, y, { width: half - 8 });
    }
    doc.x = MARGIN;
    doc.moveDown(0.3);
  }
  doc.moveDown(0.6);

  const widths = COLUMNS.map((c) => c.width || width - COLUMNS.reduce((sum, col) => sum + col.width, 0));
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'cn-bold' : 'cn').fontSize(9.5);
    const heights = cells.map((text, i) => doc.heightOfString(text || ' ', { width: widths[i]! - 8 }));
    const height = Math.max(...heights) + 8;
    if (doc.y + height > doc.page.height - MARGIN - 24) doc.addPage();
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((text, i) => {
      doc.rect(x, top, widths[i]!, height).strokeColor('#999').lineWidth(0.5).stroke();
      doc.fillColor('#000').text(text, x + 4, top + 4, { width: widths[i]! - 8 });
      x += widths[i]!;
    });
    doc.x = MARGIN;
    doc.y = top + height;
  };
  row(
    COLUMNS.map((c) => c.title),
    true,
  );
  for (const step of input.steps) row([String(step.number), step.label, step.date, step.detail], false);

  doc.moveDown(1);
  doc.font('cn').fontSize(8.5).fillColor('#555');
  doc.text(
    `依据：${input.ruleSetTitle}。打印日期：${input.printedOn}。本表由基层党建工作平台根据档案记录生成。`,
    MARGIN,
    doc.y,
    { width },
  );
  doc.end();
  return done;
}
