import type { AuditEntry } from '@jiceng/core';
import { api } from './client';
import type { Page } from './page';

export interface AuditFilter {
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
}

export const auditApi = {
  list: (filter: AuditFilter, page: number, pageSize: number) =>
    api.get<Page<AuditEntry>>('/audit', { ...filter, page, pageSize }),
};
