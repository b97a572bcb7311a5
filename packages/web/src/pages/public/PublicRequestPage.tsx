import type { PublicServiceReceipt } from '@jiceng/core';
import { Button, Card, Descriptions, Flex, Result, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '../../format/time';
import { PublicRequestForm } from './PublicRequestForm';
import { PublicTracking } from './PublicTracking';

function Receipt({
  receipt,
  onTrack,
  onAnother,
}: {
  receipt: PublicServiceReceipt;
  onTrack: () => void;
  onAnother: () => void;
}) {
  return (
    <Result
      status="success"
      title="诉求已提交"
      subTitle="请记下查询码，凭它查看办理进度并在办结后评价。"
      data-testid="public-receipt"
      extra={
        <Flex vertical gap={12} align="stretch">
          <Typography.Title
            level={2}
            copyable
            style={{ margin: 0, letterSpacing: 4 }}
            data-testid="public-tracking-code"
          >
            {receipt.trackingCode}
          </Typography.Title>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'what', label: '诉求', children: `${receipt.kindLabel} · ${receipt.orgName}` },
              { key: 'respondBy', label: '响应时限', children: formatDateTime(receipt.respondBy) },
              { key: 'resolveBy', label: '办结时限', children: formatDateTime(receipt.resolveBy) },
            ]}
            data-testid="public-deadlines"
          />
          <Button type="primary" block onClick={onTrack} data-testid="public-track">
            查看办理进度
          </Button>
          <Button block onClick={onAnother}>
            再提交一件
          </Button>
        </Flex>
      }
    />
  );
}

/** The public page residents file a request on and follow it by its code, on a phone, without signing in. */
export default function PublicRequestPage() {
  const [params, setParams] = useSearchParams();
  const code = params.get('code');
  const tab = code || params.get('tab') === 'track' ? 'track' : 'file';
  const [receipt, setReceipt] = useState<PublicServiceReceipt | null>(null);

  return (
    <Flex justify="center" style={{ padding: 12, minHeight: '100vh', background: '#f5f5f5' }}>
      <Card style={{ width: '100%', maxWidth: 520, height: 'fit-content' }} data-testid="public-request-page">
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          群众诉求
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          微心愿、求助、意见建议，请在这里告诉我们。紧急求助会在 1 小时内有人到场或联系您。
        </Typography.Paragraph>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'track' ? { tab: 'track' } : {})}
          items={[
            {
              key: 'file',
              label: <span data-testid="public-tab-file">提交诉求</span>,
              children: receipt ? (
                <Receipt
                  receipt={receipt}
                  onTrack={() => setParams({ code: receipt.trackingCode })}
                  onAnother={() => setReceipt(null)}
                />
              ) : (
                <PublicRequestForm onFiled={setReceipt} />
              ),
            },
            {
              key: 'track',
              label: <span data-testid="public-tab-track">查询进度</span>,
              children: <PublicTracking key={code ?? ''} initialCode={code} />,
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
