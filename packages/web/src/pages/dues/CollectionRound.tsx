import { duesBulkRefusalSchema, fenLabel, monthLabel, type DuesBulkRefusal } from '@jiceng/core';
import { Alert, App, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { duesApi } from '../../api/dues';
import { ApiRequestError } from '../../api/client';
import { useRequest } from '../../hooks/useRequest';
import { BulkPayBar, type BulkPayChoice } from './BulkPayBar';
import { canMark } from './collectionText';
import { CollectionLedgerNotice } from './CollectionLedgerNotice';
import { CollectionList } from './CollectionList';
import { CollectionRefusal } from './CollectionRefusal';
import { CollectionTotals } from './CollectionTotals';

type Failure = DuesBulkRefusal['error']['failures'][number];

const errorText = (error: unknown) => (error instanceof Error ? error.message : '操作失败，请稍后重试');

/** One branch and month: the totals, the members, and marking the selected ones paid (all or nothing). */
export function CollectionRound({ orgId, month }: { orgId: number; month: string }) {
  const { message } = App.useApp();
  const roster = useRequest(() => duesApi.roster(orgId, month), [orgId, month]);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [failures, setFailures] = useState<Failure[] | null>(null);
  const [generating, setGenerating] = useState(false);

  if (roster.error !== undefined && !roster.data) {
    return <Alert type="error" showIcon title={errorText(roster.error)} />;
  }
  if (!roster.data) return <Skeleton active />;
  const data = roster.data;
  const markable = data.items.filter(canMark);
  // A member paid meanwhile (the list reloads after each round) drops out of the selection by itself.
  const chosen = markable.filter((i) => selected.has(i.personId));
  const totalFen = chosen.reduce((sum, i) => sum + (i.dueFen ?? 0), 0);

  const toggle = (personId: number) => {
    const next = new Set(selected);
    if (next.has(personId)) next.delete(personId);
    else next.add(personId);
    setSelected(next);
  };

  const generate = async () => {
    setGenerating(true);
    try {
      const result = await duesApi.generate(month, orgId);
      message.success(`已生成 ${monthLabel(month)}台账：${result.generated} 名党员`);
      if (result.missingBase > 0) {
        const names = result.missingBasePersons.map((p) => p.name).join('、');
        message.warning(`${result.missingBase} 名党员尚未核定交纳基数，未列入台账：${names}`);
      }
      roster.reload();
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setGenerating(false);
    }
  };

  const pay = async (choice: BulkPayChoice) => {
    setFailures(null);
    try {
      const done = await duesApi.payBulk({
        orgId,
        month,
        personIds: chosen.map((i) => i.personId),
        method: choice.method,
        paidOn: choice.paidOn,
      });
      message.success(
        `已登记 ${done.count} 名党员${monthLabel(month)}的党费，合计 ${fenLabel(done.totalFen)}`,
      );
      setSelected(new Set());
    } catch (error) {
      const refusal =
        error instanceof ApiRequestError ? duesBulkRefusalSchema.safeParse(error.payload) : undefined;
      if (refusal?.success) setFailures(refusal.data.error.failures);
      else message.error(errorText(error));
    }
    roster.reload();
  };

  return (
    <Flex vertical gap={12} data-testid="collection-round">
      <Typography.Text type="secondary">
        {data.org.name} · {monthLabel(month)}
      </Typography.Text>
      <CollectionLedgerNotice roster={data} generating={generating} onGenerate={generate} />
      <CollectionTotals totals={data.totals} />
      {failures && <CollectionRefusal failures={failures} onClose={() => setFailures(null)} />}
      <CollectionList items={data.items} selected={selected} onToggle={toggle} />
      {markable.length > 0 && (
        <BulkPayBar
          month={month}
          count={chosen.length}
          totalFen={totalFen}
          markable={markable.length}
          onSelectAll={(all) => setSelected(new Set(all ? markable.map((i) => i.personId) : []))}
          onSubmit={pay}
        />
      )}
    </Flex>
  );
}
