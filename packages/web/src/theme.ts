import type { ThemeConfig } from 'antd';

/** Party red as the primary colour, as grassroots Party work platforms customarily use. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#c8161d',
    colorLink: '#c8161d',
    borderRadius: 6,
  },
};
