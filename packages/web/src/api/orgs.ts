import type {
  Org,
  OrgCreateInput,
  OrgKind,
  OrgPost,
  OrgPostCreateInput,
  OrgSearchHit,
  OrgSummary,
  OrgUpdateInput,
} from '@jiceng/core';
import { api } from './client';

export interface OrgDetail {
  org: Org;
  ancestors: { id: number; name: string; kind: OrgKind }[];
  posts: OrgPost[];
  children: OrgSummary[];
}

export const orgsApi = {
  roots: () => api.get<OrgSummary[]>('/orgs/roots'),
  children: (id: number) => api.get<OrgSummary[]>(`/orgs/${id}/children`),
  get: (id: number) => api.get<OrgDetail>(`/orgs/${id}`),
  search: (q: string, under?: number, limit = 50) =>
    api.get<OrgSearchHit[]>('/orgs/search', { q, under, limit }),
  create: (input: OrgCreateInput) => api.post<Org>('/orgs', input),
  update: (id: number, input: OrgUpdateInput) => api.patch<Org>(`/orgs/${id}`, input),
  move: (id: number, parentId: number) => api.post<Org>(`/orgs/${id}/move`, { parentId }),
  dissolve: (id: number) => api.delete<{ ok: true }>(`/orgs/${id}`),
  addPost: (id: number, input: OrgPostCreateInput) => api.post<OrgPost>(`/orgs/${id}/posts`, input),
  endPost: (id: number, postId: number) => api.delete<{ ok: true }>(`/orgs/${id}/posts/${postId}`),
};
