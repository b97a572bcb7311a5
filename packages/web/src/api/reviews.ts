import type { MemberReview, PersonReview, ReviewSaveInput } from '@jiceng/core';
import { api } from './client';

export const reviewsApi = {
  get: (orgId: number, year: number) => api.get<MemberReview>(`/orgs/${orgId}/reviews/${year}`),
  save: (orgId: number, year: number, input: ReviewSaveInput) =>
    api.put<MemberReview>(`/orgs/${orgId}/reviews/${year}`, input),
  ofPerson: (personId: number) => api.get<PersonReview[]>(`/persons/${personId}/reviews`),
};
