import { FilterOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import type { PersonFilter } from '../../api/persons';
import { useIsPhone } from '../../hooks/useIsPhone';
import { OrgPicker } from '../orgs/OrgPicker';
import {
  ageBandOptions,
  educationOptions,
  joinBandOptions,
  personKindOptions,
  sexOptions,
  stageOptions,
  standingOptions,
} from './filterOptions';

function Labelled({ children }: { children: ReactNode }) {
  return <div style={{ minWidth: 0 }}>{children}</div>;
}

/** Equal columns that wrap, so a short last row does not stretch one select across the page. */
const grid = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))',
  gap: 8,
} as const;

/**
 * The list's filter bar. Every choice applies at once; the search box applies on Enter. On a phone the
 * less used filters fold away so the list stays near the top.
 */
export function PersonFilters({
  filter,
  onChange,
  onReset,
}: {
  filter: PersonFilter;
  onChange: (change: Partial<PersonFilter>) => void;
  onReset: () => void;
}) {
  const phone = useIsPhone();
  const [text, setText] = useState(filter.q ?? '');
  const [more, setMore] = useState(false);
  // A reset or a link changes the query under the box; the box follows it.
  useEffect(() => setText(filter.q ?? ''), [filter.q]);

  const select = <K extends keyof PersonFilter>(
    key: K,
    placeholder: string,
    options: { value: string; label: string }[],
  ) => (
    <Labelled key={key}>
      <Select
        allowClear
        placeholder={placeholder}
        aria-label={placeholder}
        options={options}
        popupMatchSelectWidth={false}
        value={filter[key] as string | undefined}
        onChange={(value?: string) => onChange({ [key]: value || undefined })}
        style={{ width: '100%' }}
        data-testid={`filter-${key}`}
      />
    </Labelled>
  );

  const showMore = !phone || more;
  return (
    <Flex vertical gap={8} data-testid="person-filters">
      <Flex gap={8} wrap>
        <div style={{ flex: '2 1 260px', minWidth: 0 }}>
          <Input.Search
            allowClear
            enterButton="搜索"
            placeholder="姓名、身份证号或手机号"
            aria-label="搜索党员"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(value) => onChange({ q: value.trim() || undefined })}
            data-testid="person-search"
          />
        </div>
        <div style={{ flex: '2 1 260px', minWidth: 0 }}>
          <OrgPicker
            value={filter.orgId ?? null}
            onChange={(orgId) => onChange({ orgId: orgId ?? undefined })}
            placeholder="所在组织（含下级）"
            data-testid="filter-org"
          />
        </div>
        {phone && (
          <Button icon={<FilterOutlined />} onClick={() => setMore((m) => !m)} data-testid="more-filters">
            {more ? '收起筛选' : '更多筛选'}
          </Button>
        )}
      </Flex>
      {showMore && (
        <div style={grid}>
          <Labelled>
            <Select
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              placeholder="阶段"
              aria-label="阶段"
              options={stageOptions}
              value={filter.stage ?? []}
              onChange={(stage: PersonFilter['stage']) =>
                onChange({ stage: stage?.length ? stage : undefined })
              }
              style={{ width: '100%' }}
              data-testid="filter-stage"
            />
          </Labelled>
          {select('sex', '性别', sexOptions)}
          {select('ageBand', '年龄段', ageBandOptions)}
          {select('education', '学历', educationOptions)}
          {select('personKind', '人员类别', personKindOptions)}
          {select('joinBand', '入党时间', joinBandOptions)}
          {select('standing', '党籍状态（正常）', standingOptions)}
          <Button onClick={onReset} data-testid="reset-filters">
            清除筛选
          </Button>
        </div>
      )}
    </Flex>
  );
}
