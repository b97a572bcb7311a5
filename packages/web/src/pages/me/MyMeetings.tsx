import type { MyMeeting } from '@jiceng/core';
import { Card, Empty, Flex, List, Progress, Typography } from 'antd';
import type { ReactNode } from 'react';
import { meetingsApi } from '../../api/meetings';
import { useRequest } from '../../hooks/useRequest';
import { MarkTag } from '../meetings/AttendanceCard';
import { whenAndWhere } from '../meetings/meetingText';

function MeetingLine({ meeting, children }: { meeting: MyMeeting; children?: ReactNode }) {
  return (
    <Flex vertical gap={2} style={{ width: '100%' }}>
      <Flex justify="space-between" gap={8} align="start">
        <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
          {meeting.title}
        </Typography.Text>
        {children}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {meeting.kindLabel} · {meeting.groupName ?? meeting.orgName}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {whenAndWhere(meeting)}
      </Typography.Text>
    </Flex>
  );
}

/** The member's meetings on the phone: what is coming, and their attendance this year and before. */
export function MyMeetings() {
  const { data } = useRequest(() => meetingsApi.mine(), []);
  if (!data) return null;
  const { upcoming, record, rate } = data;
  return (
    <>
      <Card size="small" title="即将参加的会议" data-testid="me-upcoming-meetings">
        {upcoming.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无安排" />
        ) : (
          <List
            size="small"
            dataSource={upcoming}
            renderItem={(m) => (
              <List.Item data-testid="me-upcoming-meeting">
                <MeetingLine meeting={m} />
              </List.Item>
            )}
          />
        )}
        <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: '8px 0 0' }}>
          会议当天扫描会场的签到二维码即可签到。
        </Typography.Paragraph>
      </Card>
      <Card
        size="small"
        title="参加会议记录"
        extra={
          <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="me-attendance-rate">
            {rate.year} 年出席 {rate.present}/{rate.expected} 次
          </Typography.Text>
        }
        data-testid="me-meeting-record"
      >
        {rate.rate !== null && (
          <Progress
            percent={Math.round(rate.rate * 100)}
            size="small"
            format={(p) => `出席率 ${p}%`}
            style={{ marginBottom: 8 }}
          />
        )}
        {record.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无记录" />
        ) : (
          <List
            size="small"
            dataSource={record}
            renderItem={(m) => (
              <List.Item data-testid="me-meeting">
                <MeetingLine meeting={m}>
                  <MarkTag mark={m.myMark} reason={m.myReason} />
                </MeetingLine>
              </List.Item>
            )}
          />
        )}
      </Card>
    </>
  );
}
