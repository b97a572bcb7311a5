import type { JointReviewDepartmentList } from '@jiceng/core';
import { Alert, Card, Divider, Drawer, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { jointReviewApi } from '../../api/elections';
import { orgsApi } from '../../api/orgs';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useRequest } from '../../hooks/useRequest';
import { OrgPicker } from '../orgs/OrgPicker';
import { DepartmentListForm } from './DepartmentListForm';
import { DepartmentReviewers } from './DepartmentReviewers';

/**
 * 联审部门设置 for the county's organization department: which departments review village candidates
 * and whose accounts answer for each. The list belongs to the county (the tree's top org), so any org
 * below it leads to the same list.
 */
export function JointReviewDepartmentsDrawer({
  orgId,
  onClose,
}: {
  orgId: number | null;
  onClose: () => void;
}) {
  const phone = useIsPhone();
  const [picked, setPicked] = useState<number | null>(orgId);
  // With no org chosen on the page, a user over a single county starts at that county.
  const roots = useRequest(() => (orgId ? Promise.resolve(undefined) : orgsApi.roots()), [orgId]);
  const chosen = picked ?? (roots.data?.length === 1 ? roots.data[0]!.id : null);
  const loaded = useRequest(
    () => (chosen ? jointReviewApi.departments(chosen) : Promise.resolve(undefined)),
    [chosen],
  );
  // Every save answers with the list as stored; it stands in for what was loaded until the org changes.
  const [saved, setSaved] = useState<JointReviewDepartmentList | undefined>(undefined);
  const list = saved ?? loaded.data;

  return (
    <Drawer
      open
      title="联审部门设置"
      size={phone ? '100%' : 560}
      onClose={onClose}
      data-testid="jr-departments-drawer"
    >
      <Flex vertical gap={16}>
        <OrgPicker
          value={chosen}
          onChange={(id) => {
            setPicked(id);
            setSaved(undefined);
          }}
          placeholder="选择县（或其下级党组织）"
          data-testid="jr-org"
        />
        {loaded.error !== undefined && (
          <Alert
            type="error"
            showIcon
            title={loaded.error instanceof Error ? loaded.error.message : '加载失败'}
          />
        )}
        {chosen && loaded.loading && !list && <Skeleton active />}
        {list && (
          <>
            <Typography.Text type="secondary" data-testid="jr-county">
              {list.orgName}的资格联审部门，适用于其下所有村党组织。
            </Typography.Text>
            <Card size="small" title="部门名单">
              <DepartmentListForm
                key={`${list.orgId}-${list.departments.map((d) => `${d.key}:${d.label}`).join('|')}`}
                list={list}
                onSaved={setSaved}
              />
            </Card>
            <Card size="small" title="审查人员">
              <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
                审查人员须先在用户管理中，于本县（或更高一级）获得“联审部门审查人员”角色。
              </Typography.Paragraph>
              {list.departments.map((d, i) => (
                <div key={d.id}>
                  {i > 0 && <Divider style={{ margin: '12px 0' }} />}
                  <DepartmentReviewers department={d} index={i} onChanged={setSaved} />
                </div>
              ))}
            </Card>
          </>
        )}
      </Flex>
    </Drawer>
  );
}
