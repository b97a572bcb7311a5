import {
  assessmentScoreInputSchema,
  ASSESSMENT_METRIC_RULES,
  type AssessmentBoard,
  type AssessmentRow,
} from '@jiceng/core';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { assessmentApi } from '../../api/assessment';
import { zodRule } from '../../forms/zodRule';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useSession } from '../../session/SessionContext';
import { monthText, points, scoreColor } from './assessmentStyle';

interface Props {
  board: AssessmentBoard;
  row: AssessmentRow;
  onClose: () => void;
  onScored: () => void;
}

interface ScoreForm {
  itemKey: string;
  score: number;
  evidence: string;
}

/** A branch's month: each item's score with what it rests on, and the committee's hand-scoring form. */
export function BranchDrawer({ board, row, onClose, onScored }: Props) {
  const phone = useIsPhone();
  const { can } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<ScoreForm>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const applicable = board.items.filter((_, i) => row.cells[i]!.applicable);
  const editable = can('assessment.manage') && !row.publication;
  const itemKey = Form.useWatch('itemKey', form);
  const chosen = applicable.find((i) => i.key === itemKey);

  const save = async (values: ScoreForm) => {
    setSaving(true);
    setError(null);
    try {
      await assessmentApi.score(row.branch.id, board.month, values.itemKey, {
        score: values.score,
        evidence: values.evidence,
      });
      message.success('已保存评分');
      form.resetFields(['score', 'evidence']);
      onScored();
    } catch (e) {
      setError(e instanceof Error ? e.message : '保存失败');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open
      onClose={onClose}
      size={phone ? '100%' : 560}
      title={`${row.branch.name} · ${monthText(board.month)}`}
      data-testid="assessment-drawer"
    >
      <Flex vertical gap={12}>
        <Flex gap={12} align="baseline" wrap>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {points(row.totalTenths)}
          </Typography.Title>
          <Typography.Text type="secondary">/ {row.maxTotal} 分</Typography.Text>
          {row.rank !== null && (
            <Tag color="blue">
              第 {row.rank} 名（共 {board.rankedAmong} 个支部）
            </Tag>
          )}
          {row.publication && <Tag color="green">已由{row.publication.org.name}发布</Tag>}
        </Flex>
        {editable && (
          <Card size="small" title="手工评分（须填写评分依据和佐证材料）">
            <Form<ScoreForm>
              form={form}
              layout="vertical"
              onFinish={save}
              initialValues={{ itemKey: row.missing[0] ?? applicable[0]?.key }}
            >
              <Form.Item
                name="itemKey"
                label="考核项目"
                rules={[{ required: true, message: '请选择考核项目' }]}
              >
                <Select
                  data-testid="score-item"
                  options={applicable.map((i) => ({ value: i.key, label: `${i.name}（${i.maxScore} 分）` }))}
                />
              </Form.Item>
              <Form.Item
                name="score"
                label={`得分${chosen ? `（0–${chosen.maxScore}）` : ''}`}
                rules={[
                  zodRule(assessmentScoreInputSchema.shape.score, { required: true }),
                  {
                    validator: async (_r, v: number | null) => {
                      if (chosen && v !== null && v !== undefined && v > chosen.maxScore)
                        throw new Error(`得分不能超过“${chosen.name}”的满分 ${chosen.maxScore} 分`);
                    },
                  },
                ]}
              >
                <InputNumber min={0} step={0.5} style={{ width: 160 }} data-testid="score-value" />
              </Form.Item>
              <Form.Item
                name="evidence"
                label="评分依据和佐证材料"
                rules={[zodRule(assessmentScoreInputSchema.shape.evidence, { required: true })]}
              >
                <Input.TextArea
                  rows={2}
                  maxLength={500}
                  placeholder="如：5 月认领岗位名单、照片存档编号"
                  data-testid="score-evidence"
                />
              </Form.Item>
              {error && (
                <Alert
                  type="error"
                  showIcon
                  title={error}
                  style={{ marginBottom: 12 }}
                  data-testid="score-error"
                />
              )}
              <Button type="primary" htmlType="submit" loading={saving} data-testid="score-save">
                保存评分
              </Button>
            </Form>
          </Card>
        )}
        {row.cells.map((cell, i) => {
          const item = board.items[i]!;
          if (!cell.applicable) return null;
          const color = scoreColor(cell.scoreTenths, cell.maxScore);
          return (
            <Card
              key={cell.itemKey}
              size="small"
              title={item.name}
              extra={
                <span
                  style={{
                    background: color.background,
                    color: color.text,
                    padding: '2px 10px',
                    borderRadius: 4,
                    fontWeight: 600,
                  }}
                >
                  {points(cell.scoreTenths)} / {cell.maxScore}
                </span>
              }
              data-testid={`drawer-item-${cell.itemKey}`}
            >
              <Descriptions size="small" column={1}>
                <Descriptions.Item label="评分方式">
                  {cell.scoredHow === 'manual'
                    ? '手工评分'
                    : cell.scoredHow === 'auto'
                      ? '系统自动评分'
                      : '尚未评分'}
                </Descriptions.Item>
                {cell.basis && <Descriptions.Item label="系统统计">{cell.basis}</Descriptions.Item>}
                {cell.evidence && <Descriptions.Item label="评分依据">{cell.evidence}</Descriptions.Item>}
                {cell.scoredBy && (
                  <Descriptions.Item label="评分人">
                    {cell.scoredBy}
                    {cell.scoredAt ? ` · ${new Date(cell.scoredAt).toLocaleString('zh-CN')}` : ''}
                  </Descriptions.Item>
                )}
                <Descriptions.Item label="评分规则">
                  <Typography.Text type="secondary">{ASSESSMENT_METRIC_RULES[item.metric]}</Typography.Text>
                </Descriptions.Item>
              </Descriptions>
            </Card>
          );
        })}
      </Flex>
    </Drawer>
  );
}
