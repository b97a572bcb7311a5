import type { ImportError } from '@jiceng/core';
import { Table, Typography, type TableColumnsType } from 'antd';
import { useIsPhone } from '../../hooks/useIsPhone';
import { errorReason } from './errorReason';

const columns: TableColumnsType<ImportError> = [
  { key: 'row', title: '行号', dataIndex: 'row', width: 72, align: 'right' },
  { key: 'column', title: '列', dataIndex: 'column', width: 160 },
  { key: 'reason', title: '原因', render: (_, e) => errorReason(e.message) },
];

/** Three columns do not fit a phone; there each error is one cell, its place above its reason. */
const phoneColumns: TableColumnsType<ImportError> = [
  {
    key: 'error',
    title: '错误',
    render: (_, e) => (
      <>
        <Typography.Text strong>
          第 {e.row} 行 · {e.column}
        </Typography.Text>
        <br />
        {errorReason(e.message)}
      </>
    ),
  },
];

/** Every listed error, one line each; the server lists the first few hundred and counts the rest. */
export function ImportErrorsTable({ errors, errorCount }: { errors: ImportError[]; errorCount: number }) {
  const phone = useIsPhone();
  return (
    <>
      <Table<ImportError>
        rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
        size="small"
        columns={phone ? phoneColumns : columns}
        dataSource={errors}
        pagination={errors.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        data-testid="import-errors"
      />
      {errorCount > errors.length && (
        <Typography.Text type="secondary">
          共 {errorCount} 处错误，此处列出前 {errors.length} 处；全部错误请下载标注错误的文件查看。
        </Typography.Text>
      )}
    </>
  );
}
