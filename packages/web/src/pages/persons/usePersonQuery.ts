import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { PersonFilter } from '../../api/persons';
import { parsePersonParams, personParamsOf } from './personQueryParams';

/** The person list's filters, sort and page, read from and written to the address bar. */
export function usePersonQuery() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parsePersonParams(params), [params]);

  /** A changed filter or sort starts again at page 1; the rest of the state stays. */
  const setFilter = useCallback(
    (change: Partial<PersonFilter>) =>
      setParams(personParamsOf({ ...state, filter: { ...state.filter, ...change }, page: 1 }), {
        replace: true,
      }),
    [setParams, state],
  );

  const setPage = useCallback(
    (page: number, pageSize: number) =>
      setParams(personParamsOf({ ...state, page: pageSize === state.pageSize ? page : 1, pageSize })),
    [setParams, state],
  );

  const reset = useCallback(
    () => setParams(personParamsOf({ filter: {}, page: 1, pageSize: state.pageSize }), { replace: true }),
    [setParams, state.pageSize],
  );

  return { ...state, setFilter, setPage, reset };
}
