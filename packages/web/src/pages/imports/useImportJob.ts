import type { ImportJob } from '@jiceng/core';
import { useCallback, useEffect, useState } from 'react';
import { importsApi } from '../../api/imports';

/** Steps that run in the background on the server; the job is polled until it leaves them. */
export const RUNNING: readonly ImportJob['status'][] = ['validating', 'committing'];
// Validation of a few thousand rows takes seconds; a quick poll keeps the bar moving without load.
const POLL_MS = 600;
const RETRY_MS = 3000;

/** The job `id`, kept fresh while it runs; `track` takes a job the server just answered with and resumes polling. */
export function useImportJob(id: number | undefined) {
  const [state, setState] = useState<{ id: number; job?: ImportJob; error?: unknown }>();
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (id === undefined) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const job = await importsApi.job(id);
        if (stopped) return;
        setState({ id, job });
        if (RUNNING.includes(job.status)) timer = setTimeout(poll, POLL_MS);
      } catch (error) {
        if (stopped) return;
        // A passing network failure should not end the wizard; the job runs on regardless.
        setState((s) => ({ id, job: s?.id === id ? s.job : undefined, error }));
        timer = setTimeout(poll, RETRY_MS);
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [id, round]);

  const track = useCallback(
    (job: ImportJob) => {
      setState({ id: job.id, job });
      setRound((r) => r + 1);
    },
    [setState],
  );

  const current = state?.id === id ? state : undefined;
  return { job: current?.job, error: current?.error, track };
}
