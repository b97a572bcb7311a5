import type { Org } from '@jiceng/core';
import { Alert, Form } from 'antd';
import { orgsApi } from '../../api/orgs';
import { FormModal } from '../../forms/FormModal';
import { OrgPicker } from './OrgPicker';
import { useOrgTree } from './OrgTreeContext';

interface Values {
  parentId: number;
}

/** 调整隶属关系: the whole subtree moves with the org. */
export function MoveOrgModal({
  org,
  onClose,
  onMoved,
}: {
  org: Org;
  onClose: () => void;
  onMoved: () => void;
}) {
  const { refresh } = useOrgTree();
  return (
    <FormModal<Values>
      title={`调整隶属关系：${org.name}`}
      okText="调整"
      testId="move-org-modal"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            org.childCount > 0
              ? `其下 ${org.childCount} 个下级组织将一并调整。`
              : '调整后本组织的上级将改变。'
          }
        />
      }
      onSubmit={async ({ parentId }) => {
        await orgsApi.move(org.id, parentId);
        refresh();
      }}
      success="隶属关系已调整"
      onDone={onMoved}
      onClose={onClose}
    >
      <Form.Item
        name="parentId"
        label="新的上级组织"
        rules={[{ required: true, message: '请选择新的上级组织' }]}
      >
        <OrgPicker exclude={[org.id, ...(org.parentId ? [org.parentId] : [])]} data-testid="move-parent" />
      </Form.Item>
    </FormModal>
  );
}
