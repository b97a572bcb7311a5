import PDFDocument from 'pdfkit';
import { CHINESE_FONT, CHINESE_FONT_BOLD } from './fonts';

export interface TransferLetterInput {
  letterNumber: string;
  issuingOrgName: string;
  person: {
    name: string;
    sex: string;
    age: number;
    ethnicity: string;
    idNumber: string;
    membership: '正式党员' | '预备党员';
  };
  fromOrgName: string;
  toOrgName: string;
  /** YYYY-MM */
  duesPaidUpTo: string;
  validityDays: number;
  /** YYYY-MM-DD */
  issuedOn: string;
  /** YYYY-MM-DD */
  expiresOn: string;
  /** The issuing org's contact details. */
  contact: { phone?: string; address?: string };
  memberPhone?: string;
}

/** '2026-11-23' (or an ISO timestamp starting so) → '2026年11月23日'. */
export function chineseDate(date: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(date);
  if (!m) throw new RangeError(`日期格式应为 YYYY-MM-DD：${date}`);
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** '2026-11' → '2026年11月'. */
export function chineseMonth(month: string): string {
  const m = /^(\d{4})-(\d{1,2})/.exec(month);
  if (!m) throw new RangeError(`月份格式应为 YYYY-MM：${month}`);
  return `${m[1]}年${Number(m[2])}月`;
}

type Doc = PDFKit.PDFDocument;
type Font = 'cn' | 'cn-bold';

const PAGE_WIDTH = 595.28;
const LEFT = 56;
const WIDTH = PAGE_WIDTH - LEFT * 2;
const RIGHT = LEFT + WIDTH;
const INK = '#000';
const GREY = '#666';

/** Vertical bands of the three parts and the two cut lines between them (points from the top). */
const STUB = { top: 34, bottom: 262 };
const CUT_1 = 276;
const LETTER = { top: 292, bottom: 604 };
const CUT_2 = 618;
const RECEIPT = { top: 636, bottom: 806 };

const TITLE = '中国共产党党员组织关系介绍信';

/**
 * Picks the largest size from `size` down to `minSize` at which `text` fits in `width` × `maxHeight`.
 * Text that still does not fit at `minSize` is cut off with an ellipsis when drawn (never a new page).
 */
function fitSize(
  doc: Doc,
  text: string,
  font: Font,
  size: number,
  minSize: number,
  width: number,
  maxHeight: number,
  options: PDFKit.Mixins.TextOptions = {},
): number {
  doc.font(font);
  for (let s = size; s > minSize; s -= 0.5) {
    doc.fontSize(s);
    if (doc.heightOfString(text, { ...options, width }) <= maxHeight) return s;
  }
  return minSize;
}

interface BoxOptions {
  font?: Font;
  size: number;
  minSize?: number;
  color?: string;
  align?: 'left' | 'center' | 'right';
  lineGap?: number;
}

/** Draws `text` inside a box, shrinking it to fit; returns the height used. */
function box(doc: Doc, text: string, x: number, y: number, width: number, maxHeight: number, o: BoxOptions) {
  const font = o.font ?? 'cn';
  const options = { align: o.align ?? 'left', lineGap: o.lineGap ?? 0 } as const;
  const size = fitSize(doc, text, font, o.size, o.minSize ?? o.size, width, maxHeight, options);
  doc
    .font(font)
    .fontSize(size)
    .fillColor(o.color ?? INK);
  const used = Math.min(doc.heightOfString(text, { ...options, width }), maxHeight);
  doc.text(text, x, y, { ...options, width, height: maxHeight, ellipsis: true });
  return used;
}

/** Part header: a small grey part name at the left, the centred title, then the serial number at the right. */
function header(doc: Doc, top: number, partName: string, title: string, letterNumber: string): number {
  box(doc, partName, LEFT, top + 4, 80, 14, { size: 9, color: GREY });
  box(doc, title, LEFT, top, WIDTH, 24, { font: 'cn-bold', size: 16, minSize: 12, align: 'center' });
  box(doc, `第 ${letterNumber} 号`, LEFT, top + 26, WIDTH, 16, { size: 11, minSize: 8, align: 'right' });
  return top + 46;
}

function cutLine(doc: Doc, y: number, hint: string) {
  doc.font('cn').fontSize(8);
  const hintWidth = doc.widthOfString(hint);
  const gapLeft = LEFT + (WIDTH - hintWidth) / 2 - 6;
  const gapRight = gapLeft + hintWidth + 12;
  doc.save().lineWidth(0.6).strokeColor('#777').dash(5, { space: 3 });
  doc
    .moveTo(LEFT - 20, y)
    .lineTo(gapLeft, y)
    .stroke();
  doc
    .moveTo(gapRight, y)
    .lineTo(RIGHT + 20, y)
    .stroke();
  doc.undash().restore();
  box(doc, hint, LEFT, y - 5, WIDTH, 12, { size: 8, color: GREY, align: 'center' });
}

interface Cell {
  text: string;
  width: number;
  label?: boolean;
}

/** One table row; cells wrap (shrinking down to 8 pt) within `maxHeight`. Returns the row's bottom. */
function tableRow(doc: Doc, top: number, cells: Cell[], minHeight: number, maxHeight: number): number {
  const pad = 5;
  const size = 10.5;
  let height = minHeight;
  for (const cell of cells) {
    const inner = cell.width - pad * 2;
    const s = fitSize(doc, cell.text, 'cn', size, 8, inner, maxHeight - pad * 2);
    doc.fontSize(s);
    height = Math.max(height, Math.min(doc.heightOfString(cell.text, { width: inner }) + pad * 2, maxHeight));
  }
  let x = LEFT;
  for (const cell of cells) {
    const inner = cell.width - pad * 2;
    if (cell.label) doc.rect(x, top, cell.width, height).fill('#f2f2f2');
    doc.rect(x, top, cell.width, height).lineWidth(0.6).strokeColor('#444').stroke();
    const s = fitSize(doc, cell.text, 'cn', size, 8, inner, maxHeight - pad * 2);
    doc.fontSize(s);
    const textHeight = Math.min(doc.heightOfString(cell.text, { width: inner }), height - pad * 2);
    box(doc, cell.text, x + pad, top + (height - textHeight) / 2, inner, height - pad * 2, {
      size: s,
      align: cell.label ? 'center' : 'left',
    });
    x += cell.width;
  }
  return top + height;
}

function drawStub(doc: Doc, input: TransferLetterInput) {
  const p = input.person;
  let y = header(doc, STUB.top, '存根联', `${TITLE}（存根）`, input.letterNumber);
  y += 4;
  const label = 72;
  const rest = (used: number) => WIDTH - used;
  const rowHeight = 24;
  // Four one-line rows; the two org rows share what is left of the band and wrap within it.
  const orgRowMax = (STUB.bottom - y - rowHeight * 4) / 2;
  y = tableRow(
    doc,
    y,
    [
      { text: '姓名', width: label, label: true },
      { text: p.name, width: 100 },
      { text: '性别', width: 48, label: true },
      { text: p.sex, width: 52 },
      { text: '年龄', width: 48, label: true },
      { text: `${p.age}岁`, width: 52 },
      { text: '民族', width: 48, label: true },
      { text: p.ethnicity, width: rest(label + 100 + 48 + 52 + 48 + 52 + 48) },
    ],
    rowHeight,
    rowHeight,
  );
  y = tableRow(
    doc,
    y,
    [
      { text: '身份证号码', width: label, label: true },
      { text: p.idNumber, width: 248 },
      { text: '党员身份', width: 100, label: true },
      { text: p.membership, width: rest(label + 248 + 100) },
    ],
    rowHeight,
    rowHeight,
  );
  y = tableRow(
    doc,
    y,
    [
      { text: '由何处', width: label, label: true },
      { text: input.fromOrgName, width: rest(label) },
    ],
    rowHeight,
    orgRowMax,
  );
  y = tableRow(
    doc,
    y,
    [
      { text: '转往何处', width: label, label: true },
      { text: input.toOrgName, width: rest(label) },
    ],
    rowHeight,
    orgRowMax,
  );
  y = tableRow(
    doc,
    y,
    [
      { text: '党费交至', width: label, label: true },
      { text: chineseMonth(input.duesPaidUpTo), width: 148 },
      { text: '有效期', width: 52, label: true },
      {
        text: `${input.validityDays} 天（至${chineseDate(input.expiresOn)}）`,
        width: rest(label + 148 + 52),
      },
    ],
    rowHeight,
    rowHeight,
  );
  tableRow(
    doc,
    y,
    [
      { text: '开具日期', width: label, label: true },
      { text: chineseDate(input.issuedOn), width: 148 },
      { text: '经办人', width: 52, label: true },
      { text: '', width: rest(label + 148 + 52) },
    ],
    rowHeight,
    rowHeight,
  );
}

/** Right-hand signature block: the org (or a blank for it), the seal mark and the date, centred in a column. */
function signature(doc: Doc, bottom: number, org: string, date: string) {
  const width = 230;
  const x = RIGHT - width;
  const dateTop = bottom - 16;
  box(doc, date, x, dateTop, width, 16, { size: 11.5, align: 'center' });
  box(doc, '（盖章）', x, dateTop - 19, width, 16, { size: 10, color: GREY, align: 'center' });
  doc.font('cn').fontSize(11.5);
  const orgHeight = Math.min(doc.heightOfString(org, { width, align: 'center' }), 32);
  box(doc, org, x, dateTop - 22 - orgHeight, width, 32, { size: 11.5, minSize: 8.5, align: 'center' });
  return dateTop - 22 - orgHeight;
}

function drawLetter(doc: Doc, input: TransferLetterInput) {
  const p = input.person;
  const top = header(doc, LETTER.top, '介绍信联', TITLE, input.letterNumber);

  // Bottom up: contact lines, then the signature block, then the body fills what is left.
  const contact: string[] = [];
  if (input.contact.phone) contact.push(`联系电话：${input.contact.phone}`);
  if (input.contact.address) contact.push(`通讯地址：${input.contact.address}`);
  const memberLine = input.memberPhone ? `党员本人联系电话：${input.memberPhone}` : '';
  let bottom = LETTER.bottom;
  if (memberLine) {
    box(doc, memberLine, LEFT, bottom - 13, WIDTH, 13, { size: 9, minSize: 7, color: GREY });
    bottom -= 15;
  }
  if (contact.length) {
    const line = `开具党组织${contact.join('\u3000')}`;
    doc.font('cn').fontSize(9);
    const h = Math.min(doc.heightOfString(line, { width: WIDTH }), 26);
    box(doc, line, LEFT, bottom - h, WIDTH, 26, { size: 9, minSize: 7, color: GREY });
    bottom -= h + 4;
  }
  const signatureTop = signature(doc, bottom - 4, input.issuingOrgName, chineseDate(input.issuedOn));

  const membership = p.membership.replace('党员', '');
  const segments: [string, boolean][] = [
    ['兹介绍', false],
    [` ${p.name} `, true],
    [`同志（${p.sex}，${p.age}岁，${p.ethnicity}，身份证号码`, false],
    [` ${p.idNumber} `, true],
    ['）系中共', false],
    [membership, true],
    ['党员，其组织关系由', false],
    [input.fromOrgName, true],
    ['转到你处，请接洽。', false],
    ['该同志党费已交到', false],
    [chineseMonth(input.duesPaidUpTo), true],
    ['。', false],
  ];
  const validity = `（有效期 ${input.validityDays} 天，至${chineseDate(input.expiresOn)}）`;

  const addressee = `${input.toOrgName}：`;
  doc.font('cn').fontSize(12);
  const addresseeHeight = Math.min(doc.heightOfString(addressee, { width: WIDTH }), 46);
  box(doc, addressee, LEFT, top + 2, WIDTH, 46, { size: 12, minSize: 9 });

  const bodyTop = top + 2 + addresseeHeight + 6;
  const available = signatureTop - 8 - bodyTop;
  const body = segments.map(([text]) => text).join('');
  const validityGap = 4;
  const lineGap = 5;
  let size = 12;
  for (; size > 8.5; size -= 0.5) {
    doc.font('cn').fontSize(size);
    const h =
      doc.heightOfString(body, { width: WIDTH, indent: size * 2, lineGap }) +
      validityGap +
      doc.heightOfString(validity, { width: WIDTH, indent: size * 2 });
    if (h <= available) break;
  }
  doc.font('cn').fontSize(size).fillColor(INK);
  const bodyHeight = Math.min(
    doc.heightOfString(body, { width: WIDTH, indent: size * 2, lineGap }),
    available - size * 1.5 - validityGap,
  );
  segments.forEach(([text, underline], i) => {
    const options = {
      width: WIDTH,
      height: bodyHeight,
      indent: size * 2,
      lineGap,
      underline,
      continued: i < segments.length - 1,
    };
    if (i === 0) doc.text(text, LEFT, bodyTop, options);
    else doc.text(text, options);
  });
  box(doc, validity, LEFT + size * 2, bodyTop + bodyHeight + validityGap, WIDTH - size * 2, size * 1.5, {
    size,
  });
}

function drawReceipt(doc: Doc, input: TransferLetterInput) {
  const top = header(doc, RECEIPT.top, '回执联', `${TITLE}（回执）`, input.letterNumber);
  const addressee = `${input.issuingOrgName}：`;
  const used = box(doc, addressee, LEFT, top + 2, WIDTH, 30, { size: 12, minSize: 9 });
  const body = `\u3000\u3000${input.person.name} 同志的党员组织关系已转达我处，特此回复。`;
  box(doc, body, LEFT, top + 2 + used + 5, WIDTH, 30, { size: 12, minSize: 9 });
  signature(doc, RECEIPT.bottom, '接收党组织', '\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日');
}

/** 组织关系介绍信: stub, letter and return receipt on one A4 page, cut apart along the dashed lines. */
export async function renderTransferLetter(input: TransferLetterInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    // No bottom margin: every text box has its own height, so nothing can flow onto a second page.
    margins: { top: 0, bottom: 0, left: LEFT, right: LEFT },
    info: { Title: `${input.person.name} 党员组织关系介绍信 第${input.letterNumber}号` },
  });
  doc.registerFont('cn', CHINESE_FONT);
  doc.registerFont('cn-bold', CHINESE_FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  drawStub(doc, input);
  cutLine(doc, CUT_1, '（此联沿虚线剪开，存根联由开具党组织留存）');
  drawLetter(doc, input);
  cutLine(doc, CUT_2, '（此联沿虚线剪开，回执联由接收党组织填写盖章后寄回开具党组织）');
  drawReceipt(doc, input);

  doc.end();
  return done;
}
