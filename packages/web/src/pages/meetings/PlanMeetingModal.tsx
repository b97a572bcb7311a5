import {
  meetingPlanInputSchema,
  type MeetingDetail,
  type MeetingKindOption,
  type OrgSummary,
} from '@jiceng/core';
import { DatePicker, Form, Input, Select, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { meetingsApi } from '../../api/meetings';
import { orgsApi } from '../../api/orgs';
import { FormModal } from '../../forms/FormModal';
import { blankToUndefined, zodRule } from '../../forms/zodRule';
import { todayInChina } from '../../format/time';
import { OrgPicker } from '../orgs/OrgPicker';

interface Values {
  orgId: number;
  kind: string;
  title: string;
  plannedOn: Dayjs;
  startsAt?: Dayjs | null;
  place?: string;
  groupId?: number;
  agenda?: string;
}

const shape = meetingPlanInputSchema.shape;

/** 安排会议: the kinds offered are the rules' and those the org's tree added; a group kind asks for the group. */
export function PlanMeetingModal({
  orgId,
  onDone,
  onClose,
}: {
  orgId: number | null;
  onDone: (meeting: MeetingDetail) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const chosenOrg = Form.useWatch('orgId', form);
  const chosenKind = Form.useWatch('kind', form);
  const [kinds, setKinds] = useState<MeetingKindOption[]>([]);
  const [groups, setGroups] = useState<OrgSummary[]>([]);

  useEffect(() => {
    if (!chosenOrg) return;
    let stale = false;
    meetingsApi.kinds(chosenOrg).then(
      (k) => !stale && setKinds(k),
      () => !stale && setKinds([]),
    );
    orgsApi.children(chosenOrg).then(
      (c) => !stale && setGroups(c.filter((o) => o.kind === 'group')),
      () => !stale && setGroups([]),
    );
    return () => {
      stale = true;
    };
  }, [chosenOrg]);

  const scope = kinds.find((k) => k.key === chosenKind)?.attendeeScope;
  // FormModal's onDone takes no result, so the new meeting waits here for it.
  const created = useRef<MeetingDetail | null>(null);

  return (
    <FormModal<Values, MeetingDetail>
      title="安排会议"
      okText="安排并通知"
      okButtonProps={{ 'data-testid': 'plan-submit' }}
      testId="plan-modal"
      form={form}
      intro={
        <p style={{ color: 'rgba(0,0,0,0.45)', marginTop: 0 }}>
          应到人员按活动类别自动确定，安排后通过站内通知和短信告知。
        </p>
      }
      initialValues={{ orgId: orgId ?? undefined, plannedOn: dayjs(todayInChina()) }}
      onSubmit={async (v) => {
        created.current = await meetingsApi.plan({
          orgId: v.orgId,
          kind: v.kind,
          title: v.title.trim(),
          plannedOn: v.plannedOn.format('YYYY-MM-DD'),
          startsAt: v.startsAt ? v.startsAt.format('HH:mm') : undefined,
          place: blankToUndefined(v.place),
          groupId: scope === 'group' ? v.groupId : undefined,
          agenda: blankToUndefined(v.agenda),
        });
        return created.current;
      }}
      success="已安排，并已通知应到人员"
      onDone={() => created.current && onDone(created.current)}
      onClose={onClose}
    >
      <Form.Item name="orgId" label="党组织" rules={[{ required: true, message: '请选择党组织' }]}>
        <OrgPicker data-testid="plan-org" />
      </Form.Item>
      <Form.Item name="kind" label="活动类别" rules={[{ required: true, message: '请选择活动类别' }]}>
        <Select
          options={kinds.map((k) => ({ value: k.key, label: k.label }))}
          placeholder={chosenOrg ? '请选择' : '请先选择党组织'}
          data-testid="plan-kind"
        />
      </Form.Item>
      {scope === 'group' && (
        <Form.Item name="groupId" label="党小组" rules={[{ required: true, message: '请选择党小组' }]}>
          <Select
            options={groups.map((g) => ({ value: g.id, label: g.name }))}
            notFoundContent="本组织没有党小组"
            data-testid="plan-group"
          />
        </Form.Item>
      )}
      <Form.Item name="title" label="会议主题" rules={[zodRule(shape.title, { required: true })]}>
        <Input maxLength={100} placeholder="如：学习党的二十大精神" data-testid="plan-title" />
      </Form.Item>
      <Form.Item label="时间" required style={{ marginBottom: 0 }}>
        <div style={{ display: 'flex', gap: 8 }}>
          <Form.Item name="plannedOn" rules={[{ required: true, message: '请选择日期' }]} style={{ flex: 3 }}>
            <DatePicker style={{ width: '100%' }} data-testid="plan-date" />
          </Form.Item>
          <Form.Item name="startsAt" style={{ flex: 2 }}>
            <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} data-testid="plan-time" />
          </Form.Item>
        </div>
      </Form.Item>
      <Form.Item name="place" label="地点" rules={[zodRule(shape.place)]}>
        <Input maxLength={100} placeholder="如：村党群服务中心" data-testid="plan-place" />
      </Form.Item>
      <Form.Item name="agenda" label="议程" rules={[zodRule(shape.agenda)]}>
        <Input.TextArea rows={3} maxLength={2000} data-testid="plan-agenda" />
      </Form.Item>
    </FormModal>
  );
}
