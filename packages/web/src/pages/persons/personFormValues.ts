import {
  HAN_ETHNICITY,
  STAGE_DATE_FIELDS,
  type Education,
  type Occupation,
  type Person,
  type PersonCreateInput,
  type PersonKind,
  type PersonUpdateInput,
  type StageDateField,
} from '@jiceng/core';
import type { Dayjs } from 'dayjs';
import { blankToUndefined } from '../../forms/zodRule';

/**
 * A new record (optionally in a given branch), or an edit. The record is masked unless the user chose
 * 查看完整信息 first; a masked ID number or phone cannot be shown for editing, so there a blank field
 * means "unchanged".
 */
export type PersonFormMode =
  { type: 'create'; orgId?: number } | { type: 'edit'; person: Person; unmasked: boolean };

export type PersonFormValues = {
  name: string;
  idNumber?: string;
  ethnicity: string;
  phone?: string;
  education?: Education;
  personKind?: PersonKind;
  occupation?: Occupation;
  address?: string;
  orgId?: number | null;
  groupId?: number | null;
} & Partial<Record<StageDateField, Dayjs | null>>;

export function initialValues(mode: PersonFormMode): Partial<PersonFormValues> {
  if (mode.type === 'create') return { ethnicity: HAN_ETHNICITY, orgId: mode.orgId ?? null, groupId: null };
  const { person, unmasked } = mode;
  return {
    name: person.name,
    idNumber: unmasked ? person.idNumber : '',
    ethnicity: person.ethnicity,
    phone: unmasked ? (person.phone ?? '') : '',
    education: person.education,
    personKind: person.personKind,
    occupation: person.occupation,
    address: person.address ?? '',
    orgId: person.orgId,
    groupId: person.groupId,
  };
}

/** The entered stage dates as ISO dates, only those given. */
export function stageDatesOf(values: PersonFormValues): Partial<Record<StageDateField, string>> {
  const dates: Partial<Record<StageDateField, string>> = {};
  for (const [field] of STAGE_DATE_FIELDS) {
    const date = values[field];
    if (date) dates[field] = date.format('YYYY-MM-DD');
  }
  return dates;
}

export function toCreateInput(values: PersonFormValues): PersonCreateInput {
  return {
    name: values.name.trim(),
    idNumber: (values.idNumber ?? '').trim(),
    ethnicity: values.ethnicity,
    phone: blankToUndefined(values.phone),
    education: values.education!,
    personKind: values.personKind!,
    occupation: values.occupation!,
    address: blankToUndefined(values.address),
    orgId: values.orgId!,
    groupId: values.groupId ?? undefined,
    ...stageDatesOf(values),
  };
}

/** Only what may change; a masked ID number or phone left blank stays as it is. */
export function toUpdateInput(
  mode: Extract<PersonFormMode, { type: 'edit' }>,
  values: PersonFormValues,
): PersonUpdateInput {
  const idNumber = blankToUndefined(values.idNumber);
  const phone = blankToUndefined(values.phone);
  const input: PersonUpdateInput = {
    name: values.name.trim(),
    ethnicity: values.ethnicity,
    education: values.education,
    personKind: values.personKind,
    occupation: values.occupation,
    address: blankToUndefined(values.address) ?? null,
    orgId: values.orgId ?? undefined,
    groupId: values.groupId ?? null,
  };
  if (idNumber && idNumber !== mode.person.idNumber) input.idNumber = idNumber;
  if (mode.unmasked) {
    if ((phone ?? null) !== mode.person.phone) input.phone = phone ?? null;
  } else if (phone) {
    input.phone = phone;
  }
  return input;
}
