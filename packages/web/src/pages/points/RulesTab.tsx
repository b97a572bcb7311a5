import { POINT_UNIT_LABELS, ruleFor, type OrgPointsRulesView, type RuleViolation } from '@jiceng/core';
import { Alert, App, Button, Card, Empty, Flex, InputNumber, Skeleton, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiRequestError } from '../../api/client';
import { pointsApi } from '../../api/points';
import { useRequest } from '../../hooks/useRequest';
import { PointsFilters } from './PointsFilters';
import {
  addableKinds,
  draftsOf,
  draftViolations,
  inheriting,
  owning,
  ruleLabel,
  ruleOfDraft,
  withKindDraft,
  type RuleDraft,
} from './ruleDrafts';
import { RulesTabKindPicker } from './RulesTabKindPicker';
import { usePointsParams } from './usePointsParams';

type NumberField = 'points' | 'monthlyCap' | 'yearlyCap' | 'childMin' | 'childMax';

const capText = (cap: number | null) => (cap === null ? '不限' : `${cap} 分`);

function FieldError({ violations, field }: { violations: RuleViolation[]; field: string }) {
  const messages = violations.filter((v) => v.field === field).map((v) => v.message);
  if (messages.length === 0) return null;
  return (
    <Typography.Text type="danger" style={{ fontSize: 12, display: 'block', maxWidth: 220 }}>
      {messages.join('；')}
    </Typography.Text>
  );
}

/**
 * The rules in force for an org with who set each; an org with points.manage edits its own within range,
 * gives a kind (a theme day, an award) a rule of its own, and drops its own to inherit again.
 */
