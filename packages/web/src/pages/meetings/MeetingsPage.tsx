import { AppstoreAddOutlined, PlusOutlined } from '@ant-design/icons';
import {
  isBaseMeetingKind,
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  MEETING_STATE_LABELS,
  MEETING_STATES,
  type MeetingState,
} from '@jiceng/core';
import { Alert, Button, Card, Flex, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { meetingsApi } from '../../api/meetings';
import { orgsApi } from '../../api/orgs';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { OrgPicker } from '../orgs/OrgPicker';
import { MeetingKindsModal } from './MeetingKindsModal';
import { MeetingList } from './MeetingList';
import { PlanMeetingModal } from './PlanMeetingModal';

const PAGE_SIZE = 50;

/** 组织生活: the meetings of an org subtree, filtered by kind and state; plan a new one. */
export default function MeetingsPage() {
  const { can } = useSession();
  const navigate = useNavigate();
  const [orgId, setOrgId] = useState<number | null>(null);
  const [kind, setKind] = useState<string | undefined>(undefined);
  const [state, setState] = useState<MeetingState | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [planning, setPlanning] = useState(false);
  const [addingKind, setAddingKind] = useState(false);
  const { data, error, loading } = useRequest(
    () => meetingsApi.list({ orgId: orgId ?? undefined, kind, state }, page, PAGE_SIZE),
    [orgId, kind, state, page],
  );
  // A secretary reaches one branch: planning starts there instead of asking which org.
  const roots = useRequest(() => orgsApi.roots(), []);
  const onlyOrg = roots.data?.length === 1 ? roots.data[0]!.id : null;
  // Custom kinds belong to an org's tree, so the filter offers those of the org in view.
  const kindsOrg = orgId ?? onlyOrg;
  const kinds = useRequest(
    () => (kindsOrg ? meetingsApi.kinds(kindsOrg) : Promise.resolve(undefined)),
    [kindsOrg],
  );
  const kindOptions =
    kinds.data?.map((k) => ({ value: k.key, label: k.label })) ??
    MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_LABELS[k] }));

  return (
    <Flex vertical gap={16} data-testid="meetings-page">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          组织生活
        </Typography.Title>
        {can('meeting.manage') && (
          <Space wrap>
            <Button
              icon={<AppstoreAddOutlined />}
              onClick={() => setAddingKind(true)}
              data-testid="meeting-kinds-open"
            >
              自定义类别
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setPlanning(true)}
              data-testid="meeting-plan"
            >
              安排会议
            </Button>
          </Space>
        )}
      </Flex>
      <Card size="small">
        <Flex vertical gap={12}>
          <Flex gap={12} wrap align="center">
            <div style={{ flex: '1 1 260px', maxWidth: 420 }}>
              <OrgPicker
                value={orgId}
                onChange={(id) => {
                  setOrgId(id);
                  // Another org's custom kind may mean nothing (or something else) under this one.
                  if (kind && !isBaseMeetingKind(kind)) setKind(undefined);
                  setPage(1);
                }}
                placeholder="全部（我管理的组织）"
                data-testid="meeting-org"
              />
            </div>
            <Select<string>
              allowClear
              value={kind}
              onChange={(v) => {
                setKind(v);
                setPage(1);
              }}
              placeholder="全部类别"
              options={kindOptions}
              style={{ flex: '1 1 140px', maxWidth: 200 }}
              data-testid="meeting-kind-filter"
            />
            <Select<MeetingState>
              allowClear
              value={state}
              onChange={(v) => {
                setState(v);
                setPage(1);
              }}
              placeholder="全部状态"
              options={MEETING_STATES.map((s) => ({ value: s, label: MEETING_STATE_LABELS[s] }))}
              style={{ flex: '1 1 120px', maxWidth: 160 }}
              data-testid="meeting-state-filter"
            />
          </Flex>
          {error !== undefined && (
            <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
          )}
          <MeetingList
            items={data?.items}
            loading={loading}
            total={data?.total ?? 0}
            page={page}
            pageSize={PAGE_SIZE}
            onPage={setPage}
          />
        </Flex>
      </Card>
      {addingKind && (
        <MeetingKindsModal
          orgId={kindsOrg}
          onClose={() => setAddingKind(false)}
          onDone={(addedTo) => {
            setAddingKind(false);
            if (addedTo === kindsOrg) kinds.reload();
          }}
        />
      )}
      {planning && (
        <PlanMeetingModal
          orgId={orgId ?? onlyOrg}
          onClose={() => setPlanning(false)}
          onDone={(meeting) => {
            setPlanning(false);
            navigate(`/meetings/${meeting.id}`);
          }}
        />
      )}
    </Flex>
  );
}
