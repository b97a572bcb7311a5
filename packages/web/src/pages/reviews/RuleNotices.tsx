import type { RuleViolation } from '@jiceng/core';
import { Alert, Tag } from 'antd';
import { ApiRequestError } from '../../api/client';

function ViolationList({ items }: { items: readonly RuleViolation[] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {items.map((v, i) => (
        <li key={`${v.rule}-${v.field ?? ''}-${i}`}>
          {v.message} <Tag style={{ marginInlineStart: 4 }}>{v.rule}</Tag>
        </li>
      ))}
    </ul>
  );
}

/** A refusal with every rule it breaks and the rule ids, or the plain message when the API gave one. */
export function RefusalAlert({ error, testId }: { error: unknown; testId?: string }) {
  if (error === undefined || error === null) return null;
  const violations = error instanceof ApiRequestError ? error.violations : [];
  if (violations.length === 0) {
    const rule = error instanceof ApiRequestError && error.rule ? `（${error.rule}）` : '';
    const text = error instanceof Error ? error.message : '操作失败，请稍后重试';
    return (
      <Alert type="error" showIcon title={text + (text.includes(rule) ? '' : rule)} data-testid={testId} />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      title="未保存：不符合以下规定"
      description={<ViolationList items={violations} />}
      data-testid={testId}
    />
  );
}

/** Warnings saved along with the record (a rule that only advises, like the 优秀 cap). */
export function WarningAlert({ warnings, testId }: { warnings: readonly RuleViolation[]; testId?: string }) {
  if (warnings.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title="已保存，但请注意"
      description={<ViolationList items={warnings} />}
      data-testid={testId}
    />
  );
}
