// node --import tsx bench/src/import-persons.ts [--rows=50000]; DATABASE_URL=... measures PostgreSQL instead.
// Generates a valid person file, uploads it to the real server (in this process, on a scratch database),
// waits for validation and for the commit, and prints both times and the peak RSS of the process (the
// embedded database runs in a worker thread of this same process, so it is counted too).
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import {
  addDays,
  composeIdNumber,
  EDUCATION_LABELS,
  headerOf,
  OCCUPATION_LABELS,
  PERSON_COLUMNS,
  PERSON_KIND_LABELS,
  type ImportJob,
  type PersonColumnKey,
} from '@jiceng/core';
import { GIVEN_CHARS, SURNAMES } from '../../packages/server/src/demo/names';
import { pick, seededRandom } from '../../packages/server/src/demo/random';
import { startTestApp } from '../../packages/server/src/test/test-app';
import type { TestClient } from '../../packages/server/src/test/test-client';
import { openScratchDatabase } from './scratch-db';

const rowsArg = process.argv.find((a) => a.startsWith('--rows='));
const ROWS = rowsArg ? Number(rowsArg.slice(7)) : 50_000;
const BRANCHES = 40;
const TARGET_SECONDS = 30;
const TARGET_RSS_MB = 1024;

let peakRss = process.memoryUsage().rss;
/** Reset at the start of each step, for the step's own peak. */
let stepPeak = peakRss;
const sampler = setInterval(() => {
  const rss = process.memoryUsage().rss;
  peakRss = Math.max(peakRss, rss);
  stepPeak = Math.max(stepPeak, rss);
}, 20);

/** Unique valid ID numbers: each birth date carries up to 1,000 sequence numbers. */
function* idNumbers(random: () => number): Generator<{ id: string; birthDate: string }> {
  const used = new Set<string>();
  for (;;) {
    const birthDate = addDays('1950-01-01', Math.floor(random() * 365 * 40));
    const id = composeIdNumber('360426', birthDate, Math.floor(random() * 1000));
    if (!used.has(id)) {
      used.add(id);
      yield { id, birthDate };
    }
  }
}

