import {
  EDUCATION_LABELS,
  ETHNICITY_LABELS,
  OCCUPATION_LABELS,
  PERSON_KIND_LABELS,
  SEX_LABELS,
  STAGE_DATE_FIELDS,
  STAGE_DATE_LABELS,
  type Person,
} from '@jiceng/core';
import type { DescriptionsProps } from 'antd';
import { StageTag } from './StageTag';

type Items = NonNullable<DescriptionsProps['items']>;

export function orgLine(person: Pick<Person, 'orgName' | 'groupName'>): string {
  return person.groupName ? `${person.orgName} / ${person.groupName}` : person.orgName;
}

/** Every field of a record as description items, in the order of the paper 党员档案 form. */
export function personItems(person: Person): Items {
  const items: Items = [
    { key: 'name', label: '姓名', children: person.name },
    { key: 'sex', label: '性别', children: SEX_LABELS[person.sex] },
    { key: 'birthDate', label: '出生日期', children: person.birthDate },
    { key: 'ethnicity', label: '民族', children: ETHNICITY_LABELS[person.ethnicity] ?? person.ethnicity },
    {
      key: 'idNumber',
      label: '身份证号',
      children: <span data-testid="person-id-number">{person.idNumber}</span>,
    },
    {
      key: 'phone',
      label: '手机号',
      children: <span data-testid="person-phone">{person.phone ?? '—'}</span>,
    },
    { key: 'education', label: '学历', children: EDUCATION_LABELS[person.education] },
    { key: 'personKind', label: '人员类别', children: PERSON_KIND_LABELS[person.personKind] },
    { key: 'occupation', label: '职业', children: OCCUPATION_LABELS[person.occupation] },
    { key: 'org', label: '所在支部', children: orgLine(person) },
    { key: 'stage', label: '阶段', children: <StageTag stage={person.stage} /> },
    { key: 'address', label: '家庭住址', children: person.address ?? '—' },
  ];
  for (const [field] of STAGE_DATE_FIELDS) {
    const date = person[field];
    if (date) items.push({ key: field, label: STAGE_DATE_LABELS[field], children: date });
  }
  return items;
}
