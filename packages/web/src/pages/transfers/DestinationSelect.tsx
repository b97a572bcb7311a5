import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { transfersApi } from '../../api/transfers';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';

/** Finds the receiving branch anywhere in Jiceng by name (the sender cannot browse other subtrees). */
export function DestinationSelect({
  value,
  onChange,
}: {
  value?: number | null;
  onChange?: (id: number | null) => void;
}) {
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search.trim(), 300);
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!query) return;
    let current = true;
    setLoading(true);
    transfersApi
      .destinations(query)
      .then((hits) => current && setOptions(hits.map((h) => ({ value: h.id, label: h.fullName }))))
      .catch(() => current && setOptions([]))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [query]);

  return (
    <Select
      showSearch
      allowClear
      filterOption={false}
      loading={loading}
      value={value ?? undefined}
      onSearch={setSearch}
      onChange={(id: number | undefined) => onChange?.(id ?? null)}
      placeholder="输入党支部名称查找（全系统）"
      notFoundContent={loading ? '查找中……' : query ? '没有找到该党支部' : '请输入名称'}
      options={options}
      data-testid="transfer-destination"
    />
  );
}
