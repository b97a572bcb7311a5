import type { ApiError } from '@jiceng/core';

export interface TestResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A browser-like HTTP client: keeps the session cookie and sends a same-origin Origin header. */
export class TestClient {
  cookie: string | null = null;
  constructor(readonly baseUrl: string) {}

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const h: Record<string, string> = { origin: this.baseUrl, ...headers };
    if (this.cookie) h.cookie = this.cookie;
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const response = await fetch(this.baseUrl + path, { method, headers: h, body: payload });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie?.startsWith('jiceng_session=')) {
      const value = setCookie.split(';')[0]!;
      this.cookie = value === 'jiceng_session=' ? null : value;
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON (HTML, plain text): tests see the raw text.
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body);
  }
  patch<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  delete<T = unknown>(path: string) {
    return this.request<T>('DELETE', path);
  }

  /** A download (PDF, Excel): the bytes as they came. */
  async getRaw(path: string): Promise<{ status: number; buffer: Buffer; headers: Headers }> {
    const headers: Record<string, string> = { origin: this.baseUrl };
    if (this.cookie) headers.cookie = this.cookie;
    const response = await fetch(this.baseUrl + path, { headers });
    return {
      status: response.status,
      buffer: Buffer.from(await response.arrayBuffer()),
      headers: response.headers,
    };
  }

  async login(username: string, password: string): Promise<TestResponse> {
    const response = await this.post('/api/auth/login', { username, password });
    if (response.status !== 200) {
      throw new Error(`login ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response;
  }
}

export function errorOf(response: TestResponse): ApiError['error'] {
  return (response.body as ApiError).error;
}
