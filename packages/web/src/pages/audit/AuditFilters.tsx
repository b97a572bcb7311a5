import { SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AuditFilter } from '../../api/audit';
import { ACTION_OPTIONS } from './auditLabels';

interface Values {
  action?: string;
  actor?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

export function AuditFilters({ onApply }: { onApply: (filter: AuditFilter) => void }) {
  const [form] = Form.useForm<Values>();

  const apply = (values: Values) => {
    const [from, to] = values.range ?? [null, null];
    onApply({
      action: values.action || undefined,
      actor: values.actor?.trim() || undefined,
      from: from?.format('YYYY-MM-DD'),
      to: to?.format('YYYY-MM-DD'),
    });
  };

  return (
    <Form form={form} onFinish={apply} data-testid="audit-filters">
      <Flex gap={8} wrap>
        <Form.Item name="action" style={{ marginBottom: 0, flex: '1 1 160px' }}>
          <Select allowClear placeholder="操作类型" options={ACTION_OPTIONS} aria-label="操作类型" />
        </Form.Item>
        <Form.Item name="actor" style={{ marginBottom: 0, flex: '1 1 140px' }}>
          <Input allowClear placeholder="操作人用户名" aria-label="操作人" />
        </Form.Item>
        <Form.Item name="range" style={{ marginBottom: 0, flex: '2 1 240px' }}>
          <DatePicker.RangePicker style={{ width: '100%' }} aria-label="日期范围" />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
          查询
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            apply({});
          }}
        >
          重置
        </Button>
      </Flex>
    </Form>
  );
}
