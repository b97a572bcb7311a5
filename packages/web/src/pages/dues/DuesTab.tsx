import type { PersonTabContext } from '../persons/personTabs';

/** A member's dues on the profile: bases, hardship decisions, the monthly ledger and its payments. */
export function DuesTab({ person }: PersonTabContext) {
  return <div data-testid="dues-tab">{person.name}</div>;
}
