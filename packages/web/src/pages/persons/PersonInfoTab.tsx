import { EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex } from 'antd';
import { useState } from 'react';
import { useSession } from '../../session/SessionContext';
import { CreateAccountModal } from './CreateAccountModal';
import { personItems } from './personFields';
import { PersonFormModal } from './PersonFormModal';
import type { PersonTabContext } from './personTabs';
import { UnmaskButton } from './UnmaskButton';

export function PersonInfoTab({ person, unmasked, onPerson }: PersonTabContext) {
  const { can } = useSession();
  const [dialog, setDialog] = useState<'edit' | 'account' | null>(null);
  const manage = can('person.manage');
  const close = () => setDialog(null);

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap data-testid="person-actions">
        {manage && (
          <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="edit-person">
            编辑
          </Button>
        )}
        {can('person.unmask') && !unmasked && (
          <UnmaskButton personId={person.id} onUnmasked={(p) => onPerson(p, true)} />
        )}
        {manage && (
          <Button
            icon={<UserAddOutlined />}
            onClick={() => setDialog('account')}
            data-testid="create-account"
          >
            开通登录账号
          </Button>
        )}
      </Flex>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
        items={personItems(person)}
        data-testid="person-info"
      />
      {dialog === 'edit' && (
        <PersonFormModal
          mode={{ type: 'edit', person, unmasked }}
          onClose={close}
          onSaved={(saved) => {
            close();
            // The answer to a save is masked, whatever the form showed.
            onPerson(saved, false);
          }}
        />
      )}
      {dialog === 'account' && <CreateAccountModal person={person} onClose={close} />}
    </Flex>
  );
}
