import { addDays, type IsoDate } from '../shared/dates';

/** What a task update leaves behind: done and progress 100 always go together. */
export function settleTaskProgress(
  current: { progress: number; done: boolean },
  change: { progress?: number | undefined; done?: boolean | undefined },
): { progress: number; done: boolean } {
  if (change.done === true) return { progress: 100, done: true };
  if (change.done === false) {
    const progress = change.progress ?? current.progress;
    // Reopening a finished task leaves it just short of done.
    return { progress: Math.min(progress, 99), done: false };
  }
  const progress = change.progress ?? current.progress;
  return { progress, done: progress === 100 };
}

/** A task not done after its due date. */
export function taskOverdue(task: { dueOn: IsoDate | null; done: boolean }, today: IsoDate): boolean {
  return !task.done && task.dueOn !== null && addDays(task.dueOn, 1) <= today;
}

/** A task force's progress: the mean of its tasks', rounded; 0 before it has any. */
export function taskForceProgress(tasks: readonly { progress: number }[]): number {
  if (tasks.length === 0) return 0;
  return Math.round(tasks.reduce((sum, t) => sum + t.progress, 0) / tasks.length);
}
