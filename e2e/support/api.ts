import type { Page } from 'playwright-core';

/**
 * Calls the API from inside the page, so the session cookie and the same-origin check are the browser's
 * own: setup steps that the test does not mean to exercise through the UI.
 */
export async function apiPost<T>(page: Page, path: string, body: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ path, body }) => {
      const response = await fetch(`/api${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    },
    { path, body },
  );
  if (result.status >= 300) throw new Error(`POST ${path} answered ${result.status}: ${result.text}`);
  return JSON.parse(result.text) as T;
}
