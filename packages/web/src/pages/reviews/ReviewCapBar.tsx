import { excellentLimit, parseExcellentCap, DEFAULT_EXCELLENT_CAP } from '@jiceng/core';
import { Alert, Flex, Input, Typography } from 'antd';

/** The 优秀 cap (settable) and a live count against it: over the cap warns, it never blocks (L5). */
export function ReviewCapBar({
  cap,
  onCapChange,
  graded,
  excellent,
  disabled,
}: {
  cap: string;
  onCapChange: (cap: string) => void;
  graded: number;
  excellent: number;
  disabled?: boolean;
}) {
  const parsed = parseExcellentCap(cap);
  const limit = excellentLimit(graded, parsed ?? DEFAULT_EXCELLENT_CAP);
  return (
    <Flex vertical gap={8}>
      <Flex align="center" gap={8} wrap>
        <Typography.Text>优秀比例不超过</Typography.Text>
        <Input
          value={cap}
          onChange={(e) => onCapChange(e.target.value)}
          status={parsed === null ? 'error' : undefined}
          disabled={disabled}
          style={{ width: 80 }}
          aria-label="优秀比例"
          data-testid="review-cap"
        />
        <Typography.Text data-testid="review-excellent-count">
          优秀 {excellent} 名 / 上限 {limit} 名（参评正式党员 {graded} 名）
        </Typography.Text>
      </Flex>
      {parsed === null && (
        <Typography.Text type="danger">优秀比例应为不大于 1 的分数，如 1/3</Typography.Text>
      )}
      {excellent > limit && (
        <Alert
          type="warning"
          showIcon
          title={`评为优秀的 ${excellent} 名超过比例上限 ${limit} 名（一般不超过参评正式党员的 ${cap}），仍可保存`}
          data-testid="review-cap-warning"
        />
      )}
    </Flex>
  );
}
