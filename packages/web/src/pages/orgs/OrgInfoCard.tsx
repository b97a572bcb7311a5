import { ORG_KIND_LABELS, UNIT_KIND_LABELS, type Org } from '@jiceng/core';
import { Card, Descriptions } from 'antd';

export function OrgInfoCard({ org }: { org: Org }) {
  return (
    <Card title="基本信息" size="small" data-testid="org-info">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'kind', label: '组织类别', children: ORG_KIND_LABELS[org.kind] },
          { key: 'code', label: '组织代码', children: org.code ?? '—' },
          { key: 'unit', label: '单位类别', children: org.unitKind ? UNIT_KIND_LABELS[org.unitKind] : '—' },
          { key: 'approve', label: '审批发展党员', children: org.mayApproveAdmissions ? '有权审批' : '无' },
          { key: 'children', label: '下级组织', children: `${org.childCount} 个` },
        ]}
      />
    </Card>
  );
}
