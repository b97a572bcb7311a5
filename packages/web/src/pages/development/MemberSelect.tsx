import { Select } from 'antd';
import { personsApi } from '../../api/persons';
import { useRequest } from '../../hooks/useRequest';

interface Props {
  orgId: number;
  value?: number[];
  onChange?: (value: number[]) => void;
  max: number;
  'data-testid'?: string;
}

/** Picks sponsors or introducers among the members of the person's org. */
export function MemberSelect({ orgId, value, onChange, max, ...rest }: Props) {
  const { data, loading } = useRequest(
    () => personsApi.list({ orgId, stage: ['full', 'probationary'] }, 1, 100),
    [orgId],
  );
  const options = (data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  return (
    <Select<number[]>
      mode="multiple"
      value={value}
      onChange={(v) => onChange?.(v.slice(0, max))}
      loading={loading}
      options={options}
      optionFilterProp="label"
      placeholder="选择本组织党员"
      notFoundContent="本组织暂无党员"
      {...rest}
    />
  );
}
