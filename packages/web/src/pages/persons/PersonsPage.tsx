import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import type { Person } from '@jiceng/core';
import { Alert, Button, Card, Flex, Pagination, Table, Typography, type PaginationProps } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { personsApi, type PersonSort } from '../../api/persons';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { ExportButton } from './ExportButton';
import { PersonCards } from './PersonCards';
import { personColumns } from './personColumns';
import { PersonFilters } from './PersonFilters';
import { PersonFormModal } from './PersonFormModal';
import { PAGE_SIZES } from './personQueryParams';
import { usePersonQuery } from './usePersonQuery';

export default function PersonsPage() {
  const { can } = useSession();
  const navigate = useNavigate();
  const phone = useIsPhone();
  const { filter, page, pageSize, setFilter, setPage, reset } = usePersonQuery();
  const [creating, setCreating] = useState(false);
  const key = JSON.stringify(filter);
  const { data, error, loading } = useRequest(
    () => personsApi.list(filter, page, pageSize),
    [key, page, pageSize],
  );
  const manage = can('person.manage');
  const items = data?.items ?? [];
  const pagination: PaginationProps = {
    current: page,
    pageSize,
    total: data?.total ?? 0,
    showSizeChanger: !phone,
    pageSizeOptions: PAGE_SIZES.map(String),
    showTotal: (total) => `共 ${total} 人`,
    onChange: setPage,
  };

  return (
    <Flex vertical gap={16} data-testid="persons-page">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          党员档案
        </Typography.Title>
        <Flex gap={8} wrap>
          <ExportButton filter={filter} />
          {manage && (
            <>
              <Button
                icon={<ImportOutlined />}
                onClick={() => navigate('/persons/import')}
                data-testid="import-persons"
              >
                导入
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="create-person"
              >
                新建
              </Button>
            </>
          )}
        </Flex>
      </Flex>
      <Card size="small">
        <Flex vertical gap={12}>
          <PersonFilters filter={filter} onChange={setFilter} onReset={reset} />
          {error !== undefined && (
            <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
          )}
          {phone ? (
            <>
              <PersonCards persons={items} loading={loading} />
              <Pagination align="center" simple {...pagination} />
            </>
          ) : (
            <Table<Person>
              rowKey="id"
              size="middle"
              loading={loading}
              columns={personColumns(filter)}
              dataSource={items}
              scroll={{ x: 'max-content' }}
              pagination={pagination}
              locale={{ emptyText: '没有符合条件的人员' }}
              onChange={(_pagination, _filters, sorter, { action }) => {
                if (action !== 'sort' || Array.isArray(sorter)) return;
                const sort = sorter.order ? (sorter.columnKey as PersonSort) : undefined;
                setFilter({ sort, order: sorter.order === 'descend' ? 'desc' : undefined });
              }}
              data-testid="persons-table"
            />
          )}
        </Flex>
      </Card>
      {creating && (
        <PersonFormModal
          mode={{ type: 'create' }}
          onClose={() => setCreating(false)}
          onSaved={(person) => {
            setCreating(false);
            navigate(`/persons/${person.id}`);
          }}
        />
      )}
    </Flex>
  );
}
