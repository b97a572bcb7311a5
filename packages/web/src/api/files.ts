import { send, type Query } from './client';

/** The name the server gave the file (RFC 6266: the UTF-8 `filename*` carries the Chinese name). */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      return fallback;
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/**
 * Downloads a file from the API through fetch rather than a plain link, so a refusal (no permission, an
 * expired session) shows as a message on the page instead of a JSON error page. Answers with the file name.
 */
export async function downloadFile(path: string, query?: Query, fallbackName = '下载.xlsx'): Promise<string> {
  const response = await send(path, { query });
  const name = fileNameOf(response, fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken its copy once the click is handled; the next tick is late enough.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return name;
}

/** Uploads one file as multipart form data under the field name the API expects (`file`). */
export async function uploadFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await send(path, { method: 'POST', headers: { Accept: 'application/json' }, body: form });
  return (await response.json()) as T;
}
