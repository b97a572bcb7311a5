import { BRANCH_KINDS, DUES_ADVANCE_LIMIT_MONTHS, isMonthKey, monthOf } from '@jiceng/core';
import { Card, DatePicker, Empty, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { todayInChina } from '../../format/time';
import { OrgPicker } from '../orgs/OrgPicker';
import { CollectionRound } from './CollectionRound';
import { useHomeOrgId } from '../../hooks/useHomeOrgId';

/**
 * 党费收缴: a branch's collection round on a phone — one month marked paid for many members at once. The
 * branch and month live in the address, so a reload or a shared link opens the same round; the branch
 * defaults to the user's own, the month to the current one (China time).
 */
export default function CollectionPage() {
  const [params, setParams] = useSearchParams();
  const home = useHomeOrgId('dues.manage');
  const orgId = Number(params.get('orgId')) || home;
  const thisMonth = monthOf(todayInChina());
  const asked = params.get('month');
  const month = asked && isMonthKey(asked) ? asked : thisMonth;
  const latest = dayjs(`${thisMonth}-01`).add(DUES_ADVANCE_LIMIT_MONTHS, 'month');

  const update = (key: 'orgId' | 'month', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next);
  };

  return (
    <Flex vertical gap={12} data-testid="collection-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        党费收缴
      </Typography.Title>
      <Card size="small">
        <Flex gap={8} wrap align="center">
          <div style={{ flex: '1 1 220px', minWidth: 0, maxWidth: 420 }}>
            <OrgPicker
              value={orgId}
              onChange={(id) => update('orgId', id ? String(id) : null)}
              kinds={BRANCH_KINDS}
              placeholder="选择党支部"
              data-testid="collection-org"
            />
          </div>
          <DatePicker
            picker="month"
            value={dayjs(`${month}-01`)}
            allowClear={false}
            inputReadOnly
            onChange={(d) => d && update('month', d.format('YYYY-MM'))}
            disabledDate={(d) => d.isAfter(latest, 'month')}
            aria-label="月份"
            style={{ flex: '0 1 140px' }}
            data-testid="collection-month"
          />
        </Flex>
      </Card>
      {orgId ? (
        <CollectionRound key={`${orgId}-${month}`} orgId={orgId} month={month} />
      ) : (
        <Empty description="请选择党支部" />
      )}
    </Flex>
  );
}
