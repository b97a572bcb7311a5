import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useNavigate } from 'react-router';
import { useUnread } from './UnreadContext';

export function UnreadBell() {
  const { count } = useUnread();
  const navigate = useNavigate();
  return (
    <Badge count={count} size="small" offset={[-4, 4]} data-testid="unread-badge">
      <Button
        type="text"
        aria-label={count > 0 ? `通知（${count} 条未读）` : '通知'}
        icon={<BellOutlined style={{ fontSize: 18 }} />}
        onClick={() => navigate('/notifications')}
      />
    </Badge>
  );
}
