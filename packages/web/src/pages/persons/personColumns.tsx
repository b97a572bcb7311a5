import { SEX_LABELS, type Person } from '@jiceng/core';
import type { TableColumnsType } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { Link } from 'react-router';
import type { PersonFilter, PersonSort } from '../../api/persons';
import { orgLine } from './personFields';
import { StageTag } from './StageTag';

/** The antd sort state of a column, from the server-side sort the list asked for. */
function sortOrderOf(filter: PersonFilter, key: PersonSort): SortOrder {
  const sort = filter.sort ?? 'org';
  if (sort !== key) return null;
  return filter.order === 'desc' ? 'descend' : 'ascend';
}

export function personColumns(filter: PersonFilter): TableColumnsType<Person> {
  const sortable = (key: PersonSort) => ({
    key,
    sorter: true,
    sortOrder: sortOrderOf(filter, key),
    sortDirections: ['ascend', 'descend', 'ascend'] as SortOrder[],
  });
  return [
    {
      ...sortable('name'),
      title: '姓名',
      render: (_, p) => (
        <Link to={`/persons/${p.id}`} data-testid="person-link">
          {p.name}
        </Link>
      ),
    },
    { key: 'sex', title: '性别', render: (_, p) => SEX_LABELS[p.sex] },
    { ...sortable('birthDate'), title: '出生日期', dataIndex: 'birthDate' },
    {
      key: 'idNumber',
      title: '身份证号',
      dataIndex: 'idNumber',
      render: (id: string) => <span style={{ fontFamily: 'monospace' }}>{id}</span>,
    },
    { ...sortable('org'), title: '所在支部 / 党小组', render: (_, p) => orgLine(p) },
    { key: 'stage', title: '阶段', render: (_, p) => <StageTag stage={p.stage} /> },
    {
      ...sortable('admissionDate'),
      title: '入党日期',
      dataIndex: 'admissionDate',
      render: (date: string | null) => date ?? '—',
    },
    {
      key: 'phone',
      title: '手机',
      dataIndex: 'phone',
      render: (phone: string | null) => phone ?? '—',
      responsive: ['lg'],
    },
  ];
}