/** The file a county office would upload: every column filled, members at several stages. */
async function generateFile(rows: number, branchCodes: readonly string[]): Promise<Buffer> {
  const random = seededRandom(2026);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('党员信息');
  sheet.columns = PERSON_COLUMNS.map((c) => ({
    header: headerOf(c),
    key: c.key,
    style: c.text ? { numFmt: '@' } : {},
  }));
  const ids = idNumbers(random);
  for (let i = 0; i < rows; i += 1) {
    const { id, birthDate } = ids.next().value!;
    const applied = addDays(birthDate, 365 * 19 + Math.floor(random() * 365 * 10));
    const stage = random();
    const values: Partial<Record<PersonColumnKey, string>> = {
      name: pick(random, SURNAMES) + pick(random, GIVEN_CHARS) + pick(random, GIVEN_CHARS),
      idNumber: id,
      ethnicity: random() < 0.9 ? '汉族' : '苗族',
      phone: `139${String(i).padStart(8, '0')}`,
      education: pick(random, Object.values(EDUCATION_LABELS)),
      personKind: pick(random, Object.values(PERSON_KIND_LABELS)),
      occupation: pick(random, Object.values(OCCUPATION_LABELS)),
      address: `城关镇${i % 300}号`,
      branchCode: branchCodes[i % branchCodes.length],
      applicationDate: applied,
    };
    if (stage > 0.1) values.activistDate = addDays(applied, 180);
    if (stage > 0.15) values.candidateDate = addDays(applied, 400);
    if (stage > 0.2) values.admissionDate = addDays(applied, 600);
    if (stage > 0.3) values.conversionDate = addDays(applied, 965);
    sheet.addRow(values).commit();
  }
  await sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

async function waitFor(client: TestClient, id: number): Promise<ImportJob> {
  for (;;) {
    const job = (await client.get<ImportJob>(`/api/imports/${id}`)).body;
    if (job.status !== 'validating' && job.status !== 'committing') return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function main(): Promise<void> {
  const scratch = await openScratchDatabase(process.env.DATABASE_URL);
  const t = await startTestApp({ database: scratch.database });
  try {
    const county = await t.admin.post<{ id: number }>('/api/orgs', {
      parentId: null,
      kind: 'committee',
      name: '基准县委',
    });
    const codes: string[] = [];
    for (let b = 0; b < BRANCHES; b += 1) {
      const code = `BR${String(b).padStart(3, '0')}`;
      await t.admin.post('/api/orgs', {
        parentId: county.body.id,
        kind: 'branch',
        name: `基准第${b + 1}党支部`,
        code,
      });
      codes.push(code);
    }
    const baselineMb = process.memoryUsage().rss / 1024 / 1024;
    console.log(
      `服务器和数据库启动后 RSS：${baselineMb.toFixed(0)} MB（峰值 ${(peakRss / 1024 / 1024).toFixed(0)} MB）`,
    );
    let start = performance.now();
    const file = await generateFile(ROWS, codes);
    console.log(
      `生成文件：${ROWS} 行，${(file.length / 1024 / 1024).toFixed(1)} MB，${((performance.now() - start) / 1000).toFixed(1)} s`,
    );

    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    stepPeak = process.memoryUsage().rss;
    start = performance.now();
    const form = new FormData();
    // The upload client runs in this process too: the Blob takes the file without another copy.
    form.append('file', new Blob([file]), 'bench.xlsx');
    const uploaded = await fetch(`${t.baseUrl}/api/persons/import`, {
      method: 'POST',
      headers: { origin: t.baseUrl, cookie: t.admin.cookie! },
      body: form,
    });
    if (uploaded.status !== 202) throw new Error(`上传失败：${uploaded.status} ${await uploaded.text()}`);
    const { id } = (await uploaded.json()) as { id: number };
    const checked = await waitFor(t.admin, id);
    const validateSeconds = (performance.now() - start) / 1000;
    if (checked.status !== 'validated') {
      throw new Error(`校验未通过：${JSON.stringify(checked).slice(0, 500)}`);
    }
    const validatePeak = stepPeak;
    stepPeak = process.memoryUsage().rss;

    start = performance.now();
    const response = await t.admin.post(`/api/imports/${id}/commit`, { mode: 'all' });
    if (response.status !== 202) throw new Error(`提交失败：${JSON.stringify(response.body)}`);
    const done = await waitFor(t.admin, id);
    const commitSeconds = (performance.now() - start) / 1000;
    const commitPeak = stepPeak;
    if (done.status !== 'committed') throw new Error(`导入失败：${done.message}`);

    stepPeak = process.memoryUsage().rss;
    start = performance.now();
    const exported = await fetch(`${t.baseUrl}/api/persons/export.xlsx`, {
      headers: { cookie: t.admin.cookie! },
    });
    const exportBytes = (await exported.arrayBuffer()).byteLength;
    const exportSeconds = (performance.now() - start) / 1000;
    const exportPeak = stepPeak;

    const counts = await scratch.database.pool.query<{ persons: number; events: number }>(
      'SELECT (SELECT count(*)::int FROM persons) AS persons, (SELECT count(*)::int FROM person_events) AS events',
    );
    const total = validateSeconds + commitSeconds;
    const rssMb = peakRss / 1024 / 1024;
    console.log(`数据库：${scratch.where}`);
    console.log(`上传并校验：${validateSeconds.toFixed(1)} s（其间峰值 RSS ${mb(validatePeak)}）`);
    console.log(
      `提交导入：${commitSeconds.toFixed(1)} s（${counts.rows[0]!.persons} 人，${counts.rows[0]!.events} 条档案记录；其间峰值 RSS ${mb(commitPeak)}）`,
    );
    console.log(
      `合计：${total.toFixed(1)} s（目标 < ${TARGET_SECONDS} s，${total < TARGET_SECONDS ? '达标' : '未达标'}）`,
    );
    console.log(
      `进程峰值 RSS：${rssMb.toFixed(0)} MB（目标 < ${TARGET_RSS_MB} MB，${rssMb < TARGET_RSS_MB ? '达标' : '未达标'}）`,
    );
    console.log(
      `另：导出全部 ${ROWS} 人（流式）${exportSeconds.toFixed(1)} s，${(exportBytes / 1024 / 1024).toFixed(1)} MB，其间峰值 RSS ${mb(exportPeak)}`,
    );
  } finally {
    clearInterval(sampler);
    await t.close();
    await scratch.dispose();
  }
}

await main();
