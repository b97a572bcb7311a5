import type { FastifyBaseLogger } from 'fastify';
import { IMPORT_STATUS_LABELS, type ImportJob, type ImportKind, type ImportMode } from '@jiceng/core';
import type { Actor, RequestContext } from '../../auth/actor';
import { requireActor, requirePermission } from '../../auth/access';
import { conflict, notFound } from '../../http/errors';
import type { ImportHandler, ImportServices, ValidationResult } from './handler';
import { JobRegistry, type LiveJob } from './job-registry';
import {
  claimCommit,
  failJob,
  insertJob,
  LISTED_ERRORS,
  loadJob,
  loadJobFile,
  loadJobReport,
  saveCommit,
  saveValidation,
  type StoredJob,
} from './job-store';
import { buildErrorReport } from './report-writer';
import { ImportFileError } from './sheet-reader';
import { uniqueViolation } from '../../db/errors';

const INTERNAL_FAILURE = '处理文件时发生内部错误，未导入任何数据，请稍后重试';
const RACE_FAILURE = '导入期间有其他人登记了相同的身份证号或组织代码，未导入任何数据，请重新上传文件';

/** The job flow shared by every kind of import: upload → validate → commit, each step in the background. */
export class ImportJobs {
  readonly registry = new JobRegistry();

