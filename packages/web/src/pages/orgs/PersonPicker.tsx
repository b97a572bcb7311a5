import { STAGE_LABELS, type Person } from '@jiceng/core';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { personsApi } from '../../api/persons';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';

/**
 * Picks a person on record under `orgId` (or anywhere in reach) by name; only members (probationary or
 * full) are offered.
 */
export function PersonPicker({
  orgId,
  value,
  onChange,
  placeholder = '输入姓名查找本组织的党员',
  'data-testid': testId = 'post-person',
}: {
  orgId?: number;
  value?: number | null;
  onChange?: (id: number | null) => void;
  placeholder?: string;
  'data-testid'?: string;
}) {
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search, 300);
  const [options, setOptions] = useState<Person[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let current = true;
    setLoading(true);
    personsApi
      .list({ orgId, q: query || undefined, stage: ['full', 'probationary'], sort: 'name' }, 1, 20)
      .then((page) => current && setOptions(page.items))
      .catch(() => current && setOptions([]))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [orgId, query]);

  return (
    <Select
      showSearch
      allowClear
      filterOption={false}
      loading={loading}
      value={value ?? undefined}
      onSearch={setSearch}
      onChange={(id: number | undefined) => onChange?.(id ?? null)}
      placeholder={placeholder}
      notFoundContent={loading ? '查找中……' : '没有找到，可在下方直接填写姓名'}
      options={options.map((p) => ({
        value: p.id,
        label: `${p.name}（${p.orgName} · ${p.stage ? STAGE_LABELS[p.stage] : ''}）`,
      }))}
      data-testid={testId}
    />
  );
}
