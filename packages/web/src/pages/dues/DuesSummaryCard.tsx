import {
  DUES_REMINDER_MONTHS,
  DUES_REMOVAL_FLAG_MONTHS,
  FIXED_PERSON_KINDS,
  monthLabel,
  type MemberDuesView,
} from '@jiceng/core';
import { Alert, Descriptions, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { DuesMonthStatusTag } from './DuesMonthStatusTag';
import {
  baseAmountText,
  baseInEffect,
  currentMonth,
  fenText,
  monthText,
  personKindLabel,
  quoteOfBase,
} from './memberDues';

function CurrentBase({ view }: { view: MemberDuesView }) {
  const base = baseInEffect(view.bases, currentMonth());
  if (!base) {
    const fixed = (FIXED_PERSON_KINDS as readonly string[]).includes(view.personKind);
    return (
      <Typography.Text type={fixed ? undefined : 'warning'} data-testid="dues-current-base">
        {fixed ? `${personKindLabel(view.personKind)}，按规定固定金额交纳` : '尚未核定交纳基数'}
      </Typography.Text>
    );
  }
  const quote = quoteOfBase(base, view.farmerAmountFen);
  return (
    <Typography.Text data-testid="dues-current-base">
      {personKindLabel(base.personKind)} · {baseAmountText(base)} · {monthLabel(base.effectiveFromMonth)}起
      {quote ? `，每月 ${fenText(quote.amountFen)}` : ''}
    </Typography.Text>
  );
}

function DueNow({ view }: { view: MemberDuesView }) {
  const row = view.dueNow;
  if (!row || row.dueFen === null) return <Typography.Text type="warning">尚未核定交纳基数</Typography.Text>;
  return (
    <Flex gap={8} align="center" wrap data-testid="dues-due-now">
      <Typography.Text strong>{fenText(row.dueFen)}</Typography.Text>
      <DuesMonthStatusTag status={row.status} testId="dues-due-now-status" />
    </Flex>
  );
}

/** What the member owes now, the base it comes from, how far dues are paid, and the arrears flags (F12). */
export function DuesSummaryCard({ view }: { view: MemberDuesView }) {
  const { arrears, totals } = view;
  return (
    <Flex vertical gap={12} data-testid="dues-summary">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'now',
            label: `本月（${monthLabel(currentMonth())}）应交`,
            children: <DueNow view={view} />,
          },
          { key: 'base', label: '交纳基数', children: <CurrentBase view={view} /> },
          {
            key: 'paidUpTo',
            label: '党费交至',
            children: <span data-testid="dues-paid-up-to">{monthText(view.paidUpTo)}</span>,
          },
          {
            key: 'arrears',
            label: '欠交（至上月）',
            children: (
              <span data-testid="dues-arrears">
                {arrears.unpaidMonths.length === 0
                  ? '无'
                  : `${arrears.unpaidMonths.length} 个月，连续未交 ${arrears.consecutiveUnpaid} 个月`}
              </span>
            ),
          },
          {
            key: 'owed',
            label: '尚欠金额（含本月）',
            children: <span data-testid="dues-owed">{fenText(totals.owedFen)}</span>,
          },
          { key: 'start', label: '开始交纳月份', children: monthText(view.startMonth) },
        ]}
      />
      {arrears.isRemovalCase ? (
        <Alert
          type="error"
          showIcon
          data-testid="dues-removal-flag"
          title={`连续 ${arrears.longestUnexplainedRun?.months ?? DUES_REMOVAL_FLAG_MONTHS} 个月未交纳党费且无正当理由（${monthText(arrears.longestUnexplainedRun?.from)}起）`}
          description={
            <>
              按规定视为自行脱党，由支部党员大会讨论除名并报上级党组织批准（dues.md F12）；系统不会自动处置。
              <Link to={`/persons/${view.personId}/standing`} data-testid="dues-standing-link">
                前往党籍页办理
              </Link>
            </>
          }
        />
      ) : (
        arrears.reminderDue && (
          <Alert
            type="warning"
            showIcon
            data-testid="dues-reminder"
            title={`已连续 ${arrears.consecutiveUnpaid} 个月未交纳党费，满 ${DUES_REMINDER_MONTHS} 个月应提醒本人及时交纳`}
          />
        )
      )}
    </Flex>
  );
}
