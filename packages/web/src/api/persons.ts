import type {
  Person,
  PersonCreateInput,
  PersonEvent,
  PersonUpdateInput,
  AgeBand,
  Education,
  JoinBand,
  Occupation,
  PersonKind,
  PersonListStanding,
  SexValue,
  Stage,
} from '@jiceng/core';
import { api, type Query } from './client';
import { downloadFile } from './files';
import type { Page } from './page';

export type PersonSort = 'org' | 'name' | 'birthDate' | 'admissionDate';

/** The list's filters; the export takes the same ones. */
export interface PersonFilter {
  q?: string;
  orgId?: number;
  stage?: Stage[];
  sex?: SexValue;
  education?: Education;
  personKind?: PersonKind;
  occupation?: Occupation;
  ageBand?: AgeBand;
  joinBand?: JoinBand;
  /** Whose records: the server lists counted members (正常) when omitted. */
  standing?: PersonListStanding;
  sort?: PersonSort;
  order?: 'asc' | 'desc';
}

function queryOf(filter: PersonFilter): Query {
  const { stage, ...rest } = filter;
  return { ...rest, stage: stage?.length ? stage.join(',') : undefined };
}

export const personsApi = {
  list: (filter: PersonFilter, page: number, pageSize: number) =>
    api.get<Page<Person>>('/persons', { ...queryOf(filter), page, pageSize }),
  get: (id: number, unmasked = false) =>
    api.get<Person>(`/persons/${id}`, { unmasked: unmasked ? 'true' : undefined }),
  events: (id: number) => api.get<PersonEvent[]>(`/persons/${id}/events`),
  create: (input: PersonCreateInput) => api.post<Person>('/persons', input),
  update: (id: number, input: PersonUpdateInput) => api.patch<Person>(`/persons/${id}`, input),
  createAccount: (id: number, password: string) =>
    api.post<{ username: string }>(`/persons/${id}/account`, { password }),
  exportExcel: (filter: PersonFilter, unmasked: boolean) =>
    downloadFile('/persons/export.xlsx', { ...queryOf(filter), unmasked }, '党员信息.xlsx'),
  roster: (orgId: number) => downloadFile(`/orgs/${orgId}/roster.xlsx`, undefined, '党员花名册.xlsx'),
};