  constructor(
    private readonly services: ImportServices,
    private readonly handlers: Record<ImportKind, ImportHandler>,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Stores the upload and starts its validation; answers at once with the job id. */
  async start(ctx: RequestContext, kind: ImportKind, fileName: string, file: Buffer): Promise<number> {
    const handler = this.handlers[kind];
    const actor = requirePermission(ctx, handler.permission);
    const id = await insertJob(this.services.db, { kind, userId: actor.userId, fileName, file });
    this.registry.begin({ ...emptyJob(id, kind, fileName, 'validating'), userId: actor.userId });
    this.registry.run(this.validate(handler, actor, id, file));
    return id;
  }

  private async validate(handler: ImportHandler, actor: Actor, id: number, file: Buffer): Promise<void> {
    try {
      const result = await handler.validate(this.services, actor, file, (n) => this.registry.progress(id, n));
      if (result.totalRows === 0) {
        await failJob(this.services.db, id, '文件中没有数据行：请在表头下方逐行填写后再上传');
      } else {
        await this.saveChecked(handler, id, file, result, null);
      }
    } catch (error) {
      await this.fail(id, error);
    } finally {
      this.registry.end(id);
    }
  }

  private async saveChecked(
    handler: ImportHandler,
    id: number,
    file: Buffer,
    result: ValidationResult,
    prefix: string | null,
  ): Promise<void> {
    const { totalRows, errors } = result;
    const validRows = totalRows - errors.rowCount;
    const report = errors.count
      ? await buildErrorReport(file, errors, handler.sheetName, handler.columns)
      : null;
    const summary = errors.count
      ? `共 ${totalRows} 行，其中 ${errors.rowCount} 行有错误（共 ${errors.count} 处），${validRows} 行无误`
      : `共 ${totalRows} 行，全部校验通过，可以导入`;
    await saveValidation(this.services.db, id, {
      status: errors.count ? 'invalid' : 'validated',
      totalRows,
      validRows,
      errorCount: errors.count,
      errors: errors.list(LISTED_ERRORS),
      report,
      message: prefix ? `${prefix}${summary}` : summary,
    });
  }

  private async fail(id: number, error: unknown): Promise<void> {
    let message = INTERNAL_FAILURE;
    if (error instanceof ImportFileError) message = error.message;
    else if (uniqueViolation(error) !== null) message = RACE_FAILURE;
    else this.log.error({ err: error, importJobId: id }, 'import job failed');
    try {
      await failJob(this.services.db, id, message);
    } catch (saveError) {
      this.log.error({ err: saveError, importJobId: id }, 'could not record the failure of an import job');
    }
  }

  /** The job with live progress while a step runs in this process; only its own user sees it. */
  async view(ctx: RequestContext, id: number): Promise<ImportJob> {
    const actor = requireActor(ctx);
    const live = this.registry.get(id);
    if (live) {
      if (live.userId !== actor.userId) throw notFound('导入任务');
      return publicView(live);
    }
    return publicView(await this.own(actor, id));
  }

  async report(ctx: RequestContext, id: number): Promise<{ fileName: string; report: Buffer }> {
    const actor = requireActor(ctx);
    const job = await this.own(actor, id);
    const report = await loadJobReport(this.services.db, id, actor.userId);
    if (!report) throw notFound('错误报告');
    return { fileName: job.fileName, report };
  }

  /** Checks the mode against the validation and starts the commit; answers with the job at once. */
  async commit(ctx: RequestContext, id: number, mode: ImportMode): Promise<ImportJob> {
    const actor = requireActor(ctx);
    const job = this.registry.get(id) ?? (await this.own(actor, id));
    if (job.userId !== actor.userId) throw notFound('导入任务');
    const handler = this.handlers[job.kind];
    requirePermission(ctx, handler.permission);
    if (job.status !== 'validated' && job.status !== 'invalid') {
      throw conflict(`该导入任务当前状态为“${IMPORT_STATUS_LABELS[job.status]}”，不能提交导入`);
    }
    const badRows = job.totalRows - job.validRows;
    if (mode === 'all' && badRows > 0) {
      throw conflict(
        `文件中有 ${badRows} 行有错误（共 ${job.errorCount} 处），不能全部导入。请修改后重新上传，或选择只导入 ${job.validRows} 行无误的数据`,
      );
    }
    if (job.validRows === 0) throw conflict(`文件中全部 ${job.totalRows} 行都有错误，没有可导入的数据`);
    if (!(await claimCommit(this.services.db, id, mode))) {
      throw conflict('该导入任务已在导入或已完成，请刷新后查看');
    }
    const live: LiveJob = {
      ...job,
      status: 'committing',
      mode,
      message: null,
      processedRows: 0,
      totalRows: job.totalRows,
    };
    this.registry.begin(live);
    this.registry.run(this.runCommit(handler, ctx, live, mode));
    return publicView(live);
  }

  private async runCommit(
    handler: ImportHandler,
    ctx: RequestContext,
    job: LiveJob,
    mode: ImportMode,
  ): Promise<void> {
    try {
      const file = await loadJobFile(this.services.db, job.id);
      const result = await handler.commit(this.services, {
        ctx,
        jobId: job.id,
        fileName: job.fileName,
        file,
        mode,
        progress: (n) => this.registry.progress(job.id, n),
      });
      if ('revalidated' in result) {
        await this.saveChecked(
          handler,
          job.id,
          file,
          result.revalidated,
          '导入前复核发现数据已有变化（如身份证号已被登记），未导入任何数据。',
        );
        return;
      }
      const message =
        result.skippedRows > 0
          ? `已导入 ${result.committedRows} 行，跳过 ${result.skippedRows} 行有错误的数据`
          : `已导入全部 ${result.committedRows} 行`;
      await saveCommit(this.services.db, job.id, result.committedRows, message);
    } catch (error) {
      await this.fail(job.id, error);
    } finally {
      this.registry.end(job.id);
    }
  }

  private async own(actor: Actor, id: number): Promise<StoredJob> {
    const job = await loadJob(this.services.db, id, actor.userId);
    if (!job) throw notFound('导入任务');
    return job;
  }
}

function emptyJob(id: number, kind: ImportKind, fileName: string, status: ImportJob['status']): ImportJob {
  return {
    id,
    kind,
    status,
    fileName,
    totalRows: 0,
    processedRows: 0,
    validRows: 0,
    errorCount: 0,
    errors: [],
    mode: null,
    committedRows: 0,
    message: null,
  };
}

function publicView(job: StoredJob | LiveJob): ImportJob {
  const { userId: _userId, ...view } = job;
  return { ...view, errors: [...view.errors] };
}
