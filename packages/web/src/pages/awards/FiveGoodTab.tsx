import {
  AWARD_LEVEL_LABELS,
  AWARD_LEVELS,
  FIVE_GOOD_RESULT_LABELS,
  FIVE_GOOD_STANDARD_INFO,
  FIVE_GOOD_STANDARDS,
  fiveGoodInputSchema,
  fiveGoodResult,
  type AwardLevel,
  type FiveGoodStandard,
  type FiveGoodView,
} from '@jiceng/core';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  Select,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { awardsApi } from '../../api/awards';
import { useFormError } from '../../forms/useFormError';
import { zodRule } from '../../forms/zodRule';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';

interface Values {
  standards: Record<FiveGoodStandard, { met: boolean; evidence: string }>;
  decidedOn: Dayjs;
  decidedByOrgName: string;
  level: AwardLevel;
}

function initialValues(view: FiveGoodView): Values {
  const standards = Object.fromEntries(
    FIVE_GOOD_STANDARDS.map((s) => {
      const recorded = view.recorded?.standards[s];
      const suggested = view.suggestion[s];
      return [s, recorded ?? { met: suggested?.met ?? false, evidence: suggested?.evidence ?? '' }];
    }),
  ) as Values['standards'];
  return {
    standards,
    decidedOn: view.recorded ? dayjs(view.recorded.decidedOn) : dayjs(),
    decidedByOrgName: view.recorded?.decidedByOrgName ?? '',
    level: 'county',
  };
}

function FiveGoodForm({
  view,
  orgId,
  year,
  onSaved,
}: {
  view: FiveGoodView;
  orgId: number;
  year: number;
  onSaved: () => void;
}) {
  const { can } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const showError = useFormError(form);
  const standards = Form.useWatch('standards', form);
  const preview =
    standards && FIVE_GOOD_STANDARDS.every((s) => standards[s]) ? fiveGoodResult(standards) : null;
  const manage = can('award.manage');
  const save = async (v: Values) => {
    try {
      const saved = await awardsApi.saveFiveGood(orgId, year, {
        standards: v.standards,
        decidedOn: v.decidedOn.format('YYYY-MM-DD'),
        decidedByOrgName: v.decidedByOrgName,
        level: v.level,
      });
      message.success(`已记录：${FIVE_GOOD_RESULT_LABELS[saved.recorded!.result]}`);
      onSaved();
    } catch (error) {
      showError(error);
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initialValues(view)}
      onFinish={save}
      disabled={!manage}
    >
      {FIVE_GOOD_STANDARDS.map((s) => (
        <Card key={s} size="small" style={{ marginBottom: 12 }} data-testid={`five-good-${s}`}>
          <Flex gap={12} align="center" wrap>
            <Form.Item name={['standards', s, 'met']} valuePropName="checked" noStyle>
              <Checkbox data-testid={`five-good-met-${s}`}>
                <Typography.Text strong>{FIVE_GOOD_STANDARD_INFO[s].label}</Typography.Text>
              </Checkbox>
            </Form.Item>
            <Typography.Text type="secondary">{FIVE_GOOD_STANDARD_INFO[s].hint}</Typography.Text>
            {view.suggestion[s]?.met === true && <Tag color="green">数据建议：达到</Tag>}
            {view.suggestion[s]?.met === false && <Tag color="orange">数据建议：未达到</Tag>}
            {view.suggestion[s]?.met === null && <Tag>须人工判断</Tag>}
          </Flex>
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }}>
            平台数据：{view.suggestion[s]?.evidence}
          </Typography.Paragraph>
          <Form.Item name={['standards', s, 'evidence']} label="佐证情况" style={{ marginBottom: 0 }}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Card>
      ))}
      <Flex gap={12} wrap>
        <Form.Item name="decidedOn" label="评定日期" rules={[{ required: true, message: '请选择评定日期' }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item
          name="decidedByOrgName"
          label="评定机关"
          rules={[zodRule(fiveGoodInputSchema.shape.decidedByOrgName, { required: true })]}
        >
          <Input
            placeholder="如 中共某某县委组织部"
            data-testid="five-good-decided-by"
            style={{ minWidth: 240 }}
          />
        </Form.Item>
        <Form.Item name="level" label="表彰级别">
          <Select
            style={{ minWidth: 120 }}
            options={AWARD_LEVELS.map((l) => ({ value: l, label: AWARD_LEVEL_LABELS[l] }))}
          />
        </Form.Item>
      </Flex>
      <Flex gap={12} align="center">
        {preview && (
          <Tag color={preview === 'awarded' ? 'red' : 'default'} data-testid="five-good-preview">
            {FIVE_GOOD_RESULT_LABELS[preview]}
          </Tag>
        )}
        {manage && (
          <Button type="primary" htmlType="submit" data-testid="five-good-save">
            记录评定
          </Button>
        )}
      </Flex>
    </Form>
  );
}

/** 五个好: the year's draft from the data, ticked or changed by hand and recorded; all five met awards it. */
export function FiveGoodTab({ orgId, year }: { orgId: number; year: number }) {
  const { data, error, reload } = useRequest(() => awardsApi.fiveGood(orgId, year), [orgId, year]);
  if (error !== undefined)
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  if (!data) return <Skeleton active />;
  return (
    <Flex vertical gap={12} data-testid="five-good">
      {data.recorded && (
        <Alert
          type={data.recorded.result === 'awarded' ? 'success' : 'info'}
          showIcon
          data-testid="five-good-recorded"
          title={`${data.orgName} ${year} 年度：${FIVE_GOOD_RESULT_LABELS[data.recorded.result]}（${data.recorded.decidedByOrgName}，${data.recorded.decidedOn}）`}
        />
      )}
      <FiveGoodForm
        key={`${orgId}-${year}-${data.recorded?.decidedOn ?? ''}`}
        view={data}
        orgId={orgId}
        year={year}
        onSaved={reload}
      />
    </Flex>
  );
}
