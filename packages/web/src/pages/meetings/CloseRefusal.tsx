import type { RuleViolation } from '@jiceng/core';
import { Alert, Typography } from 'antd';

/** Why the meeting cannot be closed yet: every missing item with the rule it rests on. */
export function CloseRefusal({ violations, onClose }: { violations: RuleViolation[]; onClose: () => void }) {
  return (
    <Alert
      type="warning"
      showIcon
      closable={{ onClose }}
      title="会议还不能归档，请补齐以下各项："
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="close-refusal">
          {violations.map((v, i) => (
            <li key={i} data-testid="close-violation">
              {v.message}{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                （{v.rule}）
              </Typography.Text>
            </li>
          ))}
        </ul>
      }
    />
  );
}
