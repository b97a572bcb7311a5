import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Pagination, Table, Typography, type PaginationProps } from 'antd';
import { useState } from 'react';
import { usersApi } from '../../api/users';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { UserCards } from './UserCards';
import { userColumns } from './userColumns';
import { UserFormModal } from './UserFormModal';

const PAGE_SIZE = 20;

export default function UsersPage() {
  const { can } = useSession();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const { data, error, loading, reload } = useRequest(
    () => usersApi.list({ q: q || undefined, page, pageSize: PAGE_SIZE }),
    [q, page],
  );
  const phone = useIsPhone();
  const manage = can('user.manage');
  const items = data?.items ?? [];
  const pagination: PaginationProps = {
    current: page,
    pageSize: PAGE_SIZE,
    total: data?.total ?? 0,
    showSizeChanger: false,
    showTotal: (total) => `共 ${total} 人`,
    onChange: setPage,
  };

  return (
    <Flex vertical gap={16} data-testid="users-page">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          用户管理
        </Typography.Title>
        {manage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="create-user"
          >
            新建用户
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Flex vertical gap={12}>
          <Input.Search
            placeholder="按用户名或姓名搜索"
            aria-label="搜索用户"
            allowClear
            enterButton="搜索"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(value) => {
              setQ(value.trim());
              setPage(1);
            }}
            style={{ maxWidth: 420 }}
            data-testid="user-search"
          />
          {error !== undefined && (
            <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
          )}
          {phone ? (
            <>
              <UserCards users={items} loading={loading} manage={manage} onChanged={reload} />
              <Pagination align="center" {...pagination} />
            </>
          ) : (
            <Table
              rowKey="id"
              size="middle"
              loading={loading}
              columns={userColumns(manage, reload)}
              dataSource={items}
              scroll={{ x: 'max-content' }}
              pagination={pagination}
              data-testid="users-table"
            />
          )}
        </Flex>
      </Card>
      {creating && (
        <UserFormModal
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            reload();
          }}
        />
      )}
    </Flex>
  );
}
