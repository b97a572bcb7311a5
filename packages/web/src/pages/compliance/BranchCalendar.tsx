import {
  COMPLIANCE_STATUS_LABELS,
  FREQUENCY_LABELS,
  meetingKindLabel,
  type BranchComplianceView,
  type ComplianceStatus,
  type RequirementCompliance,
} from '@jiceng/core';
import { Card, Flex, Tag, Tooltip, Typography } from 'antd';
import { shortPeriodLabel, STATUS_COLORS } from './complianceStyle';

function requirementText(item: RequirementCompliance): string {
  const r = item.requirement;
  const fixed = r.fixedDay !== undefined ? `，每月 ${r.fixedDay} 日` : '';
  return `${FREQUENCY_LABELS[r.per]}至少 ${r.minCount} 次${fixed}`;
}

export function StatusLegend() {
  return (
    <Flex gap={8} wrap>
      {(Object.keys(STATUS_COLORS) as ComplianceStatus[]).map((s) => (
        <Tag
          key={s}
          style={{
            background: STATUS_COLORS[s].background,
            borderColor: STATUS_COLORS[s].border,
            color: STATUS_COLORS[s].text,
          }}
        >
          {COMPLIANCE_STATUS_LABELS[s]}
        </Tag>
      ))}
    </Flex>
  );
}

/** A branch's year so far: per requirement (and group) a row of periods coloured met / due / overdue. */
export function BranchCalendar({ branch }: { branch: BranchComplianceView }) {
  const groupName = (id: number | null) => branch.groups.find((g) => g.id === id)?.name;
  return (
    <Card
      size="small"
      title={<span style={{ whiteSpace: 'normal' }}>{branch.org.name}</span>}
      extra={
        <Typography.Text type="secondary">
          正式党员 {branch.fullMembers} 名 · {branch.hasCommittee ? '设支委会' : '未设支委会'}
        </Typography.Text>
      }
      data-testid={`compliance-branch-${branch.org.id}`}
    >
      <Flex vertical gap={12}>
        {branch.compliance.map((item) => {
          const kind = item.requirement.kind;
          const label = item.requirement.label ?? meetingKindLabel(kind);
          const group = groupName(item.groupId);
          return (
            <Flex
              key={`${kind}-${item.groupId ?? ''}`}
              gap={12}
              wrap
              align="center"
              data-testid={`compliance-row-${kind}`}
            >
              <Flex vertical style={{ width: 168, flex: '0 0 auto' }}>
                <Typography.Text strong>
                  {label}
                  {group ? `（${group}）` : ''}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {requirementText(item)}
                  {item.requirement.basis === 'local' ? ' · 上级规定' : ''}
                </Typography.Text>
              </Flex>
              <Flex gap={4} wrap style={{ flex: '1 1 240px' }}>
                {item.periods.map((p) => {
                  const color = STATUS_COLORS[p.status];
                  return (
                    <Tooltip
                      key={p.key}
                      title={`${p.start} 至 ${p.end}：已开展 ${p.count} 次，${COMPLIANCE_STATUS_LABELS[p.status]}`}
                    >
                      <span
                        data-status={p.status}
                        style={{
                          display: 'inline-block',
                          minWidth: 48,
                          padding: '2px 6px',
                          textAlign: 'center',
                          borderRadius: 4,
                          fontSize: 12,
                          background: color.background,
                          border: `1px solid ${color.border}`,
                          color: color.text,
                        }}
                      >
                        {shortPeriodLabel(p)}
                        <br />
                        {COMPLIANCE_STATUS_LABELS[p.status]}
                      </span>
                    </Tooltip>
                  );
                })}
              </Flex>
            </Flex>
          );
        })}
      </Flex>
    </Card>
  );
}
