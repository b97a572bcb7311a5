import { idSchema, personExportQuerySchema } from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../../app';
import type { ImportJobs } from '../../imports/job-runner';
import { readUpload } from '../../imports/upload';
import { asXlsxDownload, streamXlsx } from '../../imports/xlsx-response';
import { planPersonExport } from './export-plan';
import { writePersonExport } from './export-writer';
import { loadRoster } from './roster';
import { writeRoster } from './roster-writer';
import { personTemplate } from './template';

const tags = ['persons'];
const accepted = z.object({ id: z.number().int() });

/** Person Excel files: import template and upload, export, and the branch roster. */
export async function personExcelRoutes(app: ZodApp, deps: AppDeps, jobs: ImportJobs): Promise<void> {
  const { cipher } = deps;
  const db = deps.database.db;

  app.get(
    '/persons/import/template.xlsx',
    {
      config: { access: 'person.manage' },
      schema: { tags, summary: '下载党员信息导入模板（.xlsx）' },
    },
    async (_request, reply) => asXlsxDownload(reply, '党员信息导入模板.xlsx').send(await personTemplate()),
  );

  app.post(
    '/persons/import',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '上传党员信息 Excel（multipart，字段 file）：建立导入任务并在后台校验，立即返回任务编号',
        response: { 202: accepted },
      },
    },
    async (request, reply) => {
      const upload = await readUpload(request);
      const id = await jobs.start(request.ctx, 'persons', upload.fileName, upload.data);
      return reply.status(202).send({ id });
    },
  );

  app.get(
    '/persons/export.xlsx',
    {
      config: { access: 'person.read' },
      schema: {
        tags,
        summary:
          '按人员列表的筛选条件导出 Excel；unmasked=true 导出完整身份证号和手机号（需权限，记入审计日志）',
        querystring: personExportQuerySchema,
      },
    },
    async (request, reply) => {
      const ids = await planPersonExport(db, cipher, request.ctx, request.query);
      const unmasked = request.query.unmasked === 'true';
      return streamXlsx(reply, '党员信息.xlsx', (out) => writePersonExport(db, cipher, ids, unmasked, out));
    },
  );

  app.get(
    '/orgs/:id/roster.xlsx',
    {
      config: { access: 'person.read' },
      schema: {
        tags,
        summary: '党支部党员花名册（.xlsx，A4 横向打印）',
        params: z.object({ id: idSchema }),
      },
    },
    async (request, reply) => {
      const roster = await loadRoster(db, cipher, request.ctx, request.params.id);
      return streamXlsx(reply, `${roster.branchName}党员花名册.xlsx`, (out) => writeRoster(roster, out));
    },
  );
}
