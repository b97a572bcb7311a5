import type {
  Transfer,
  TransferExternalOutInput,
  TransferInboundInput,
  TransferList,
  TransferListFilter,
  TransferStartInput,
} from '@jiceng/core';
import { api } from './client';
import { downloadFile } from './files';

export const transfersApi = {
  list: (filter: TransferListFilter, orgId?: number, page = 1) =>
    api.get<TransferList>('/transfers', { filter, orgId, page }),
  get: (id: number) => api.get<Transfer>(`/transfers/${id}`),
  destinations: (q: string) => api.get<{ id: number; fullName: string }[]>('/transfers/destinations', { q }),
  start: (input: TransferStartInput) => api.post<Transfer>('/transfers', input),
  outbound: (input: TransferExternalOutInput) => api.post<Transfer>('/transfers/outbound', input),
  inbound: (input: TransferInboundInput) => api.post<Transfer>('/transfers/inbound', input),
  approve: (id: number) => api.post<Transfer>(`/transfers/${id}/approve`, {}),
  refuse: (id: number, reason: string) => api.post<Transfer>(`/transfers/${id}/refuse`, { reason }),
  cancel: (id: number, reason?: string) => api.post<Transfer>(`/transfers/${id}/cancel`, { reason }),
  reissue: (id: number, validityDays?: number) =>
    api.post<Transfer>(`/transfers/${id}/reissue`, { validityDays }),
  receive: (id: number, body: { receivedOn: string; groupId?: number; lateStatement?: string }) =>
    api.post<Transfer>(`/transfers/${id}/receive`, body),
  receipt: (id: number, returnedOn: string) => api.post<Transfer>(`/transfers/${id}/receipt`, { returnedOn }),
  letter: (id: number) => downloadFile(`/transfers/${id}/letter.pdf`, undefined, '组织关系介绍信.pdf'),
  mine: () => api.get<Transfer[]>('/me/transfers'),
};
