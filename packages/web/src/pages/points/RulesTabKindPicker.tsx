import {
  KINDED_POINT_SOURCES,
  POINT_SOURCE_LABELS,
  type KindedPointSource,
  type PointsRuleKind,
} from '@jiceng/core';
import { Button, Flex, Select } from 'antd';
import { useState } from 'react';

/**
 * "添加分类细则": a source whose records come in kinds, then one of its kinds not yet given a row (a theme
 * day worth more than other meetings, an outstanding-member award…).
 */
export function RulesTabKindPicker({
  kindsOf,
  onAdd,
}: {
  /** The kinds of a source still without a row. */
  kindsOf: (source: KindedPointSource) => PointsRuleKind[];
  onAdd: (source: KindedPointSource, qualifier: string) => void;
}) {
  const [source, setSource] = useState<KindedPointSource>('meeting_attendance');
  const [qualifier, setQualifier] = useState<string | null>(null);
  const kinds = kindsOf(source);
  return (
    <Flex gap={8} wrap align="center" data-testid="rule-kind-picker">
      <Select<KindedPointSource>
        value={source}
        onChange={(next) => {
          setSource(next);
          setQualifier(null);
        }}
        options={KINDED_POINT_SOURCES.map((s) => ({ value: s, label: POINT_SOURCE_LABELS[s] }))}
        style={{ width: 160 }}
        data-testid="rule-kind-source"
      />
      <Select<string>
        value={qualifier}
        onChange={setQualifier}
        placeholder={kinds.length ? '选择类别' : '各类别均已单独设置'}
        disabled={kinds.length === 0}
        showSearch={{ optionFilterProp: 'label' }}
        options={kinds.map((k) => ({ value: k.qualifier, label: k.label }))}
        style={{ width: 240 }}
        data-testid="rule-kind-qualifier"
      />
      <Button
        disabled={qualifier === null}
        onClick={() => {
          if (qualifier === null) return;
          onAdd(source, qualifier);
          setQualifier(null);
        }}
        data-testid="rule-kind-add"
      >
        添加分类细则
      </Button>
    </Flex>
  );
}
