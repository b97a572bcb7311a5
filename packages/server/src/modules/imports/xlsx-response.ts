import type { FastifyReply } from 'fastify';
import { PassThrough } from 'node:stream';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Download headers for an .xlsx with a Chinese file name (RFC 6266: an ASCII fallback plus UTF-8). */
export function asXlsxDownload(reply: FastifyReply, fileName: string): FastifyReply {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .header('content-type', XLSX_TYPE)
    .header('cache-control', 'no-store')
    .header(
      'content-disposition',
      `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    );
}

/**
 * Streams a workbook as it is written. Everything that can refuse the request must run before: once the
 * first bytes are out, a failure can only cut the download short (and is logged).
 */
export function streamXlsx(
  reply: FastifyReply,
  fileName: string,
  write: (out: PassThrough) => Promise<void>,
): FastifyReply {
  const out = new PassThrough();
  write(out).catch((error: unknown) => {
    reply.log.error({ err: error }, 'writing a workbook failed');
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return asXlsxDownload(reply, fileName).send(out);
}
