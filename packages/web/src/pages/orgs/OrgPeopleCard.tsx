import { DownloadOutlined, TeamOutlined } from '@ant-design/icons';
import { isBranchKind, type Org } from '@jiceng/core';
import { App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { personsApi } from '../../api/persons';
import { useSession } from '../../session/SessionContext';

/** From an org to its people: the archive list filtered to it, and for a branch its 花名册. */
export function OrgPeopleCard({ org }: { org: Org }) {
  const { can } = useSession();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  if (!can('person.read') || org.kind === 'group') return null;
  const branch = isBranchKind(org.kind);

  const roster = async () => {
    setBusy(true);
    try {
      await personsApi.roster(org.id);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '下载失败');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="党员档案" size="small" data-testid="org-people">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">
          {branch ? '本支部的党员和入党积极分子等人员档案。' : '本组织及其下级组织的人员档案。'}
        </Typography.Text>
        <Flex gap={8} wrap>
          <Link to={`/persons?orgId=${org.id}`}>
            <Button icon={<TeamOutlined />} data-testid="org-people-link">
              {branch ? '本支部人员' : '查看人员'}
            </Button>
          </Link>
          {branch && (
            <Button icon={<DownloadOutlined />} loading={busy} onClick={roster} data-testid="org-roster">
              下载花名册
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
