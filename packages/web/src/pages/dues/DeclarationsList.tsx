import { DUES_DECLARATION_STATUS_LABELS, fenLabel, monthLabel, type DuesDeclarationView } from '@jiceng/core';
import { Button, Flex, List, Tag, Typography } from 'antd';

const STATUS_COLOR: Record<DuesDeclarationView['status'], string> = {
  pending: 'processing',
  verified: 'success',
  returned: 'warning',
};

/**
 * A member's declarations of income (F10), for the member on the phone and for the branch on the profile;
 * the branch's view offers 核定 / 退回 on a pending one.
 */
export function DeclarationsList({
  declarations,
  onDecide,
}: {
  declarations: readonly DuesDeclarationView[];
  onDecide?: (declaration: DuesDeclarationView, approve: boolean) => void;
}) {
  if (declarations.length === 0) return null;
  return (
    <List
      size="small"
      dataSource={[...declarations]}
      rowKey="id"
      data-testid="dues-declarations"
      renderItem={(d) => (
        <List.Item style={{ paddingInline: 0 }} data-testid="dues-declaration">
          <Flex vertical gap={2} style={{ width: '100%', minWidth: 0 }}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Text strong>
                {d.year}年 月收入 {fenLabel(d.monthlyIncomeFen)}（自{monthLabel(d.effectiveFromMonth)}起）
              </Typography.Text>
              <Tag
                color={STATUS_COLOR[d.status]}
                style={{ marginInlineEnd: 0 }}
                data-testid="declaration-status"
              >
                {DUES_DECLARATION_STATUS_LABELS[d.status]}
              </Tag>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 13, overflowWrap: 'anywhere' }}>
              {d.amountFen !== null ? `按此每月应交 ${fenLabel(d.amountFen)}` : ''}
              {d.note ? ` · 说明：${d.note}` : ''}
              {d.decisionReason ? ` · 退回理由：${d.decisionReason}` : ''}
            </Typography.Text>
            {onDecide && d.status === 'pending' && (
              <Flex gap={8}>
                <Button
                  size="small"
                  type="primary"
                  onClick={() => onDecide(d, true)}
                  data-testid="declaration-verify"
                >
                  核定
                </Button>
                <Button size="small" onClick={() => onDecide(d, false)} data-testid="declaration-return">
                  退回
                </Button>
              </Flex>
            )}
          </Flex>
        </List.Item>
      )}
    />
  );
}
