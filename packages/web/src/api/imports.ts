import type { ImportJob, ImportKind, ImportMode } from '@jiceng/core';
import { api } from './client';
import { downloadFile, uploadFile } from './files';

/** Where each kind of import takes its template and its upload; the job itself is the same for all. */
const BASE: Record<ImportKind, string> = { persons: '/persons', orgs: '/orgs' };

export const importsApi = {
  template: (kind: ImportKind) => downloadFile(`${BASE[kind]}/import/template.xlsx`),
  upload: (kind: ImportKind, file: File) => uploadFile<{ id: number }>(`${BASE[kind]}/import`, file),
  job: (id: number) => api.get<ImportJob>(`/imports/${id}`),
  report: (id: number) => downloadFile(`/imports/${id}/report.xlsx`, undefined, '错误报告.xlsx'),
  commit: (id: number, mode: ImportMode) => api.post<ImportJob>(`/imports/${id}/commit`, { mode }),
};
