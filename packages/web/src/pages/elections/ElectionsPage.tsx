import type { Election } from '@jiceng/core';
import { SettingOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { electionsApi, jointReviewApi } from '../../api/elections';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { OrgPicker } from '../orgs/OrgPicker';
import { ElectionForm } from './ElectionForm';
import { ElectionHistoryList } from './ElectionHistoryList';
import { ElectionResult } from './ElectionResult';
import { JointReviewDepartmentsDrawer } from './JointReviewDepartmentsDrawer';
import { JointReviewPanel } from './JointReviewPanel';
import { TermPanel } from './TermPanel';

/** 换届选举 (org-life.md L11–L16): the term, the election record, and for villages the joint review first. */
export default function ElectionsPage() {
  const { can } = useSession();
  const [orgId, setOrgId] = useState<number | null>(null);
  const [result, setResult] = useState<Election | null>(null);
  const [settingDepartments, setSettingDepartments] = useState(false);
  const history = useRequest(
    () => (orgId ? electionsApi.history(orgId) : Promise.resolve(undefined)),
    [orgId],
  );
  const village = history.data?.orgId === orgId && history.data?.needsJointReview === true;
  const joint = useRequest(
    () => (orgId && village ? jointReviewApi.list(orgId) : Promise.resolve([])),
    [orgId, village],
  );
  const latest = joint.data?.find((r) => r.orgId === orgId);
  const blockers = !village
    ? null
    : !latest
      ? ['须先报送候选人名单，经各部门资格联审全部通过']
      : latest.blockers.map((b) => b.message);

  return (
    <Flex vertical gap={16} data-testid="elections-page">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          换届选举
        </Typography.Title>
        {/* The county's organization department (org_staff, admin) keeps the departments and their reviewers. */}
        {can('user.manage') && can('meeting.manage') && (
          <Button
            icon={<SettingOutlined />}
            onClick={() => setSettingDepartments(true)}
            data-testid="jr-departments-open"
          >
            联审部门设置
          </Button>
        )}
      </Flex>
      <div style={{ maxWidth: 460 }}>
        <OrgPicker
          value={orgId}
          onChange={(id) => {
            setOrgId(id);
            setResult(null);
          }}
          placeholder="选择党组织"
          data-testid="election-org"
        />
      </div>
      {history.error !== undefined && (
        <Alert
          type="error"
          showIcon
          title={history.error instanceof Error ? history.error.message : '加载失败'}
        />
      )}
      {orgId && history.loading && !history.data && <Skeleton active />}
      {orgId && history.data && (
        <>
          <TermPanel history={history.data} />
          {village && (
            <JointReviewPanel
              orgId={orgId}
              orgName={history.data.orgName}
              latest={latest}
              onChanged={joint.reload}
            />
          )}
          {result && <ElectionResult election={result} />}
          {can('meeting.manage') && (
            <ElectionForm
              key={`${orgId}-${latest?.id ?? 0}-${history.data.elections.length}`}
              history={history.data}
              blockers={blockers}
              jointReviewId={latest?.id}
              suggestedNames={latest?.candidates.map((c) => c.name)}
              onRecorded={(election) => {
                setResult(election);
                history.reload();
              }}
            />
          )}
          <ElectionHistoryList elections={history.data.elections} />
        </>
      )}
      {settingDepartments && (
        <JointReviewDepartmentsDrawer orgId={orgId} onClose={() => setSettingDepartments(false)} />
      )}
    </Flex>
  );
}
