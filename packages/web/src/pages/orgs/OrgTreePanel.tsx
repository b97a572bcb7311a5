import { PlusOutlined } from '@ant-design/icons';
import { roleGrants } from '@jiceng/core';
import { Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useMe } from '../../session/SessionContext';
import { OrgFormModal } from './OrgFormModal';
import { OrgSearchResults } from './OrgSearchResults';
import { OrgTree } from './OrgTree';

/** The sider's org section: a search box over the tree, and a top-level create for system-wide staff. */
export function OrgTreePanel({ onNavigate }: { onNavigate?: () => void }) {
  const me = useMe();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [creating, setCreating] = useState(false);
  const query = useDebouncedValue(text.trim(), 300);
  // Only a whole-system reach may found a top-level org; the server refuses anyone else.
  const mayCreateTop = me.assignments.some((a) => a.orgId === null && roleGrants(a.role, 'org.manage'));

  const open = (id: number) => {
    setText('');
    navigate(`/orgs/${id}`);
    onNavigate?.();
  };

  return (
    <Flex vertical gap={8} style={{ paddingInline: 4 }}>
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Text strong>组织架构</Typography.Text>
        {mayCreateTop && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="create-top-org"
          >
            新建顶级组织
          </Button>
        )}
      </Flex>
      <Input.Search
        placeholder="搜索组织名称"
        aria-label="搜索组织"
        allowClear
        value={text}
        onChange={(e) => setText(e.target.value)}
        data-testid="org-search"
      />
      {query && text.trim() ? (
        <OrgSearchResults query={query} onPick={open} />
      ) : (
        <OrgTree onNavigate={onNavigate} />
      )}
      {creating && (
        <OrgFormModal
          mode={{ type: 'create', parent: null }}
          onClose={() => setCreating(false)}
          onSaved={(org) => {
            setCreating(false);
            open(org.id);
          }}
        />
      )}
    </Flex>
  );
}
