import { Alert, Flex, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { reviewsApi } from '../../api/reviews';
import { todayInChina } from '../../format/time';
import { useRequest } from '../../hooks/useRequest';
import { OrgPicker } from '../orgs/OrgPicker';
import { ReviewEditor } from './ReviewEditor';

const thisYear = Number(todayInChina().slice(0, 4));
const yearOptions = Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({
  value: y,
  label: `${y} 年度`,
}));

/** 民主评议党员 (org-life.md L4–L6): a branch's members graded once a year, kept per year. */
export default function ReviewsPage() {
  const [orgId, setOrgId] = useState<number | null>(null);
  const [year, setYear] = useState(thisYear);
  const review = useRequest(
    () => (orgId ? reviewsApi.get(orgId, year) : Promise.resolve(undefined)),
    [orgId, year],
  );

  return (
    <Flex vertical gap={16} data-testid="reviews-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        民主评议党员
      </Typography.Title>
      <Flex gap={8} wrap>
        <div style={{ flex: '1 1 280px', maxWidth: 460 }}>
          <OrgPicker value={orgId} onChange={setOrgId} placeholder="选择党支部" data-testid="review-org" />
        </div>
        <Select
          value={year}
          onChange={setYear}
          options={yearOptions}
          style={{ width: 130 }}
          aria-label="评议年度"
          data-testid="review-year"
        />
      </Flex>
      {!orgId && (
        <Typography.Text type="secondary">
          选择党支部和年度后，逐一评定正式党员的等次（优秀、合格、基本合格、不合格）。
        </Typography.Text>
      )}
      {review.error !== undefined && (
        <Alert
          type="error"
          showIcon
          title={review.error instanceof Error ? review.error.message : '加载失败'}
        />
      )}
      {orgId && review.loading && !review.data && <Skeleton active />}
      {review.data && (
        <ReviewEditor
          key={`${review.data.orgId}-${review.data.year}-${review.data.updatedAt ?? 'new'}`}
          review={review.data}
          onSaved={review.reload}
        />
      )}
    </Flex>
  );
}
