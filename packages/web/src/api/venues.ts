import type {
  ModelSite,
  ModelSiteInput,
  ModelSiteLevel,
  ModelSitePage,
  ModelSiteUpdate,
  Venue,
  VenueDetail,
  VenueInput,
  VenueKind,
  VenuePhoto,
  VenueUpdate,
  VenueUse,
  VenueUseInput,
} from '@jiceng/core';
import { api, send } from './client';
import { downloadFile, uploadFile } from './files';

export const venuesApi = {
  list: (query: { orgId?: number; kind?: VenueKind; includeClosed?: boolean }) =>
    api.get<Venue[]>('/venues', query),
  xlsx: (query: { orgId?: number; kind?: VenueKind; includeClosed?: boolean }) =>
    downloadFile('/venues.xlsx', query, '党群活动场所.xlsx'),
  get: (id: number, unmasked = false) =>
    api.get<VenueDetail>(`/venues/${id}`, unmasked ? { unmasked: 'true' } : undefined),
  create: (input: VenueInput) => api.post<Venue>('/venues', input),
  update: (id: number, input: VenueUpdate) => api.patch<Venue>(`/venues/${id}`, input),
  recordUse: (id: number, input: VenueUseInput) => api.post<VenueUse>(`/venues/${id}/uses`, input),
  uploadVenuePhoto: (id: number, file: File) => uploadFile<VenuePhoto>(`/venues/${id}/photos`, file),
  uploadSitePhoto: (id: number, file: File) => uploadFile<VenuePhoto>(`/model-sites/${id}/photos`, file),
  // 204 without a body: sent raw, not parsed as JSON.
  removePhoto: (photoId: number) =>
    send(`/venue-photos/${photoId}`, { method: 'DELETE' }).then(() => undefined),
  modelSites: (query: { orgId?: number; level?: ModelSiteLevel; year?: number }) =>
    api.get<ModelSite[]>('/model-sites', query),
  modelSite: (id: number) => api.get<ModelSitePage>(`/model-sites/${id}`),
  createModelSite: (input: ModelSiteInput) => api.post<ModelSite>('/model-sites', input),
  updateModelSite: (id: number, input: ModelSiteUpdate) => api.patch<ModelSite>(`/model-sites/${id}`, input),
};
