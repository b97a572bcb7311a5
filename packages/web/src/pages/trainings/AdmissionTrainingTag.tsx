import { admissionTrainingText, type PersonTrainings } from '@jiceng/core';
import { Tag } from 'antd';

type Status = Pick<PersonTrainings['admission'], 'days' | 'hours' | 'met' | 'rule'>;

/** "已培训 N 天 / M 学时（达标，D9）" in green, or in orange while the candidate falls short. */
export function AdmissionTrainingTag({ status }: { status: Status }) {
  return (
    <Tag
      color={status.met ? 'green' : 'orange'}
      style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
      data-testid="d9-status"
    >
      {admissionTrainingText({ ...status, minDays: 0, minHours: 0 })}
    </Tag>
  );
}
