import { Grid } from 'antd';

/** Below antd's `md` breakpoint (768 px): the sider becomes a drawer and tables compact. */
export function useIsPhone(): boolean {
  const screens = Grid.useBreakpoint();
  // Before the first measurement `md` is undefined; assuming desktop avoids a drawer flash there.
  return screens.md === false;
}
