import { CORRECTABLE_FIELD_LABELS, type Correction } from '@jiceng/core';
import { Card, Descriptions, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../format/time';
import { correctionValueLabel } from './correctionValue';
import { CorrectionStatusTag } from './CorrectionStatusTag';

/** One request as a card: it reads the same on a phone, and the decision buttons sit under it. */
export function CorrectionCard({ correction, actions }: { correction: Correction; actions?: ReactNode }) {
  const c = correction;
  return (
    <Card
      size="small"
      data-testid="correction-card"
      title={
        <Flex gap={8} align="center" wrap>
          <Link to={`/persons/${c.personId}`}>{c.personName}</Link>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>
            {c.orgName}
          </Typography.Text>
        </Flex>
      }
      extra={<CorrectionStatusTag status={c.status} />}
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'field', label: '更正项目', children: CORRECTABLE_FIELD_LABELS[c.field] },
          { key: 'value', label: '更正为', children: correctionValueLabel(c.field, c.requestedValue) },
          { key: 'reason', label: '申请理由', children: c.reason },
          { key: 'at', label: '申请时间', children: formatDateTime(c.createdAt) },
          ...(c.status === 'pending'
            ? []
            : [
                { key: 'decided', label: '处理时间', children: formatDateTime(c.decidedAt) },
                { key: 'answer', label: '答复', children: c.decisionReason ?? '—' },
              ]),
        ]}
      />
      {actions && (
        <Flex gap={8} justify="flex-end" style={{ marginTop: 8 }}>
          {actions}
        </Flex>
      )}
    </Card>
  );
}
