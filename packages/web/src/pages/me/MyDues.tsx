import { BRACKET_PERSON_KINDS, monthLabel, type MemberDuesView } from '@jiceng/core';
import { Alert, Button, Card, Flex, List, Typography } from 'antd';
import { useState } from 'react';
import { duesApi } from '../../api/dues';
import { useRequest } from '../../hooks/useRequest';
import { DeclarationsList } from '../dues/DeclarationsList';
import { DuesMonthStatusTag } from '../dues/DuesMonthStatusTag';
import { DeclareIncomeModal } from './DeclareIncomeModal';
import { currentMonth, fenText, monthText } from '../dues/memberDues';

type LedgerRow = MemberDuesView['ledger'][number];

/** Months shown before "显示全部": a year is what a member usually looks back on. */
const RECENT_MONTHS = 12;

function LedgerLine({ row, now }: { row: LedgerRow; now: string }) {
  const paidText = row.paidFen > 0 ? `已交 ${fenText(row.paidFen)}` : '';
  const dueText = row.dueFen === null ? '应交金额待核定' : `应交 ${fenText(row.dueFen)}`;
  return (
    <List.Item data-testid="me-dues-month" style={{ paddingInline: 0 }}>
      <Flex justify="space-between" align="center" gap={8} style={{ width: '100%', minWidth: 0 }}>
        <Flex vertical gap={0} style={{ minWidth: 0 }}>
          <Typography.Text strong>
            {monthLabel(row.month)}
            {row.month === now ? '（本月）' : row.month > now ? '（预交）' : ''}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 13, overflowWrap: 'anywhere' }}>
            {[dueText, paidText, row.owedFen > 0 && row.paidFen > 0 ? `尚欠 ${fenText(row.owedFen)}` : '']
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </Flex>
        <DuesMonthStatusTag status={row.status} testId={`me-dues-status-${row.month}`} />
      </Flex>
    </List.Item>
  );
}

function ArrearsNotice({ view }: { view: MemberDuesView }) {
  const { arrears, totals } = view;
  if (arrears.unpaidMonths.length === 0) return null;
  const urgent = arrears.isRemovalCase || arrears.reminderDue;
  return (
    <Alert
      type={urgent ? 'error' : 'warning'}
      showIcon
      data-testid="me-dues-arrears"
      title={`欠交 ${arrears.unpaidMonths.length} 个月党费，尚欠 ${fenText(totals.owedFen)}（含本月）`}
      description={
        urgent
          ? `已连续 ${arrears.consecutiveUnpaid} 个月未交纳，请尽快向党支部交纳；确有困难的，可向党支部申请减免。`
          : '请及时向党支部补交。'
      }
    />
  );
}

/**
 * The member's own dues on the phone: this month's amount, how far they are paid, arrears, and the ledger as
 * a short list. Shows nothing when there is no ledger to show (no record, or not a member).
 */
export function MyDues() {
  const { data, reload } = useRequest(() => duesApi.mine(), []);
  const [all, setAll] = useState(false);
  const [declaring, setDeclaring] = useState(false);
  if (!data) return null;
  const now = currentMonth();
  const rows = [...data.ledger].reverse();
  const shown = all ? rows : rows.slice(0, RECENT_MONTHS);
  const due = data.dueNow;
  return (
    <Card size="small" title="我的党费" data-testid="me-dues">
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text>
            本月应交{' '}
            <Typography.Text strong data-testid="me-dues-now">
              {!due || due.dueFen === null ? '待核定' : fenText(due.dueFen)}
            </Typography.Text>
          </Typography.Text>
          {due && <DuesMonthStatusTag status={due.status} testId="me-dues-now-status" />}
        </Flex>
        <Typography.Text type="secondary" data-testid="me-dues-paid-up-to">
          党费交至 {monthText(data.paidUpTo)}
        </Typography.Text>
        <ArrearsNotice view={data} />
        {BRACKET_PERSON_KINDS.some((k) => k === data.personKind) && (
          <Button
            size="small"
            onClick={() => setDeclaring(true)}
            style={{ alignSelf: 'flex-start' }}
            data-testid="declare-open"
          >
            申报月收入
          </Button>
        )}
        <DeclarationsList declarations={data.declarations} />
        <List
          size="small"
          dataSource={shown}
          rowKey="month"
          locale={{ emptyText: '暂无台账' }}
          renderItem={(row) => <LedgerLine row={row} now={now} />}
          data-testid="me-dues-ledger"
        />
        {rows.length > RECENT_MONTHS && (
          <Button type="link" size="small" onClick={() => setAll(!all)} style={{ alignSelf: 'flex-start' }}>
            {all ? '只看近一年' : `显示全部 ${rows.length} 个月`}
          </Button>
        )}
      </Flex>
      {declaring && (
        <DeclareIncomeModal
          onDone={() => {
            setDeclaring(false);
            reload();
          }}
          onClose={() => setDeclaring(false)}
        />
      )}
    </Card>
  );
}
