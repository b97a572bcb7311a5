import type { InflowOrgHit } from '@jiceng/core';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { mobileApi } from '../../api/mobile';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';

interface Props {
  value?: number | null;
  onChange?: (value: number | null) => void;
  'data-testid'?: string;
}

/**
 * Picks the inflow branch among all branches in Jiceng, not only those the user reaches: the member goes
 * wherever they go (T9). Options show the full path so namesakes can be told apart.
 */
export function InflowOrgPicker({ value, onChange, ...rest }: Props) {
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 300);
  const [hits, setHits] = useState<InflowOrgHit[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!query) return;
    let stale = false;
    setLoading(true);
    mobileApi
      .inflowOrgs(query)
      .then((found) => !stale && setHits(found))
      .catch(() => !stale && setHits([]))
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
      placeholder="输入党支部名称查找"
      notFoundContent={
        query ? (loading ? '查找中…' : '系统内没有这个党支部，可改填系统外党组织名称') : '请输入党支部名称'
      }
      options={hits.map((h) => ({ value: h.id, label: h.fullName }))}
      showSearch={{
        filterOption: false,
        // An empty search fires when the picked label replaces the typed text; keep the last hits.
        onSearch: (s) => s && setText(s),
      }}
      optionRender={(option) => <div style={{ whiteSpace: 'normal' }}>{option.label}</div>}
      style={{ width: '100%' }}
      {...rest}
    />
  );
}
