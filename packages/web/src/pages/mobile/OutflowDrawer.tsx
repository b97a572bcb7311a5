import { OPEN_OUTFLOW_STATES, type Outflow } from '@jiceng/core';
import { Alert, Button, Descriptions, Drawer, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { mobileApi } from '../../api/mobile';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { OutflowActivities } from './OutflowActivities';
import { outflowItems } from './outflowItems';

interface Props {
  id: number;
  /** Bumped by the page after an action, so the drawer shows what changed. */
  version: number;
  onConfirm: (outflow: Outflow) => void;
  onReturn: (outflow: Outflow) => void;
  onRecord: (outflow: Outflow) => void;
  onClose: () => void;
}

/** One outflow as either org sees it, with the activities both recorded, and the actions this user may take. */
export function OutflowDrawer({ id, version, onConfirm, onReturn, onRecord, onClose }: Props) {
  const phone = useIsPhone();
  const { can } = useSession();
  const [unmasked, setUnmasked] = useState(false);
  const { data, error } = useRequest(() => mobileApi.get(id, unmasked), [id, version, unmasked]);
  const open = data ? OPEN_OUTFLOW_STATES.includes(data.state) : false;

  return (
    <Drawer
      open
      title={data ? `流动党员：${data.name}` : '流动党员'}
      size={phone ? '100%' : 560}
      onClose={onClose}
      data-testid="outflow-drawer"
      extra={
        data && (
          <Flex gap={8} wrap>
            {data.mayManageIn && data.state === 'registered' && (
              <Button type="primary" onClick={() => onConfirm(data)} data-testid="drawer-confirm">
                确认接收
              </Button>
            )}
            {open && (data.mayManageIn || data.mayManageOut) && (
              <Button onClick={() => onRecord(data)} data-testid="drawer-record">
                记录活动
              </Button>
            )}
            {open && data.mayManageOut && (
              <Button onClick={() => onReturn(data)} data-testid="drawer-return">
                登记返回
              </Button>
            )}
          </Flex>
        )
      }
    >
      {error !== undefined && (
        <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
      )}
      {!data ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={16}>
          <Descriptions
            size="small"
            column={1}
            items={outflowItems(
              data,
              <Flex gap={8} align="center" wrap>
                <Typography.Text copyable={unmasked} data-testid="drawer-contact">
                  {data.contact}
                </Typography.Text>
                {!unmasked && can('person.unmask') && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setUnmasked(true)}
                    data-testid="drawer-unmask"
                  >
                    显示完整号码
                  </Button>
                )}
              </Flex>,
            )}
            styles={{ label: { whiteSpace: 'nowrap' }, content: { overflowWrap: 'anywhere' } }}
            data-testid="outflow-info"
          />
          <div>
            <Typography.Title level={5}>活动记录</Typography.Title>
            <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
              流入地党组织记录党员参加组织生活的情况，流出地党组织可同时看到；两地均可记录联系情况。
            </Typography.Paragraph>
            <OutflowActivities activities={data.activities} />
          </div>
        </Flex>
      )}
    </Drawer>
  );
}
