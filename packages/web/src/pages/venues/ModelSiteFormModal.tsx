import {
  MODEL_SITE_LEVEL_LABELS,
  MODEL_SITE_LEVELS,
  modelSiteFields,
  type ModelSiteLevel,
  type Venue,
} from '@jiceng/core';
import { Form, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { venuesApi } from '../../api/venues';
import { FormModal } from '../../forms/FormModal';
import { testId } from '../../forms/testId';
import { zodRule } from '../../forms/zodRule';
import { OrgPicker } from '../orgs/OrgPicker';

interface Values {
  orgId?: number;
  title: string;
  level: ModelSiteLevel;
  year: number;
  practices: string;
}

/** 命名示范点: a venue (when opened from it) or a branch picked here. */
export function ModelSiteFormModal({
  venue,
  onDone,
  onClose,
}: {
  venue?: Venue;
  onDone: () => void;
  onClose: () => void;
}) {
  return (
    <FormModal<Values>
      title={venue ? `命名示范点：${venue.name}` : '命名党支部为示范点'}
      initialValues={{ level: 'county', year: dayjs().year(), title: venue ? `${venue.name}示范点` : '' }}
      onSubmit={(v) =>
        venuesApi.createModelSite({
          ...(venue ? { venueId: venue.id } : { orgId: v.orgId }),
          title: v.title,
          level: v.level,
          year: v.year,
          practices: v.practices,
        })
      }
      success="已命名示范点"
      onDone={onDone}
      onClose={onClose}
      okButtonProps={testId('site-save')}
      testId="site-form"
    >
      {!venue && (
        <Form.Item name="orgId" label="党支部" rules={[{ required: true, message: '请选择党支部' }]}>
          <OrgPicker kinds={['branch', 'joint_branch', 'general_branch']} data-testid="site-org" />
        </Form.Item>
      )}
      <Form.Item name="title" label="示范点名称" rules={[zodRule(modelSiteFields.title, { required: true })]}>
        <Input data-testid="site-title" />
      </Form.Item>
      <Form.Item name="level" label="级别" rules={[{ required: true }]}>
        <Select options={MODEL_SITE_LEVELS.map((l) => ({ value: l, label: MODEL_SITE_LEVEL_LABELS[l] }))} />
      </Form.Item>
      <Form.Item name="year" label="命名年度" rules={[zodRule(modelSiteFields.year, { required: true })]}>
        <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="practices"
        label="特色做法"
        rules={[zodRule(modelSiteFields.practices, { required: true })]}
      >
        <Input.TextArea rows={6} placeholder="示范点的主要做法和成效" data-testid="site-practices" />
      </Form.Item>
    </FormModal>
  );
}
