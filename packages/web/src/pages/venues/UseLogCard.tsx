import { chinaToday, venueUseFields, type Venue, type VenueUse } from '@jiceng/core';
import { Button, Card, DatePicker, Form, Input, InputNumber, Table, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { venuesApi } from '../../api/venues';
import { FormModal } from '../../forms/FormModal';
import { testId } from '../../forms/testId';
import { zodRule } from '../../forms/zodRule';
import { useSession } from '../../session/SessionContext';
import { OrgPicker } from '../orgs/OrgPicker';

const columns: TableColumnsType<VenueUse> = [
  { key: 'date', title: '日期', dataIndex: 'date' },
  { key: 'purpose', title: '活动内容', dataIndex: 'purpose' },
  { key: 'org', title: '使用组织', dataIndex: 'usingOrgName' },
  { key: 'participants', title: '人数', align: 'right', dataIndex: 'participants' },
  { key: 'note', title: '备注', render: (_, u) => u.note ?? '—' },
];

interface Values {
  date: Dayjs;
  purpose: string;
  usingOrgId: number;
  participants: number;
  note?: string;
}

/** 使用记录: who used the venue for what, latest first; recorded after the use. */
export function UseLogCard({
  venue,
  uses,
  onChange,
}: {
  venue: Venue;
  uses: VenueUse[];
  onChange: () => void;
}) {
  const { can } = useSession();
  const [adding, setAdding] = useState(false);
  return (
    <Card
      size="small"
      title={`使用记录（本年 ${venue.usesThisYear} 次）`}
      extra={
        can('service.manage') &&
        !venue.closedAt && (
          <Button size="small" type="primary" onClick={() => setAdding(true)} data-testid="venue-use-add">
            登记使用
          </Button>
        )
      }
    >
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={uses}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无使用记录' }}
      />
      {adding && (
        <FormModal<Values>
          title="登记场所使用"
          initialValues={{ date: dayjs(), usingOrgId: venue.orgId, participants: 10 }}
          onSubmit={(v) =>
            venuesApi.recordUse(venue.id, {
              date: v.date.format('YYYY-MM-DD'),
              purpose: v.purpose,
              usingOrgId: v.usingOrgId,
              participants: v.participants,
              note: v.note?.trim() || null,
            })
          }
          success="已登记"
          onDone={() => (setAdding(false), onChange())}
          onClose={() => setAdding(false)}
          okButtonProps={testId('venue-use-save')}
        >
          <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => d.format('YYYY-MM-DD') > chinaToday()}
            />
          </Form.Item>
          <Form.Item
            name="purpose"
            label="活动内容"
            rules={[zodRule(venueUseFields.purpose, { required: true })]}
          >
            <Input placeholder="如 主题党日、村民代表会议" data-testid="venue-use-purpose" />
          </Form.Item>
          <Form.Item
            name="usingOrgId"
            label="使用组织"
            rules={[{ required: true, message: '请选择使用组织' }]}
          >
            <OrgPicker />
          </Form.Item>
          <Form.Item
            name="participants"
            label="参加人数"
            rules={[zodRule(venueUseFields.participants, { required: true })]}
          >
            <InputNumber min={0} max={10000} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="note" label="备注" rules={[zodRule(venueUseFields.note)]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
