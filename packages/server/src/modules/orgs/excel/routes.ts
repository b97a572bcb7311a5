import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../../app';
import type { ImportJobs } from '../../imports/job-runner';
import { readUpload } from '../../imports/upload';
import { asXlsxDownload } from '../../imports/xlsx-response';
import { orgTemplate } from './template';

const tags = ['orgs'];

/** Org tree import: template and upload (the job itself is under /imports). */
export async function orgExcelRoutes(app: ZodApp, _deps: AppDeps, jobs: ImportJobs): Promise<void> {
  app.get(
    '/orgs/import/template.xlsx',
    {
      config: { access: 'org.manage' },
      schema: { tags, summary: '下载组织信息导入模板（.xlsx）' },
    },
    async (_request, reply) => asXlsxDownload(reply, '组织信息导入模板.xlsx').send(await orgTemplate()),
  );

  app.post(
    '/orgs/import',
    {
      config: { access: 'org.manage' },
      schema: {
        tags,
        summary: '上传组织信息 Excel（multipart，字段 file）：建立导入任务并在后台校验，立即返回任务编号',
        response: { 202: z.object({ id: z.number().int() }) },
      },
    },
    async (request, reply) => {
      const upload = await readUpload(request);
      const id = await jobs.start(request.ctx, 'orgs', upload.fileName, upload.data);
      return reply.status(202).send({ id });
    },
  );
}
