import { idSchema, importCommitSchema, importJobSchema } from '@jiceng/core';
import { z } from 'zod';
import type { ZodApp } from '../../app';
import type { ImportJobs } from './job-runner';
import { asXlsxDownload } from './xlsx-response';

const tags = ['imports'];
const idParams = z.object({ id: idSchema });

/** The job of an Excel import: progress and result, error report, commit. Only its own user reaches it. */
export async function importJobRoutes(app: ZodApp, jobs: ImportJobs): Promise<void> {
  app.get(
    '/imports/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: '导入任务的进度和结果（校验错误按行列出）',
        params: idParams,
        response: { 200: importJobSchema },
      },
    },
    async (request) => jobs.view(request.ctx, request.params.id),
  );

  app.get(
    '/imports/:id/report.xlsx',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: '错误报告：上传的表格中有错误的单元格标红并批注原因，末列“错误说明”',
        params: idParams,
      },
    },
    async (request, reply) => {
      const { fileName, report } = await jobs.report(request.ctx, request.params.id);
      const base = fileName.replace(/\.xlsx$/i, '');
      return asXlsxDownload(reply, `${base}-错误报告.xlsx`).send(report);
    },
  );

  app.post(
    '/imports/:id/commit',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          '确认导入：all 要求全部行无误；valid_only 只导入无误的行。在后台一次性写入（全部成功或全部不写）',
        params: idParams,
        body: importCommitSchema,
        response: { 202: importJobSchema },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await jobs.commit(request.ctx, request.params.id, request.body.mode)),
  );
}
