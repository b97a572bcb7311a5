import { Card, List, Tag } from 'antd';
import { awardsApi } from '../../api/awards';
import { useRequest } from '../../hooks/useRequest';

/** The org's own honours on its page; nothing is shown while there are none (or on a refusal). */
export function OrgAwardsCard({ orgId }: { orgId: number }) {
  const { data } = useRequest(() => awardsApi.ofOrg(orgId), [orgId]);
  const live = (data ?? []).filter((a) => !a.revokedAt);
  if (live.length === 0) return null;
  return (
    <Card size="small" title="所获表彰" data-testid="org-awards">
      <List
        size="small"
        dataSource={live}
        renderItem={(a) => (
          <List.Item>
            <span>
              <Tag color="red">{a.year}</Tag>
              {a.kindLabel}（{a.conferredBy}）
            </span>
          </List.Item>
        )}
      />
    </Card>
  );
}
