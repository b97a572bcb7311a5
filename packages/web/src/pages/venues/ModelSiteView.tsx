import { modelSiteUpdateSchema } from '@jiceng/core';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { venuesApi } from '../../api/venues';
import { FormModal } from '../../forms/FormModal';
import { zodRule } from '../../forms/zodRule';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { PhotoGallery } from './PhotoGallery';
import './model-site.css';

/** 示范点 page: the site's branch, its practices and photos; prints as an A4 page. */
export function ModelSiteView() {
  const id = Number(useParams().id);
  const { can } = useSession();
  const [dialog, setDialog] = useState<'edit' | 'withdraw' | null>(null);
  const { data, error, reload } = useRequest(() => venuesApi.modelSite(id), [id]);
  if (error !== undefined) {
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  }
  if (!data) return <Skeleton active />;
  const { site, branch, venue, photos } = data;
  const manage = can('service.manage') && !site.withdrawnAt;
  return (
    <Flex vertical gap={16} className="jc-model-site" data-testid="model-site-page">
      <Flex gap={8} wrap align="center" className="jc-no-print">
        <Link to="/service/venues">← 返回活动场所</Link>
        <Button onClick={() => window.print()} data-testid="site-print">
          打印
        </Button>
        {manage && (
          <>
            <Button onClick={() => setDialog('edit')} data-testid="site-edit">
              修改
            </Button>
            <Button danger onClick={() => setDialog('withdraw')} data-testid="site-withdraw">
              撤销示范点
            </Button>
          </>
        )}
      </Flex>
      <Flex vertical align="center" gap={4}>
        <Typography.Title level={2} style={{ margin: 0, textAlign: 'center' }}>
          {site.title}
        </Typography.Title>
        <Flex gap={4}>
          <Tag color="gold">
            {site.year} 年{site.levelLabel}
          </Tag>
          {site.withdrawnAt && <Tag color="red">已撤销：{site.withdrawnReason}</Tag>}
        </Flex>
      </Flex>
      <Card size="small" title="所在党组织">
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label="党组织">{branch.name}</Descriptions.Item>
          <Descriptions.Item label="上级党组织">{branch.parentName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="书记">{branch.secretaryName ?? '空缺'}</Descriptions.Item>
          <Descriptions.Item label="党员">{branch.members} 名</Descriptions.Item>
          {venue && (
            <>
              <Descriptions.Item label="阵地">
                <Link to={`/service/venues/${venue.id}`}>{venue.name}</Link>（{venue.kindLabel}，
                {venue.areaSqm} ㎡）
              </Descriptions.Item>
              <Descriptions.Item label="地址">{venue.address}</Descriptions.Item>
              <Descriptions.Item label="开放时间">{venue.openingHours}</Descriptions.Item>
            </>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title="特色做法">
        <div className="jc-model-site-practices" data-testid="site-practices-text">
          {site.practices}
        </div>
      </Card>
      {/* No photos: nothing to print. */}
      <Card size="small" title="图片" className={photos.length === 0 ? 'jc-no-print' : undefined}>
        <PhotoGallery
          photos={photos}
          upload={(file) => venuesApi.uploadSitePhoto(site.id, file)}
          editable={manage}
          onChange={reload}
        />
      </Card>
      {dialog === 'edit' && (
        <FormModal<{ title: string; practices: string }>
          title="修改示范点"
          initialValues={{ title: site.title, practices: site.practices }}
          onSubmit={(v) => venuesApi.updateModelSite(site.id, v)}
          success="已保存"
          onDone={() => (setDialog(null), reload())}
          onClose={() => setDialog(null)}
        >
          <Form.Item
            name="title"
            label="名称"
            rules={[zodRule(modelSiteUpdateSchema.shape.title, { required: true })]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="practices"
            label="特色做法"
            rules={[zodRule(modelSiteUpdateSchema.shape.practices, { required: true })]}
          >
            <Input.TextArea rows={8} />
          </Form.Item>
        </FormModal>
      )}
      {dialog === 'withdraw' && (
        <FormModal<{ withdrawnReason: string }>
          title="撤销示范点"
          okText="撤销"
          onSubmit={(v) => venuesApi.updateModelSite(site.id, v)}
          success="已撤销，记录保留"
          onDone={() => (setDialog(null), reload())}
          onClose={() => setDialog(null)}
        >
          <Form.Item
            name="withdrawnReason"
            label="撤销原因"
            rules={[zodRule(modelSiteUpdateSchema.shape.withdrawnReason, { required: true })]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </FormModal>
      )}
    </Flex>
  );
}
