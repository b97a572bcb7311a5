import { ALLOWANCE_KIND_LABELS, fenLabel } from '@jiceng/core';
import { Alert, Card, Descriptions, Flex, List, Skeleton } from 'antd';
import { awardsApi } from '../../api/awards';
import { useRequest } from '../../hooks/useRequest';
import type { PersonTabContext } from '../persons/personTabs';
import { AwardsTable } from './AwardsTable';

/** A member's honours and rewards on the profile: awards, this year's seniority reward, allowances by year. */
export function PersonAwardsTab({ person }: PersonTabContext) {
  const { data, error } = useRequest(() => awardsApi.ofPerson(person.id), [person.id]);
  if (error !== undefined)
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  if (!data) return <Skeleton active />;
  const s = data.seniority;
  return (
    <Flex vertical gap={16} data-testid="person-awards">
      <Card size="small" title="所获表彰">
        <AwardsTable awards={data.awards} testId="person-awards-table" />
      </Card>
      <Card size="small" title={`${s.year} 年年功奖励`}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'age', label: '党龄', children: s.partyAge === null ? '—' : `${s.partyAge} 年` },
            {
              key: 'service',
              label: '村干部任职年限',
              children: `${s.serviceYears} 年${s.priorServiceYears ? `（含任职记录前 ${s.priorServiceYears} 年）` : ''}`,
            },
            { key: 'tier', label: '档次', children: s.tierLabel ?? '不符合条件' },
            { key: 'amount', label: '金额', children: fenLabel(s.amountFen) },
          ]}
        />
      </Card>
      {data.allowances.length > 0 && (
        <Card size="small" title="村干部补贴">
          <List
            size="small"
            dataSource={data.allowances}
            renderItem={(a) => (
              <List.Item>
                {a.year} 年 · {a.orgName} · {ALLOWANCE_KIND_LABELS[a.kind]}：{fenLabel(a.amountFen)}
              </List.Item>
            )}
          />
        </Card>
      )}
    </Flex>
  );
}