export function RulesTab() {
  const params = usePointsParams();
  const { orgId } = params;
  const { message } = App.useApp();
  const { data, error, reload } = useRequest(
    () => (orgId ? pointsApi.rules(orgId) : Promise.resolve(undefined)),
    [orgId],
  );
  const [drafts, setDrafts] = useState<RuleDraft[]>([]);
  const [serverErrors, setServerErrors] = useState<RuleViolation[]>([]);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (data) setDrafts(draftsOf(data));
    setServerErrors([]);
  }, [data]);

  const change = (key: string, patch: Partial<RuleDraft>) =>
    setDrafts((all) => all.map((d) => (d.key === key ? { ...d, ...patch } : d)));

  const save = async (view: OrgPointsRulesView) => {
    setSaving(true);
    try {
      await pointsApi.setRules(view.orgId, drafts.filter((d) => d.own).map(ruleOfDraft));
      message.success('积分细则已保存，下次计算积分时生效');
      reload();
    } catch (e) {
      if (e instanceof ApiRequestError && e.violations.length) setServerErrors(e.violations);
      else message.error(e instanceof Error ? e.message : '保存失败');
    } finally {
      setSaving(false);
    }
  };

  const header = (
    <Card size="small">
      <PointsFilters params={params} />
    </Card>
  );
  if (error)
    return (
      <Flex vertical gap={12}>
        {header}
        <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
      </Flex>
    );
  if (!orgId) return <Empty description="请选择党组织" />;
  if (!data || data.orgId !== orgId) return <Skeleton active />;

  const edit = data.mayManage;
  const rowErrors = new Map(drafts.map((d) => [d.key, draftViolations(data, d)]));
  const hasErrors = [...rowErrors.values()].some((v) => v.length > 0);
  const numberCell = (field: NumberField, d: RuleDraft, nullable: boolean) => (
    <Flex vertical gap={2}>
      <InputNumber
        size="small"
        value={d[field]}
        precision={0}
        disabled={!d.own}
        placeholder={nullable ? '不限' : undefined}
        onChange={(value) => change(d.key, { [field]: value ?? null })}
        style={{ width: 88 }}
        data-testid={`rule-${d.key}-${field}`}
      />
      <FieldError
        violations={rowErrors.get(d.key) ?? []}
        field={field === 'childMin' ? 'childRange' : field === 'childMax' ? '-' : field}
      />
    </Flex>
  );

  return (
    <Flex vertical gap={12} data-testid="points-rules">
      {header}
      <Typography.Text type="secondary">
        {data.orgName}执行的积分细则。每条注明由哪一级制定；
        {edit
          ? '点击“本级调整”可在上级允许的范围内调整；“添加分类细则”可为某类活动或表彰单独设定分值；保存后生效。'
          : '本级无权调整。'}
      </Typography.Text>
      {serverErrors.length > 0 && (
        <Alert
          type="error"
          showIcon
          title="积分细则未保存"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {serverErrors.map((v, i) => (
                <li key={i}>{v.message}</li>
              ))}
            </ul>
          }
          data-testid="rules-errors"
        />
      )}
      <Table<RuleDraft>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={drafts}
        scroll={{ x: edit ? 980 : 640 }}
        columns={[
          {
            title: '积分来源',
            key: 'label',
            render: (_, d) => <span data-testid={`rule-${d.key}-label`}>{ruleLabel(d, data.kinds)}</span>,
            fixed: 'left',
            width: 180,
          },
          {
            title: '现行',
            key: 'inForce',
            render: (_, d) => {
              const r = data.inForce.find((i) => i.key === d.key);
              if (!r) return <Typography.Text type="secondary">保存后生效</Typography.Text>;
              return (
                <span data-testid={`rule-${d.key}-in-force`}>
                  {POINT_UNIT_LABELS[r.source]} {r.points} 分，每月{capText(r.monthlyCap)}，每年
                  {capText(r.yearlyCap)}
                </span>
              );
            },
          },
          {
            title: '制定组织',
            key: 'setBy',
            render: (_, d) => (
              <span data-testid={`rule-${d.key}-set-by`}>
                {data.inForce.find((i) => i.key === d.key)?.setByOrgName ?? data.orgName}
              </span>
            ),
          },
          {
            title: '上级允许',
            key: 'allowed',
            render: (_, d) => {
              // A kind nobody above sets answers to its source's general rule above.
              const above = ruleFor(data.inherited, d.source, d.qualifier);
              if (!above) return '—';
              return above.childRange ? `${above.childRange.min} 至 ${above.childRange.max} 分` : '不得调整';
            },
          },
          ...(edit
            ? [
                {
                  title: '本级设置',
                  key: 'own',
                  width: 150,
                  render: (_: unknown, d: RuleDraft) =>
                    d.own ? (
                      <Flex gap={4} align="center">
                        <Tag color="blue">本级</Tag>
                        <Button
                          type="link"
                          size="small"
                          onClick={() => setDrafts((all) => inheriting(data, all, d.key))}
                          data-testid={`rule-${d.key}-inherit`}
                        >
                          {d.inherited ? '恢复继承' : '删除'}
                        </Button>
                      </Flex>
                    ) : (
                      <Button
                        type="link"
                        size="small"
                        onClick={() => setDrafts((all) => owning(all, d.key))}
                        data-testid={`rule-${d.key}-own`}
                      >
                        本级调整
                      </Button>
                    ),
                },
                {
                  title: '分值',
                  key: 'points',
                  render: (_: unknown, d: RuleDraft) => numberCell('points', d, false),
                },
                {
                  title: '每月上限',
                  key: 'mc',
                  render: (_: unknown, d: RuleDraft) => numberCell('monthlyCap', d, true),
                },
                {
                  title: '每年上限',
                  key: 'yc',
                  render: (_: unknown, d: RuleDraft) => numberCell('yearlyCap', d, true),
                },
                {
                  title: '下级可调范围',
                  key: 'range',
                  render: (_: unknown, d: RuleDraft) => (
                    <Flex gap={4} align="flex-start">
                      {numberCell('childMin', d, true)}
                      <span>至</span>
                      {numberCell('childMax', d, true)}
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      {edit && (
        <RulesTabKindPicker
          kindsOf={(source) => addableKinds(data, drafts, source)}
          onAdd={(source, qualifier) => setDrafts((all) => withKindDraft(all, source, qualifier))}
        />
      )}
      {edit && (
        <Flex gap={8}>
          <Button
            type="primary"
            loading={saving}
            disabled={hasErrors}
            onClick={() => save(data)}
            data-testid="rules-save"
          >
            保存本级细则
          </Button>
          <Button onClick={() => setDrafts(draftsOf(data))}>恢复</Button>
        </Flex>
      )}
    </Flex>
  );
}
