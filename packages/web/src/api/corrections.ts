import type { Correction, CorrectionRequestInput, CorrectionStatus, Person, PersonEvent } from '@jiceng/core';
import { api } from './client';

/** A member's own record: unmasked, since it is theirs. */
export interface OwnRecord {
  person: Person;
  events: PersonEvent[];
  corrections: Correction[];
}

export const correctionsApi = {
  list: (status?: CorrectionStatus) => api.get<Correction[]>('/corrections', { status }),
  decide: (id: number, approve: boolean, reason?: string) =>
    api.post<Correction>(`/corrections/${id}/decision`, { approve, reason }),
};

export const selfApi = {
  record: () => api.get<OwnRecord>('/me/person'),
  requestCorrection: (input: CorrectionRequestInput) => api.post<Correction>('/me/corrections', input),
};
