/** The paged list shape the API answers with. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
