import { POINTS_CLAIM_STATUS_LABELS, type PointsClaimStatus } from '@jiceng/core';
import { Tag } from 'antd';

const COLORS: Record<PointsClaimStatus, string> = {
  pending: 'processing',
  approved: 'success',
  refused: 'error',
};

export function ClaimStatusTag({ status }: { status: PointsClaimStatus }) {
  return <Tag color={COLORS[status]}>{POINTS_CLAIM_STATUS_LABELS[status]}</Tag>;
}
