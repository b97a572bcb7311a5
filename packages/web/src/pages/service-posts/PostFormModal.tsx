import {
  SERVICE_POST_KIND_LABELS,
  SERVICE_POST_KINDS,
  servicePostCapacitySchema,
  servicePostInputSchema,
  type ServicePost,
  type ServicePostKind,
} from '@jiceng/core';
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { servicePostsApi } from '../../api/servicePosts';
import { FormModal } from '../../forms/FormModal';
import { blankToUndefined, zodRule } from '../../forms/zodRule';
import { OrgPicker } from '../orgs/OrgPicker';

interface Values {
  orgId: number;
  kind: ServicePostKind;
  title: string;
  description?: string;
  place?: string;
  capacity: number;
  period?: [Dayjs | null, Dayjs | null] | null;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** 发布岗位 / 修改岗位: kind, title, duties, place, places and the service period. */
export function PostFormModal({
  orgId,
  post,
  onDone,
  onClose,
}: {
  orgId: number;
  post?: ServicePost;
  onDone: () => void;
  onClose: () => void;
}) {
  const submit = (v: Values) => {
    const fields = {
      kind: v.kind,
      title: v.title,
      description: blankToUndefined(v.description) ?? null,
      place: blankToUndefined(v.place) ?? null,
      capacity: v.capacity,
      periodFrom: day(v.period?.[0]),
      periodTo: day(v.period?.[1]),
    };
    return post
      ? servicePostsApi.update(post.id, fields)
      : servicePostsApi.create({ orgId: v.orgId, ...fields });
  };
  return (
    <FormModal<Values>
      title={post ? `修改岗位：${post.title}` : '发布岗位'}
      initialValues={
        post
          ? {
              orgId: post.orgId,
              kind: post.kind,
              title: post.title,
              description: post.description ?? undefined,
              place: post.place ?? undefined,
              capacity: post.capacity,
              period: [
                post.periodFrom ? dayjs(post.periodFrom) : null,
                post.periodTo ? dayjs(post.periodTo) : null,
              ],
            }
          : { orgId, kind: 'public_welfare', capacity: 3 }
      }
      onSubmit={submit}
      success={post ? '已保存' : '已发布岗位'}
      onDone={onDone}
      onClose={onClose}
      okButtonProps={{ 'data-testid': 'post-save' }}
      testId="post-form"
    >
      <Form.Item name="orgId" label="发布组织" rules={[{ required: true, message: '请选择发布组织' }]}>
        <OrgPicker disabled={!!post} data-testid="post-org" />
      </Form.Item>
      <Form.Item name="kind" label="岗位类别" rules={[{ required: true }]}>
        <Select
          data-testid="post-kind"
          options={SERVICE_POST_KINDS.map((k) => ({ value: k, label: SERVICE_POST_KIND_LABELS[k] }))}
        />
      </Form.Item>
      <Form.Item
        name="title"
        label="岗位名称"
        rules={[zodRule(servicePostInputSchema.shape.title, { required: true })]}
      >
        <Input placeholder="如 河道巡查员" data-testid="post-title" />
      </Form.Item>
      <Form.Item
        name="capacity"
        label="名额（人）"
        rules={[zodRule(servicePostCapacitySchema, { required: true })]}
      >
        <InputNumber min={1} max={999} style={{ width: '100%' }} data-testid="post-capacity" />
      </Form.Item>
      <Form.Item name="period" label="服务期">
        <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="place" label="服务地点" rules={[zodRule(servicePostInputSchema.shape.place)]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="description"
        label="岗位职责"
        rules={[zodRule(servicePostInputSchema.shape.description)]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
