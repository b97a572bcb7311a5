import { CORRECTABLE_FIELD_LABELS, type Correction } from '@jiceng/core';
import { Empty, Flex, List, Typography } from 'antd';
import { formatDateTime } from '../../format/time';
import { correctionValueLabel } from '../corrections/correctionValue';
import { CorrectionStatusTag } from '../corrections/CorrectionStatusTag';

/** The member's own requests, newest first, with the branch's answer once there is one. */
export function MyCorrections({ corrections }: { corrections: Correction[] }) {
  if (corrections.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有提交过更正申请" />;
  }
  const sorted = [...corrections].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <List
      dataSource={sorted}
      data-testid="my-corrections"
      renderItem={(c) => (
        <List.Item key={c.id} style={{ display: 'block', paddingInline: 0 }}>
          <Flex justify="space-between" align="center" gap={8}>
            <Typography.Text strong>{CORRECTABLE_FIELD_LABELS[c.field]}</Typography.Text>
            <CorrectionStatusTag status={c.status} />
          </Flex>
          <Typography.Paragraph style={{ margin: '4px 0 0', overflowWrap: 'anywhere' }}>
            更正为：{correctionValueLabel(c.field, c.requestedValue)}
            <br />
            <Typography.Text type="secondary">理由：{c.reason}</Typography.Text>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(c.createdAt)} 提交
            </Typography.Text>
          </Typography.Paragraph>
          {c.status !== 'pending' && (
            <Typography.Paragraph
              type={c.status === 'refused' ? 'danger' : 'success'}
              style={{ margin: '4px 0 0', overflowWrap: 'anywhere' }}
            >
              支部答复：{c.decisionReason || (c.status === 'approved' ? '已同意，档案已更新' : '未说明')}
            </Typography.Paragraph>
          )}
        </List.Item>
      )}
    />
  );
}
