import { STAGE_LABELS, type Person } from '@jiceng/core';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { personsApi } from '../../api/persons';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';

interface Props {
  value?: number | null;
  onChange?: (value: number | null) => void;
  'data-testid'?: string;
}

/** Picks one member (probationary or full, in normal standing) among those the user manages, by name. */
export function MemberPicker({ value, onChange, ...rest }: Props) {
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 300);
  const [options, setOptions] = useState<Person[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let stale = false;
    setLoading(true);
    personsApi
      .list({ q: query || undefined, stage: ['full', 'probationary'], sort: 'name' }, 1, 20)
      .then((page) => !stale && setOptions(page.items))
      .catch(() => !stale && setOptions([]))
      .finally(() => !stale && setLoading(false));
    return () => {
      stale = true;
    };
  }, [query]);

  return (
    <Select<number | null>
      value={value ?? undefined}
      onChange={(id) => onChange?.(id ?? null)}
      allowClear
      loading={loading}
      placeholder="输入姓名查找党员"
      notFoundContent={loading ? '查找中…' : '没有找到党员'}
      options={options.map((p) => ({
        value: p.id,
        label: `${p.name}（${p.orgName}${p.stage ? ` · ${STAGE_LABELS[p.stage]}` : ''}）`,
      }))}
      showSearch={{ filterOption: false, onSearch: setText }}
      style={{ width: '100%' }}
      {...rest}
    />
  );
}
