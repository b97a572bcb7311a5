import { ORG_KIND_LABELS, type OrgSummary } from '@jiceng/core';
import { Card, Empty, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { TermStatusTag } from './TermStatusTag';

const columns: TableColumnsType<OrgSummary> = [
  { key: 'name', title: '名称', render: (_, o) => <Link to={`/orgs/${o.id}`}>{o.name}</Link> },
  { key: 'kind', title: '类别', render: (_, o) => ORG_KIND_LABELS[o.kind] },
  {
    key: 'code',
    title: '代码',
    dataIndex: 'code',
    render: (code: string | null) => code ?? '—',
    responsive: ['md'],
  },
  { key: 'count', title: '下级', dataIndex: 'childCount', align: 'right', responsive: ['md'] },
  { key: 'term', title: '任期', render: (_, o) => <TermStatusTag status={o.termStatus} /> },
];

export function ChildrenTable({ orgs }: { orgs: OrgSummary[] }) {
  return (
    <Card title={`下级组织（${orgs.length}）`} size="small" data-testid="children-card">
      {orgs.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有下级组织" />
      ) : (
        <Table
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={orgs}
          pagination={orgs.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          data-testid="children-table"
        />
      )}
    </Card>
  );
}
