import { Alert, Card, Flex, Typography } from 'antd';
import { transfersApi } from '../../api/transfers';
import { useRequest } from '../../hooks/useRequest';
import { progressOf } from '../transfers/progress';
import { TransferPath } from '../transfers/TransferPath';
import { TransferStateTag } from '../transfers/TransferStateTag';

/** The member's own transfers on the phone: where the latest stands, and a refusal's reason. */
export function MyTransfers() {
  const { data } = useRequest(() => transfersApi.mine(), []);
  const latest = data?.[0];
  if (!latest) return null;
  return (
    <Card size="small" title="我的组织关系转接" data-testid="me-transfer">
      <Flex vertical gap={8}>
        <Flex justify="space-between" gap={8} wrap>
          <Typography.Text>
            {latest.fromOrgName} → {latest.toOrgName}
          </Typography.Text>
          <TransferStateTag transfer={latest} />
        </Flex>
        {latest.state === 'refused' ? (
          <Alert
            type="error"
            showIcon
            title={`被${latest.refusedByOrgName ?? ''}退回`}
            description={latest.refusedReason}
          />
        ) : (
          <Typography.Text type="secondary">{progressOf(latest)}</Typography.Text>
        )}
        {latest.letterNumber && (
          <Typography.Text type="secondary">
            介绍信编号 {latest.letterNumber}
            {latest.expiresOn ? `，有效期至 ${latest.expiresOn}` : ''}
          </Typography.Text>
        )}
        <TransferPath transfer={latest} vertical />
      </Flex>
    </Card>
  );
}
