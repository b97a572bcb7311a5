import { roleGrants, type Org } from '@jiceng/core';
import { Breadcrumb } from 'antd';
import { Link } from 'react-router';
import type { OrgDetail } from '../../api/orgs';
import { useMe } from '../../session/SessionContext';

/**
 * Ancestors above the user's own reach are named but not linked: opening them would only answer
 * "not found". An ancestor is readable when some org.read assignment sits at or above it.
 */
export function OrgBreadcrumb({ org, ancestors }: { org: Org; ancestors: OrgDetail['ancestors'] }) {
  const me = useMe();
  const readers = me.assignments.filter((a) => roleGrants(a.role, 'org.read'));
  const everywhere = readers.some((a) => a.orgId === null);
  const items = ancestors.map((a, i) => {
    const above = new Set(ancestors.slice(0, i + 1).map((x) => x.id));
    const readable = everywhere || readers.some((r) => r.orgId !== null && above.has(r.orgId));
    return { key: a.id, title: readable ? <Link to={`/orgs/${a.id}`}>{a.name}</Link> : a.name };
  });
  return <Breadcrumb items={[...items, { key: org.id, title: org.name }]} data-testid="org-breadcrumb" />;
}
