import type { FastifyRequest } from 'fastify';
import { AppError, badRequest } from '../../http/errors';

export const MAX_UPLOAD_MB = 20;
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;

/** The one file of a multipart upload, whole (it is stored on the job for the later steps). */
export async function readUpload(request: FastifyRequest): Promise<{ fileName: string; data: Buffer }> {
  if (!request.isMultipart()) {
    throw new AppError(415, 'bad_request', '请以表单（multipart/form-data）方式上传一个 Excel 文件（.xlsx）');
  }
  const part = await request.file({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  if (!part) throw badRequest('请选择要上传的 Excel 文件（.xlsx）', 'file');
  const tooLarge = () =>
    new AppError(413, 'bad_request', `文件不能超过 ${MAX_UPLOAD_MB} MB，请分成几个文件上传`, 'file');
  let data: Buffer;
  try {
    data = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw error;
  }
  // Under load the size-limit error was seen to lose the race with the end of the buffer (a 21 MB upload
  // answered 202): the truncation flag and the length decide as well.
  if (part.file.truncated || data.length >= MAX_UPLOAD_BYTES) throw tooLarge();
  if (data.length === 0) throw badRequest('上传的文件是空的', 'file');
  // Old browsers sent the whole client path; only the name is kept.
  const fileName = (part.filename.replace(/^.*[\\/]/, '') || 'upload.xlsx').slice(0, 200);
  return { fileName, data };
}
