import type { ImportJob } from '@jiceng/core';

export interface LiveJob extends ImportJob {
  userId: number;
}

/**
 * Jobs running in this process: their progress lives here, so polling reads no database row while a
 * step runs, and shutdown waits for them. The result is persisted in `import_jobs` when a step ends.
 */
export class JobRegistry {
  private readonly live = new Map<number, LiveJob>();
  private readonly running = new Set<Promise<void>>();

  begin(job: LiveJob): void {
    this.live.set(job.id, job);
  }

  get(id: number): LiveJob | undefined {
    return this.live.get(id);
  }

  progress(id: number, processedRows: number): void {
    const job = this.live.get(id);
    if (job) {
      job.processedRows = processedRows;
      if (job.status === 'validating') job.totalRows = processedRows;
    }
  }

  end(id: number): void {
    this.live.delete(id);
  }

  /** Runs a step in the background of this process; the request that started it has already answered. */
  run(task: Promise<void>): void {
    // The runner reports its own failures on the job; nothing may escape as an unhandled rejection.
    const tracked = task.catch(() => undefined).finally(() => this.running.delete(tracked));
    this.running.add(tracked);
  }

  async drain(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }
}
