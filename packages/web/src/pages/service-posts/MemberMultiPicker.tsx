import { STAGE_LABELS, type Person } from '@jiceng/core';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { personsApi } from '../../api/persons';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';

/** Picks several members (probationary or full) on record under `orgId` by name. */
export function MemberMultiPicker({
  orgId,
  value,
  onChange,
  known = [],
  'data-testid': testId,
}: {
  orgId: number;
  value?: number[];
  onChange?: (ids: number[]) => void;
  /** Names of people already chosen, shown before a search finds them. */
  known?: { personId: number; name: string }[];
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
      .list({ orgId, q: query || undefined, stage: ['full', 'probationary'], sort: 'name' }, 1, 30)
      .then((page) => current && setOptions(page.items))
      .catch(() => current && setOptions([]))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [orgId, query]);

  const labels = new Map<number, string>(known.map((k) => [k.personId, k.name]));
  for (const p of options)
    labels.set(p.id, `${p.name}（${p.orgName} · ${p.stage ? STAGE_LABELS[p.stage] : ''}）`);
  return (
    <Select
      mode="multiple"
      showSearch
      filterOption={false}
      loading={loading}
      value={value ?? []}
      onSearch={setSearch}
      onChange={(ids: number[]) => onChange?.(ids)}
      placeholder="输入姓名查找党员"
      style={{ width: '100%' }}
      options={[...labels].map(([id, label]) => ({ value: id, label }))}
      data-testid={testId}
    />
  );
}
