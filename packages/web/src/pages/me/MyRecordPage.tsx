import { EditOutlined } from '@ant-design/icons';
import { MEMBER_STAGES } from '@jiceng/core';
import { Button, Card, Descriptions, Flex, Result, Typography } from 'antd';
import { useState } from 'react';
import { ApiRequestError } from '../../api/client';
import { selfApi } from '../../api/corrections';
import { useRequest } from '../../hooks/useRequest';
import { FullPageSpin } from '../../layout/FullPageSpin';
import { orgLine, personItems } from '../persons/personFields';
import { PersonTimeline } from '../persons/PersonTimeline';
import { StageTag } from '../persons/StageTag';
import { CorrectionRequestModal } from './CorrectionRequestModal';
import { MyCorrections } from './MyCorrections';
import { MyDevelopment } from './MyDevelopment';
import { MyDues } from './MyDues';
import { MyPoints } from './MyPoints';
import { MyMeetings } from './MyMeetings';
import { MyOutflow } from './MyOutflow';
import { MyTransfers } from './MyTransfers';
import { MyServiceRequests } from './MyServiceRequests';
import { MyServicePosts } from './MyServicePosts';
import { MyPairingVisits } from './MyPairingVisits';

/** A member's own record, phone first: everything unmasked (it is theirs), its history, and corrections. */
export default function MyRecordPage() {
  const { data, error, reload } = useRequest(() => selfApi.record(), []);
  const [asking, setAsking] = useState(false);

  if (error) {
    const none = error instanceof ApiRequestError && error.status === 404;
    return (
      <Result
        status={none ? 'info' : 'error'}
        title={none ? '您的账号没有关联党员档案' : error instanceof Error ? error.message : '加载失败'}
        subTitle={none ? '如有疑问，请联系所在党支部。' : undefined}
      />
    );
  }
  if (!data) return <FullPageSpin />;
  const { person, events, corrections } = data;
  // Dues are a member's duty (dues.md F9): applicants and activists have no ledger.
  const member = person.stage !== null && MEMBER_STAGES.includes(person.stage);

  return (
    <Flex vertical gap={12} style={{ maxWidth: 720, width: '100%', margin: '0 auto' }} data-testid="me-page">
      <Card size="small">
        <Flex vertical gap={4}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="me-name">
              {person.name}
            </Typography.Title>
            <StageTag stage={person.stage} />
          </Flex>
          <Typography.Text type="secondary">{orgLine(person)}</Typography.Text>
        </Flex>
      </Card>
      <Card size="small" title="我的档案">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          items={personItems(person)}
          styles={{ label: { whiteSpace: 'nowrap' }, content: { overflowWrap: 'anywhere' } }}
          data-testid="me-info"
        />
      </Card>
      {member && <MyDues />}
      {member && <MyPoints />}
      <MyMeetings />
      {member && <MyServiceRequests />}
      {member && <MyServicePosts />}
      {member && <MyPairingVisits />}
      <MyTransfers />
      <MyOutflow />
      <MyDevelopment />
      <Card size="small" title="档案记录">
        <PersonTimeline events={events} />
      </Card>
      <Card
        size="small"
        title="更正申请"
        extra={
          <Button
            type="primary"
            size="small"
            icon={<EditOutlined />}
            onClick={() => setAsking(true)}
            data-testid="request-correction"
          >
            申请更正
          </Button>
        }
      >
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          档案信息有误时，可申请更正，由所在党支部审核。
        </Typography.Paragraph>
        <MyCorrections corrections={corrections} />
      </Card>
      {asking && (
        <CorrectionRequestModal
          onClose={() => setAsking(false)}
          onSent={() => {
            setAsking(false);
            reload();
          }}
        />
      )}
    </Flex>
  );
}
