import {
  ACTIVITY_WEEKDAY_LABELS,
  ACTIVITY_WEEKDAYS,
  activitySeriesInputSchema,
  NTH_WEEKS,
  serviceHoursSchema,
  type ActivitySeries,
  type ActivityWeekday,
  type NthWeek,
  type Recurrence,
  type RecurrenceKind,
} from '@jiceng/core';
import { DatePicker, Flex, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { activitiesApi } from '../../api/servicePosts';
import { FormModal } from '../../forms/FormModal';
import { blankToUndefined, zodRule } from '../../forms/zodRule';

interface Values {
  title: string;
  place: string;
  description?: string;
  kind: RecurrenceKind;
  nth: NthWeek;
  weekday: ActivityWeekday;
  day: number;
  startsOn: Dayjs;
  endsOn?: Dayjs | null;
  hoursCredited: number;
  capacity?: number | null;
}

const NTH_LABELS: Record<NthWeek, string> = {
  1: '第一个',
  2: '第二个',
  3: '第三个',
  4: '第四个',
  [-1]: '最后一个',
};

function recurrenceOf(v: Values): Recurrence {
  if (v.kind === 'day_of_month') return { kind: 'day_of_month', day: v.day };
  if (v.kind === 'weekly') return { kind: 'weekly', weekday: v.weekday };
  return { kind: 'nth_weekday', nth: v.nth, weekday: v.weekday };
}

/** 设立固定活动 / 修改: when it recurs (e.g. 每月第一个周六), where, the hours it credits and its limit. */
export function SeriesFormModal({
  orgId,
  series,
  onDone,
  onClose,
}: {
  orgId: number;
  series?: ActivitySeries;
  onDone: () => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'nth_weekday';
  const r = series?.recurrence;
  const submit = (v: Values) => {
    const fields = {
      title: v.title,
      place: v.place,
      description: blankToUndefined(v.description) ?? null,
      recurrence: recurrenceOf(v),
      startsOn: v.startsOn.format('YYYY-MM-DD'),
      endsOn: v.endsOn ? v.endsOn.format('YYYY-MM-DD') : null,
      hoursCredited: v.hoursCredited,
      capacity: v.capacity ?? null,
    };
    return series
      ? activitiesApi.updateSeries(series.id, fields)
      : activitiesApi.createSeries({ orgId, ...fields });
  };
  return (
    <FormModal<Values>
      title={series ? `修改活动：${series.title}` : '设立固定活动'}
      form={form}
      initialValues={{
        title: series?.title ?? '红色星期六',
        place: series?.place,
        description: series?.description ?? undefined,
        kind: r?.kind ?? 'nth_weekday',
        nth: r?.kind === 'nth_weekday' ? r.nth : 1,
        weekday: r && r.kind !== 'day_of_month' ? r.weekday : 6,
        day: r?.kind === 'day_of_month' ? r.day : 1,
        startsOn: series ? dayjs(series.startsOn) : dayjs().startOf('month'),
        endsOn: series?.endsOn ? dayjs(series.endsOn) : null,
        hoursCredited: series?.hoursCredited ?? 2,
        capacity: series?.capacity ?? null,
      }}
      onSubmit={submit}
      success={series ? '已保存，今后的日期已按新规则安排' : '已设立，未来一年的日期已安排'}
      onDone={onDone}
      onClose={onClose}
      okButtonProps={{ 'data-testid': 'series-save' }}
      testId="series-form"
    >
      <Form.Item
        name="title"
        label="活动名称"
        rules={[zodRule(activitySeriesInputSchema.shape.title, { required: true })]}
      >
        <Input data-testid="series-title" />
      </Form.Item>
      <Form.Item
        name="place"
        label="活动地点"
        rules={[zodRule(activitySeriesInputSchema.shape.place, { required: true })]}
      >
        <Input data-testid="series-place" />
      </Form.Item>
      <Form.Item label="重复规则" required>
        <Flex gap={8} wrap>
          <Form.Item name="kind" noStyle>
            <Select
              style={{ width: 130 }}
              options={[
                { value: 'nth_weekday', label: '每月第几个' },
                { value: 'day_of_month', label: '每月固定日' },
                { value: 'weekly', label: '每周' },
              ]}
              data-testid="series-kind"
            />
          </Form.Item>
          {kind === 'nth_weekday' && (
            <Form.Item name="nth" noStyle>
              <Select
                style={{ width: 110 }}
                options={NTH_WEEKS.map((n) => ({ value: n, label: NTH_LABELS[n] }))}
              />
            </Form.Item>
          )}
          {kind !== 'day_of_month' && (
            <Form.Item name="weekday" noStyle>
              <Select
                style={{ width: 90 }}
                options={ACTIVITY_WEEKDAYS.map((d) => ({ value: d, label: ACTIVITY_WEEKDAY_LABELS[d] }))}
              />
            </Form.Item>
          )}
          {kind === 'day_of_month' && (
            <Form.Item name="day" noStyle>
              <InputNumber min={1} max={31} suffix="日" style={{ width: 100 }} />
            </Form.Item>
          )}
        </Flex>
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item
          name="startsOn"
          label="开始日期"
          rules={[{ required: true, message: '请选择开始日期' }]}
          style={{ flex: 1 }}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="endsOn" label="结束日期" style={{ flex: 1 }}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item
          name="hoursCredited"
          label="每次计入时长（小时）"
          rules={[zodRule(serviceHoursSchema, { required: true })]}
          style={{ flex: 1 }}
        >
          <InputNumber min={0.5} max={24} step={0.5} style={{ width: '100%' }} data-testid="series-hours" />
        </Form.Item>
        <Form.Item name="capacity" label="人数上限（不填不限）" style={{ flex: 1 }}>
          <InputNumber min={1} max={9999} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item
        name="description"
        label="活动内容"
        rules={[zodRule(activitySeriesInputSchema.shape.description)]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
