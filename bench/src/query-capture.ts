import pg from 'pg';

export interface CapturedQuery {
  text: string;
  values: unknown[];
  ms: number;
}

type QueryFn = (this: pg.Client, ...args: unknown[]) => unknown;

function textOf(arg: unknown): string | null {
  if (typeof arg === 'string') return arg;
  if (arg && typeof arg === 'object' && 'text' in arg && typeof arg.text === 'string') return arg.text;
  return null;
}

/**
 * Records every statement `work` sends, with its parameters and round-trip time, so EXPLAIN can be run on
 * exactly the SQL the service functions build rather than on a hand-copied version of it.
 */
export async function captureQueries(work: () => Promise<unknown>): Promise<CapturedQuery[]> {
  const proto = pg.Client.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  const captured: CapturedQuery[] = [];
  proto.query = function (this: pg.Client, ...args: unknown[]) {
    const text = textOf(args[0]);
    const values = Array.isArray(args[1]) ? (args[1] as unknown[]) : [];
    const start = performance.now();
    const result = original.apply(this, args);
    if (text !== null && result instanceof Promise) {
      void result.then(
        () => captured.push({ text, values, ms: performance.now() - start }),
        () => undefined,
      );
    }
    return result;
  };
  try {
    await work();
  } finally {
    proto.query = original;
  }
  return captured;
}
