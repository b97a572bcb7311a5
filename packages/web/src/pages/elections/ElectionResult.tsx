import { CANDIDATE_OUTCOME_LABELS, type Election } from '@jiceng/core';
import { Alert, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';

const OUTCOME_COLORS = { elected: 'red', tied: 'orange', not_elected: 'default' } as const;

export function CandidateTags({ election }: { election: Election }) {
  return (
    <Flex gap={4} wrap>
      {election.candidates.map((c) => (
        <Tag key={c.seq} color={OUTCOME_COLORS[c.outcome]} title={CANDIDATE_OUTCOME_LABELS[c.outcome]}>
          {c.name} {c.votes} 票{c.outcome === 'elected' ? ' 当选' : c.outcome === 'tied' ? ' 并列' : ''}
        </Tag>
      ))}
    </Flex>
  );
}

/** The tally just recorded (L13–L15) and what to do next (L16). */
export function ElectionResult({ election }: { election: Election }) {
  const names = (outcome: 'elected' | 'tied') =>
    election.candidates.filter((c) => c.outcome === outcome).map((c) => c.name);
  const elected = names('elected');
  const tied = names('tied');
  const body = election.officerElectingBody === 'committee_meeting' ? '新一届支部委员会会议' : '党员大会';
  return (
    <Card size="small" title="选举结果" data-testid="election-result">
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'elected', label: '当选', children: elected.join('、') || '无人当选' },
            {
              key: 'seats',
              label: '应选 / 空缺',
              children: `${election.seats} 名 / ${election.tally.emptySeats} 名`,
            },
            ...(tied.length > 0 ? [{ key: 'tied', label: '末位票数相同', children: tied.join('、') }] : []),
          ]}
        />
        <CandidateTags election={election} />
        {tied.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={`${tied.join('、')}票数相同，争末位名额，须在他们中再次投票（L15）；再次投票按“补选空缺名额”另行记录`}
            data-testid="election-tie"
          />
        )}
        {election.tally.emptySeats > 0 && tied.length === 0 && (
          <Alert
            type="warning"
            showIcon
            title={`尚有 ${election.tally.emptySeats} 个名额空缺，须就空缺名额另行选举（L15）`}
          />
        )}
        {election.tookEffect && (
          <Alert
            type="info"
            showIcon
            data-testid="election-next-step"
            title="当选人已成为新一届委员，任期自选举之日重新起算。"
            description={
              <Typography.Text>
                下一步：由{body}选举书记、副书记，报上级党组织批准后，
                <Link to={`/orgs/${election.orgId}`}>在组织页面任命书记、副书记</Link>（L16）。
              </Typography.Text>
            }
          />
        )}
      </Flex>
    </Card>
  );
}
