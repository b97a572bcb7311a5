import { stepRefusalSchema, type RuleViolation } from '@jiceng/core';

/** An error the API answered with; `message` is already Chinese and meant for the user. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** The rule a refusal rests on, e.g. "development.md D6". */
    readonly rule?: string,
    /** Every violation, when the API lists them all (closing a meeting, a development step). */
    readonly violations: RuleViolation[] = [],
    /** The whole answer, for refusals with more to say (a collection round names each member). */
    readonly payload: unknown = null,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Query;
  /** The session probe and the login form handle 401 themselves instead of leaving the page. */
  allowUnauthenticated?: boolean;
}

export const LOGIN_PATH = '/login';

function urlOf(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

function redirectToLogin(): void {
  const here = window.location.pathname + window.location.search;
  if (window.location.pathname === LOGIN_PATH) return;
  window.location.assign(`${LOGIN_PATH}?next=${encodeURIComponent(here)}`);
}

async function errorOf(response: Response): Promise<ApiRequestError> {
  const payload: unknown = await response.json().catch(() => null);
  const parsed = stepRefusalSchema.safeParse(payload);
  if (parsed.success) {
    const { code, message, field, rule, violations } = parsed.data.error;
    return new ApiRequestError(response.status, code, message, field, rule, violations, payload);
  }
  return new ApiRequestError(response.status, 'unknown', `请求失败（HTTP ${response.status}），请稍后重试`);
}

/**
 * Sends one request and answers with the raw response once it is known to be a success; a refusal
 * throws as an ApiRequestError (and 401 leaves for the login page unless told otherwise).
 */
export async function send(
  path: string,
  init: { method?: RequestOptions['method']; query?: Query; headers?: HeadersInit; body?: BodyInit | null },
  allowUnauthenticated = false,
): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(urlOf(path, init.query), {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      headers: init.headers,
      body: init.body ?? null,
    });
  } catch {
    throw new ApiRequestError(0, 'network_error', '无法连接服务器，请检查网络后重试');
  }
  if (!response.ok) {
    const error = await errorOf(response);
    if (response.status === 401 && !allowUnauthenticated) redirectToLogin();
    throw error;
  }
  return response;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const hasBody = options.body !== undefined;
  const response = await send(
    path,
    {
      method: options.method,
      query: options.query,
      // A JSON content type on an empty body is rejected by the server, so it is sent only with a body.
      headers: hasBody
        ? { 'Content-Type': 'application/json', Accept: 'application/json' }
        : { Accept: 'application/json' },
      body: hasBody ? JSON.stringify(options.body) : null,
    },
    options.allowUnauthenticated,
  );
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>(path, { query }),
  post: <T>(path: string, body?: unknown) => request<T>(path, { method: 'POST', body }),
  put: <T>(path: string, body: unknown) => request<T>(path, { method: 'PUT', body }),
  patch: <T>(path: string, body: unknown) => request<T>(path, { method: 'PATCH', body }),
  delete: <T>(path: string) => request<T>(path, { method: 'DELETE' }),
};
