import { ApiOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';

export function HelpMenu() {
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'docs',
            icon: <ApiOutlined />,
            label: (
              <a href="/api/docs" target="_blank" rel="noreferrer">
                接口文档（Swagger）
              </a>
            ),
          },
        ],
      }}
    >
      <Button type="text" aria-label="帮助" icon={<QuestionCircleOutlined style={{ fontSize: 18 }} />} />
    </Dropdown>
  );
}
