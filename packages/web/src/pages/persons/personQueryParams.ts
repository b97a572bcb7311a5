import {
  AGE_BAND_KEYS,
  EDUCATIONS,
  JOIN_BAND_KEYS,
  OCCUPATIONS,
  PERSON_KINDS,
  PERSON_LIST_STANDINGS,
  SEXES,
  STAGES,
} from '@jiceng/core';
import type { PersonFilter, PersonSort } from '../../api/persons';

export const PAGE_SIZES = [20, 50, 100] as const;
const SORTS: readonly PersonSort[] = ['org', 'name', 'birthDate', 'admissionDate'];

export interface PersonListState {
  filter: PersonFilter;
  page: number;
  pageSize: number;
}

function oneOf<T extends string>(values: readonly T[], text: string | null): T | undefined {
  return values.find((v) => v === text);
}

function positive(text: string | null): number | undefined {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * The list lives in the address bar, so a link (the org page's "本组织党员") opens it filtered and the
 * back button returns to the same page of results. Values that are not valid are dropped, not sent.
 */
export function parsePersonParams(params: URLSearchParams): PersonListState {
  const stage = (params.get('stage') ?? '')
    .split(',')
    .map((s) => oneOf(STAGES, s))
    .filter((s) => s !== undefined);
  const pageSize = positive(params.get('pageSize'));
  return {
    filter: {
      q: params.get('q')?.trim() || undefined,
      orgId: positive(params.get('orgId')),
      stage: stage.length ? stage : undefined,
      sex: oneOf(SEXES, params.get('sex')),
      education: oneOf(EDUCATIONS, params.get('education')),
      personKind: oneOf(PERSON_KINDS, params.get('personKind')),
      occupation: oneOf(OCCUPATIONS, params.get('occupation')),
      ageBand: oneOf(AGE_BAND_KEYS, params.get('ageBand')),
      joinBand: oneOf(JOIN_BAND_KEYS, params.get('joinBand')),
      standing: oneOf(PERSON_LIST_STANDINGS, params.get('standing')),
      sort: oneOf(SORTS, params.get('sort')),
      order: oneOf(['asc', 'desc'] as const, params.get('order')),
    },
    page: positive(params.get('page')) ?? 1,
    pageSize: PAGE_SIZES.find((s) => s === pageSize) ?? PAGE_SIZES[0],
  };
}

export function personParamsOf(state: PersonListState): URLSearchParams {
  const params = new URLSearchParams();
  const { stage, ...rest } = state.filter;
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  if (stage?.length) params.set('stage', stage.join(','));
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== PAGE_SIZES[0]) params.set('pageSize', String(state.pageSize));
  return params;
}
