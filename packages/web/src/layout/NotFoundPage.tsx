import { Button, Result } from 'antd';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title="页面不存在"
      extra={
        <Link to="/orgs">
          <Button type="primary">返回组织架构</Button>
        </Link>
      }
    />
  );
}
