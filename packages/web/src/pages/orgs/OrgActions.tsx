import { DeleteOutlined, EditOutlined, ImportOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { childKindsOf, type Org } from '@jiceng/core';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { orgsApi } from '../../api/orgs';
import { useSession } from '../../session/SessionContext';
import { MoveOrgModal } from './MoveOrgModal';
import { OrgFormModal } from './OrgFormModal';
import { useOrgTree } from './OrgTreeContext';

type Dialog = 'child' | 'edit' | 'move' | null;

export function OrgActions({ org, onChanged }: { org: Org; onChanged: () => void }) {
  const { can } = useSession();
  const { message, modal } = App.useApp();
  const { refresh } = useOrgTree();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  if (!can('org.manage')) return null;
  const close = () => setDialog(null);

  const dissolve = () =>
    modal.confirm({
      title: `撤销“${org.name}”？`,
      content: '撤销后该组织不再出现在组织架构中，操作记入审计日志。须先撤销或转移其下级组织和用户角色。',
      okText: '撤销',
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await orgsApi.dissolve(org.id);
          message.success(`已撤销“${org.name}”`);
          refresh();
          navigate(org.parentId ? `/orgs/${org.parentId}` : '/orgs', { replace: true });
        } catch (error) {
          // 409 explains what is left (children, user roles); the user needs that text as is.
          message.error(error instanceof Error ? error.message : '撤销失败');
        }
      },
    });

  return (
    <Flex gap={8} wrap data-testid="org-actions">
      {childKindsOf(org.kind).length > 0 && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setDialog('child')}
          data-testid="create-child-org"
        >
          新建下级组织
        </Button>
      )}
      <Button icon={<ImportOutlined />} onClick={() => navigate('/orgs/import')} data-testid="import-orgs">
        导入组织
      </Button>
      <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="edit-org">
        编辑
      </Button>
      <Button icon={<SwapOutlined />} onClick={() => setDialog('move')} data-testid="move-org">
        调整隶属
      </Button>
      <Button danger icon={<DeleteOutlined />} onClick={dissolve} data-testid="dissolve-org">
        撤销
      </Button>
      {dialog === 'child' && (
        <OrgFormModal
          mode={{ type: 'create', parent: { id: org.id, kind: org.kind, name: org.name } }}
          onClose={close}
          onSaved={(created) => {
            close();
            navigate(`/orgs/${created.id}`);
          }}
        />
      )}
      {dialog === 'edit' && (
        <OrgFormModal
          mode={{ type: 'edit', org }}
          onClose={close}
          onSaved={() => {
            close();
            onChanged();
          }}
        />
      )}
      {dialog === 'move' && (
        <MoveOrgModal
          org={org}
          onClose={close}
          onMoved={() => {
            close();
            onChanged();
          }}
        />
      )}
    </Flex>
  );
}
