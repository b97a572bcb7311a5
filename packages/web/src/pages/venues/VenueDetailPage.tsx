import { Alert, Button, Card, Descriptions, Flex, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { venuesApi } from '../../api/venues';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { ModelSiteFormModal } from './ModelSiteFormModal';
import { PhotoGallery } from './PhotoGallery';
import { UseLogCard } from './UseLogCard';
import { VenueFormModal } from './VenueFormModal';

/** A venue: its particulars, photos, use log and the model sites it was named. */
export function VenueDetailPage() {
  const id = Number(useParams().id);
  const { can } = useSession();
  const [unmasked, setUnmasked] = useState(false);
  const [dialog, setDialog] = useState<'edit' | 'site' | null>(null);
  const { data, error, reload } = useRequest(() => venuesApi.get(id, unmasked), [id, unmasked]);
  if (error !== undefined) {
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  }
  if (!data) return <Skeleton active />;
  const v = data.venue;
  const manage = can('service.manage');
  return (
    <Flex vertical gap={16} data-testid="venue-detail">
      <Link to="/service/venues">← 返回活动场所</Link>
      <Flex gap={8} align="center" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {v.name}
        </Typography.Title>
        <Tag>{v.kindLabel}</Tag>
        {v.modelSite && <Tag color="gold">示范点</Tag>}
        {v.closedAt && <Tag>已停用</Tag>}
      </Flex>
      <Card
        size="small"
        extra={
          manage && (
            <Flex gap={8}>
              <Button size="small" onClick={() => setDialog('edit')} data-testid="venue-edit">
                修改
              </Button>
              {!v.closedAt && (
                <Button size="small" onClick={() => setDialog('site')} data-testid="venue-name-site">
                  命名示范点
                </Button>
              )}
              <Button
                size="small"
                danger={!v.closedAt}
                onClick={() => venuesApi.update(v.id, { closed: !v.closedAt }).then(reload)}
                data-testid="venue-close"
              >
                {v.closedAt ? '恢复使用' : '停用'}
              </Button>
            </Flex>
          )
        }
      >
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label="所属组织">{v.orgName}</Descriptions.Item>
          <Descriptions.Item label="地址">{v.address}</Descriptions.Item>
          <Descriptions.Item label="面积">{v.areaSqm} ㎡</Descriptions.Item>
          <Descriptions.Item label="开放时间">{v.openingHours}</Descriptions.Item>
          <Descriptions.Item label="联系人">{v.contactName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="联系电话">
            <span data-testid="venue-phone-text">{v.contactPhone ?? '—'}</span>
            {v.contactPhone && !unmasked && can('person.unmask') && (
              <Button type="link" size="small" onClick={() => setUnmasked(true)}>
                显示完整号码
              </Button>
            )}
          </Descriptions.Item>
          {v.note && <Descriptions.Item label="备注">{v.note}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card size="small" title={`照片（${data.photos.length}）`}>
        <PhotoGallery
          photos={data.photos}
          upload={(file) => venuesApi.uploadVenuePhoto(v.id, file)}
          editable={manage}
          onChange={reload}
        />
      </Card>
      <UseLogCard venue={v} uses={data.uses} onChange={reload} />
      {data.modelSites.length > 0 && (
        <Card size="small" title="示范点">
          <Flex vertical gap={4}>
            {data.modelSites.map((s) => (
              <Link key={s.id} to={`/service/venues/sites/${s.id}`}>
                {s.year} 年{s.levelLabel}：{s.title}
                {s.withdrawnAt ? '（已撤销）' : ''}
              </Link>
            ))}
          </Flex>
        </Card>
      )}
      {dialog === 'edit' && (
        <VenueFormModal
          orgId={v.orgId}
          venue={v}
          onDone={() => (setDialog(null), reload())}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'site' && (
        <ModelSiteFormModal
          venue={v}
          onDone={() => (setDialog(null), reload())}
          onClose={() => setDialog(null)}
        />
      )}
    </Flex>
  );
}
