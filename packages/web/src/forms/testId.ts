import type { ButtonProps } from 'antd';

/** Props objects (a modal's okButtonProps) cannot take `data-*` through JSX, so the attribute is added here. */
export function testId(id: string): ButtonProps {
  return { 'data-testid': id } as ButtonProps;
}
