import type { OrgKind, OrgSearchHit } from '@jiceng/core';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { orgsApi } from '../../api/orgs';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useOrgPathLabel } from './useOrgPathLabel';

interface Props {
  value?: number | null;
  onChange?: (value: number | null) => void;
  /** Orgs that make no sense here (the org being moved, say). */
  exclude?: readonly number[];
  /** Only orgs of these kinds may be picked (a person's branch, say); others are not offered. */
  kinds?: readonly OrgKind[];
  disabled?: boolean;
  placeholder?: string;
  'data-testid'?: string;
}

/** Picks an org by searching names within the user's reach; options show the full path to tell namesakes apart. */
export function OrgPicker({ value, onChange, exclude = [], kinds, disabled, placeholder, ...rest }: Props) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<OrgSearchHit[]>([]);
  const [loading, setLoading] = useState(false);
  const query = useDebouncedValue(text.trim(), 300);

  useEffect(() => {
    if (!query) return;
    let stale = false;
    setLoading(true);
    orgsApi
      .search(query, undefined, 30)
      .then((found) => !stale && setHits(found))
      .catch(() => !stale && setHits([]))
      .finally(() => !stale && setLoading(false));
    return () => {
      stale = true;
    };
  }, [query]);

  const options = hits
    .filter((h) => !exclude.includes(h.id) && (!kinds || kinds.includes(h.kind)))
    .map((h) => ({ value: h.id, label: h.pathNames.join(' / ') }));
  const known = options.some((o) => o.value === value);
  const pathLabel = useOrgPathLabel(value, known);
  if (value && !known && pathLabel) options.unshift({ value, label: pathLabel });

  return (
    <Select<number | null>
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      disabled={disabled}
      allowClear
      placeholder={placeholder ?? '输入名称搜索组织'}
      loading={loading}
      options={options}
      notFoundContent={query ? (loading ? '搜索中…' : '没有找到匹配的组织') : '请输入组织名称'}
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
