import type { User } from '@jiceng/core';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { usersApi } from '../../api/users';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';

/**
 * One account picked by name or username. Only accounts holding the 联审部门审查人员 role are offered:
 * the server refuses anyone else, and a list of every user would hide the few that fit.
 */
export function ReviewerPicker({
  value,
  onChange,
  exclude,
  'data-testid': testId,
}: {
  value: number | null;
  onChange: (userId: number | null) => void;
  /** Already reviewers of the department. */
  exclude: readonly number[];
  'data-testid'?: string;
}) {
  const [text, setText] = useState('');
  const [found, setFound] = useState<User[]>([]);
  const query = useDebouncedValue(text.trim(), 300);

  useEffect(() => {
    let stale = false;
    usersApi
      .list({ q: query || undefined, page: 1, pageSize: 100 })
      .then((page) => !stale && setFound(page.items))
      .catch(() => !stale && setFound([]));
    return () => {
      stale = true;
    };
  }, [query]);

  const reviewers = found.filter(
    (u) => !u.disabled && !exclude.includes(u.id) && u.assignments.some((a) => a.role === 'joint_reviewer'),
  );
  return (
    <Select<number>
      allowClear
      value={value ?? undefined}
      onChange={(id) => onChange(id ?? null)}
      placeholder="搜索审查人员账号"
      options={reviewers.map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))}
      showSearch={{ filterOption: false, onSearch: setText }}
      notFoundContent="没有持有“联审部门审查人员”角色的账号"
      style={{ flex: '1 1 200px', minWidth: 0 }}
      data-testid={testId}
    />
  );
}
