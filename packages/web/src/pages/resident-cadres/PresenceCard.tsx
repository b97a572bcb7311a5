import {
  cadrePresenceInputSchema,
  chinaToday,
  presenceViolation,
  PRESENCE_SPAN_LABELS,
  PRESENCE_SPANS,
  type CadreAssignment,
  type CadrePresence,
  type PresenceSpan,
} from '@jiceng/core';
import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Popconfirm,
  Radio,
  Table,
  type TableColumnsType,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { residentCadresApi } from '../../api/residentCadres';
import { FormModal } from '../../forms/FormModal';
import { testId } from '../../forms/testId';
import { zodRule } from '../../forms/zodRule';
import { useSession } from '../../session/SessionContext';

interface Values {
  date: Dayjs;
  span: PresenceSpan;
  note?: string;
}

/** 在村记录: the days the cadre was in the village; logging refuses the future and days outside the period. */
export function PresenceCard({
  assignment: a,
  presence,
  onChange,
}: {
  assignment: CadreAssignment;
  presence: CadrePresence[];
  onChange: () => void;
}) {
  const { can } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [adding, setAdding] = useState(false);
  const manage = can('cadre.manage');
  const period = { from: a.from, to: a.to };
  const today = chinaToday();
  const month = today.slice(0, 7);
  const monthDays = presence.filter((p) => p.date.startsWith(month)).reduce((s, p) => s + p.days, 0);

  const columns: TableColumnsType<CadrePresence> = [
    { key: 'date', title: '日期', dataIndex: 'date' },
    { key: 'span', title: '时长', render: (_, p) => PRESENCE_SPAN_LABELS[p.span] },
    { key: 'note', title: '工作内容', render: (_, p) => p.note ?? '—' },
    ...(manage
      ? [
          {
            key: 'actions',
            title: '',
            render: (_: unknown, p: CadrePresence) => (
              <Popconfirm
                title="删除这条在村记录？"
                onConfirm={() =>
                  residentCadresApi
                    .removePresence(p.id)
                    .then(onChange, (e: unknown) =>
                      message.error(e instanceof Error ? e.message : '删除失败'),
                    )
                }
              >
                <Button type="link" size="small" danger>
                  删除
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  const submit = (v: Values) => {
    const date = v.date.format('YYYY-MM-DD');
    const violation = presenceViolation(date, period, today);
    if (violation) {
      form.setFields([{ name: 'date', errors: [violation.message] }]);
      return Promise.reject(new Error(violation.message));
    }
    return residentCadresApi.logPresence(a.id, { date, span: v.span, note: v.note?.trim() || null });
  };

  return (
    <Card
      size="small"
      title={`在村记录（本月 ${monthDays} 天）`}
      extra={
        manage && (
          <Button size="small" type="primary" onClick={() => setAdding(true)} data-testid="presence-add">
            登记在村
          </Button>
        )
      }
      data-testid="presence-card"
    >
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={presence}
        pagination={{ pageSize: 31, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无在村记录' }}
      />
      {adding && (
        <FormModal<Values>
          title="登记在村"
          form={form}
          initialValues={{ date: dayjs(), span: 'full' }}
          onSubmit={submit}
          success="已登记"
          onDone={() => (setAdding(false), onChange())}
          onClose={() => setAdding(false)}
          okButtonProps={testId('presence-save')}
        >
          <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => presenceViolation(d.format('YYYY-MM-DD'), period, today) !== null}
            />
          </Form.Item>
          <Form.Item name="span" label="时长">
            <Radio.Group
              options={PRESENCE_SPANS.map((s) => ({ value: s, label: PRESENCE_SPAN_LABELS[s] }))}
            />
          </Form.Item>
          <Form.Item name="note" label="工作内容" rules={[zodRule(cadrePresenceInputSchema.shape.note)]}>
            <Input.TextArea rows={2} placeholder="如 入户走访、召开村两委会" />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
