import type { User } from '@jiceng/core';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { usersApi } from '../../api/users';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';

/** Several users picked by searching name or username within the sender's reach. */
export function UserPicker({ value, onChange }: { value?: number[]; onChange?: (ids: number[]) => void }) {
  const [text, setText] = useState('');
  const [found, setFound] = useState<User[]>([]);
  const query = useDebouncedValue(text.trim(), 300);

  useEffect(() => {
    let stale = false;
    usersApi
      .list({ q: query || undefined, page: 1, pageSize: 50 })
      .then((page) => !stale && setFound(page.items))
      .catch(() => !stale && setFound([]));
    return () => {
      stale = true;
    };
  }, [query]);

  return (
    <Select<number[]>
      mode="multiple"
      value={value}
      onChange={onChange}
      placeholder="输入姓名或用户名搜索"
      options={found.map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))}
      showSearch={{ filterOption: false, onSearch: setText }}
      style={{ width: '100%' }}
    />
  );
}
