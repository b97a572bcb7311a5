import { DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { OrgPicker } from '../orgs/OrgPicker';
import type { PointsParams } from './usePointsParams';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Org, year and (optionally) month for the points tabs. */
export function PointsFilters({ params, withMonth = false }: { params: PointsParams; withMonth?: boolean }) {
  const { orgId, year, month, update } = params;
  return (
    <Flex gap={12} wrap align="center">
      <div style={{ flex: '1 1 240px', maxWidth: 420, minWidth: 0 }}>
        <OrgPicker
          value={orgId}
          onChange={(id) => update({ orgId: id })}
          placeholder="选择党组织"
          data-testid="points-org"
        />
      </div>
      <DatePicker
        picker="year"
        value={dayjs(`${year}-01-01`)}
        allowClear={false}
        onChange={(d) => d && update({ year: d.year(), month: null })}
        aria-label="年度"
        data-testid="points-year"
        style={{ flex: '0 1 120px' }}
      />
      {withMonth && (
        <Select
          value={month ?? ''}
          onChange={(value: string) => update({ month: value || null })}
          aria-label="月份"
          data-testid="points-month"
          style={{ width: 120 }}
          options={[
            { value: '', label: '全年' },
            ...MONTHS.map((m) => ({ value: `${year}-${String(m).padStart(2, '0')}`, label: `${m}月` })),
          ]}
        />
      )}
    </Flex>
  );
}
