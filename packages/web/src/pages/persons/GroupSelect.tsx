import { Select } from 'antd';
import { orgsApi } from '../../api/orgs';
import { useRequest } from '../../hooks/useRequest';

/** The 党小组 of a branch, loaded when the branch is chosen; a branch without groups offers none. */
export function GroupSelect({
  branchId,
  value,
  onChange,
}: {
  branchId: number | null | undefined;
  value?: number | null;
  onChange?: (value: number | null) => void;
}) {
  const { data, loading } = useRequest(
    () => (branchId ? orgsApi.children(branchId) : Promise.resolve([])),
    [branchId],
  );
  const groups = (data ?? []).filter((o) => o.kind === 'group');
  return (
    <Select<number | null>
      allowClear
      disabled={!branchId}
      loading={loading}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      placeholder={!branchId ? '请先选择党支部' : groups.length ? '选填' : '该支部未设党小组'}
      options={groups.map((g) => ({ value: g.id, label: g.name }))}
      data-testid="person-group"
    />
  );
}
