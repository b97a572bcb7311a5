import { Button, Input, Space } from 'antd';
import { generatePassword } from './generatePassword';

/** A visible password field with a 生成 button: the administrator must read the password to pass it on. */
export function PasswordInput({
  value,
  onChange,
  'data-testid': testId,
}: {
  value?: string;
  onChange?: (value: string) => void;
  'data-testid'?: string;
}) {
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        value={value}
        onChange={(e) => onChange?.(e.target.value)}
        autoComplete="new-password"
        spellCheck={false}
        style={{ fontFamily: 'monospace' }}
        data-testid={testId}
      />
      <Button
        onClick={() => onChange?.(generatePassword())}
        data-testid={testId ? `${testId}-generate` : undefined}
      >
        生成
      </Button>
    </Space.Compact>
  );
}
