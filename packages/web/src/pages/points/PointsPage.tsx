import { Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useSession } from '../../session/SessionContext';
import { ClaimsTab } from './ClaimsTab';
import { PointsLedgerTab } from './PointsLedgerTab';
import { RulesTab } from './RulesTab';
import { StarsTab } from './StarsTab';

/** 党员积分: members' points by org, the claims to approve, the rules in force, and the yearly stars. */
export default function PointsPage() {
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'ledger';
  return (
    <>
      <Typography.Title level={3}>党员积分</Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          const next = new URLSearchParams(params);
          next.set('tab', key);
          setParams(next, { replace: true });
        }}
        items={[
          { key: 'ledger', label: '积分明细', children: <PointsLedgerTab /> },
          ...(can('points.manage') ? [{ key: 'claims', label: '申报审核', children: <ClaimsTab /> }] : []),
          { key: 'stars', label: '星级评定', children: <StarsTab /> },
          { key: 'rules', label: '积分细则', children: <RulesTab /> },
        ]}
      />
    </>
  );
}
