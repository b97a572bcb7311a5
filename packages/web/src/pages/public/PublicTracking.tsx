import {
  SATISFACTION_LABELS,
  SATISFACTIONS,
  serviceRateInputSchema,
  trackingCodeSchema,
  type PublicServiceTracking,
  type ServiceRateInput,
} from '@jiceng/core';
import { Alert, App, Button, Descriptions, Flex, Form, Input, Radio, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { serviceRequestsApi } from '../../api/serviceRequests';
import { formatDateTime } from '../../format/time';
import { useFormError } from '../../forms/useFormError';
import { zodRule } from '../../forms/zodRule';

function Rating({ code, onRated }: { code: string; onRated: (t: PublicServiceTracking) => void }) {
  const [form] = Form.useForm<ServiceRateInput>();
  const showError = useFormError(form);
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const submit = async (values: ServiceRateInput) => {
    setBusy(true);
    try {
      onRated(await serviceRequestsApi.rate(code, { ...values, comment: values.comment || null }));
      message.success('感谢您的评价');
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} data-testid="rating-form">
      <Form.Item
        name="satisfaction"
        label="您对办理结果是否满意？"
        rules={[{ required: true, message: '请选择满意程度' }]}
      >
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          data-testid="rating-choice"
          options={SATISFACTIONS.map((s) => ({ value: s, label: SATISFACTION_LABELS[s] }))}
        />
      </Form.Item>
      <Form.Item name="comment" label="意见（选填）" rules={[zodRule(serviceRateInputSchema.shape.comment)]}>
        <Input.TextArea rows={2} maxLength={200} showCount data-testid="rating-comment" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy} data-testid="rating-submit">
        提交评价
      </Button>
    </Form>
  );
}

function Progress({
  tracking,
  onRated,
}: {
  tracking: PublicServiceTracking;
  onRated: (t: PublicServiceTracking) => void;
}) {
  return (
    <Flex vertical gap={12} data-testid="tracking-result">
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>
          {tracking.kindLabel} · {tracking.orgName}
        </Typography.Text>
        <Tag
          color={tracking.state === 'rejected' || tracking.state === 'withdrawn' ? 'default' : 'blue'}
          data-testid="tracking-state"
        >
          {tracking.stateLabel}
        </Tag>
        {tracking.onTime !== null && (
          <Tag color={tracking.onTime ? 'green' : 'orange'}>{tracking.onTime ? '按时办结' : '超时办结'}</Tag>
        )}
      </Flex>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'code', label: '查询码', children: tracking.trackingCode },
          { key: 'respondBy', label: '响应时限', children: formatDateTime(tracking.respondBy) },
          { key: 'resolveBy', label: '办结时限', children: formatDateTime(tracking.resolveBy) },
          ...(tracking.resolution
            ? [{ key: 'resolution', label: '办理结果', children: tracking.resolution }]
            : []),
          ...(tracking.closeReason ? [{ key: 'reason', label: '说明', children: tracking.closeReason }] : []),
          ...(tracking.satisfaction
            ? [{ key: 'rating', label: '您的评价', children: SATISFACTION_LABELS[tracking.satisfaction] }]
            : []),
        ]}
      />
      <Timeline
        data-testid="tracking-timeline"
        items={tracking.timeline.map((e, i) => ({
          key: i,
          content: (
            <>
              <Typography.Text>{e.actionLabel}</Typography.Text>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(e.at)}
              </Typography.Text>
            </>
          ),
        }))}
      />
      {tracking.state === 'resolved' && <Rating code={tracking.trackingCode} onRated={onRated} />}
    </Flex>
  );
}

/** 查询进度: the resident types the tracking code and sees the progress; once resolved, rates it. */
export function PublicTracking({ initialCode }: { initialCode: string | null }) {
  const [code, setCode] = useState(initialCode ?? '');
  const [tracking, setTracking] = useState<PublicServiceTracking | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const look = async (value: string) => {
    const parsed = trackingCodeSchema.safeParse(value);
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]!.message);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      setTracking(await serviceRequestsApi.track(parsed.data));
    } catch (error) {
      setTracking(null);
      setProblem(error instanceof Error ? error.message : '查询失败');
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    if (initialCode) void look(initialCode);
    // Only the code the page was opened with is looked up by itself.
  }, [initialCode]);

  return (
    <Flex vertical gap={12}>
      <Input.Search
        value={code}
        onChange={(e) => setCode(e.target.value)}
        onSearch={look}
        enterButton="查询"
        loading={busy}
        placeholder="请输入 10 位查询码"
        maxLength={10}
        size="large"
        data-testid="tracking-code"
      />
      {problem && <Alert type="warning" showIcon title={problem} data-testid="tracking-problem" />}
      {tracking && <Progress tracking={tracking} onRated={setTracking} />}
    </Flex>
  );
}
