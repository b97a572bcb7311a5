import { childKindsOf, defaultTermYears, type Org, type OrgKind, type UnitKind } from '@jiceng/core';
import type { Dayjs } from 'dayjs';
import { orgsApi } from '../../api/orgs';
import { blankToUndefined } from '../../forms/zodRule';
import { mayHoldApproval } from './orgRules';

type ParentRef = { id: number; kind: OrgKind; name: string };

/** A new org goes under `parent` (null: the top of the tree); an edit changes `org`. */
export type OrgFormMode = { type: 'create'; parent: ParentRef | null } | { type: 'edit'; org: Org };

export interface OrgFormValues {
  kind: OrgKind;
  name: string;
  code?: string;
  unitKind?: UnitKind | null;
  mayApproveAdmissions: boolean;
  termStartedOn?: Dayjs | null;
  termYears: number;
}

export function initialValues(mode: OrgFormMode): Partial<OrgFormValues> {
  if (mode.type === 'edit') {
    const { org } = mode;
    return {
      kind: org.kind,
      name: org.name,
      code: org.code ?? '',
      unitKind: org.unitKind,
      mayApproveAdmissions: org.mayApproveAdmissions,
    };
  }
  return {
    kind: childKindsOf(mode.parent?.kind ?? null)[0],
    mayApproveAdmissions: false,
    termYears: defaultTermYears(null),
  };
}

/** Sends the form: a new org under the chosen parent, or the structural fields of an existing one. */
export function saveOrg(mode: OrgFormMode, values: OrgFormValues): Promise<Org> {
  // The switch is only offered where approval may be held; elsewhere the key stays out of the request.
  const approval = mayHoldApproval(values.kind) ? values.mayApproveAdmissions : undefined;
  if (mode.type === 'create') {
    return orgsApi.create({
      parentId: mode.parent?.id ?? null,
      kind: values.kind,
      name: values.name.trim(),
      code: blankToUndefined(values.code),
      unitKind: values.unitKind ?? undefined,
      mayApproveAdmissions: approval,
      termStartedOn: values.termStartedOn?.format('YYYY-MM-DD'),
      termYears: values.termYears,
    });
  }
  return orgsApi.update(mode.org.id, {
    name: values.name.trim(),
    code: blankToUndefined(values.code) ?? null,
    unitKind: values.unitKind ?? null,
    mayApproveAdmissions: approval,
  });
}
