import { Alert } from 'antd';

/** A refusal's reasons no field of the form shows (the member, the payment), above the form. */
export function DuesRefusalAlert({ lines }: { lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      title={lines.length === 1 ? lines[0] : '未保存：'}
      description={
        lines.length > 1 ? (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : undefined
      }
      data-testid="dues-refusal"
    />
  );
}
