import { UploadOutlined } from '@ant-design/icons';
import {
  chinaToday,
  PHOTO_MAX_BYTES,
  type ActivityAttendanceMark,
  type ActivityOccurrenceDetail,
} from '@jiceng/core';
import {
  Alert,
  App,
  Button,
  Flex,
  Image,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Skeleton,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';
import { activitiesApi } from '../../api/servicePosts';
import { useRequest } from '../../hooks/useRequest';
import { MemberMultiPicker } from './MemberMultiPicker';

interface Row {
  personId: number;
  name: string;
  orgName: string;
  signedUp: boolean;
  mark: ActivityAttendanceMark | null;
  hours: number | null;
}

/** One date of an activity: who signed up, marking who came with their hours (on the day or after), photos. */
export function OccurrenceModal({
  occurrenceId,
  seriesOrgId,
  manage,
  onClose,
}: {
  occurrenceId: number;
  seriesOrgId: number;
  manage: boolean;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const { data, error, reload } = useRequest(() => activitiesApi.occurrence(occurrenceId), [occurrenceId]);
  const [rows, setRows] = useState<Row[]>([]);
  const [extra, setExtra] = useState<number[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (data) setRows(data.signups.map((s) => ({ ...s, hours: s.mark === 'present' ? s.hours : null })));
  }, [data]);

  const show = (detail: ActivityOccurrenceDetail) => {
    setExtra([]);
    setRows(detail.signups.map((s) => ({ ...s, hours: s.mark === 'present' ? s.hours : null })));
  };
  const set = (personId: number, change: Partial<Row>) =>
    setRows((all) => all.map((r) => (r.personId === personId ? { ...r, ...change } : r)));

  const canMark = manage && data?.state === 'planned' && data.heldOn <= chinaToday();
  const save = async () => {
    const marks = [
      ...rows
        .filter((r) => r.mark !== null)
        .map((r) => ({
          personId: r.personId,
          mark: r.mark!,
          ...(r.mark === 'present' && r.hours !== null ? { hours: r.hours } : {}),
        })),
      ...extra
        .filter((id) => !rows.some((r) => r.personId === id))
        .map((personId) => ({ personId, mark: 'present' as const })),
    ];
    if (marks.length === 0) {
      message.warning('请先选择出席情况');
      return;
    }
    setSaving(true);
    try {
      show(await activitiesApi.markAttendance(occurrenceId, { marks }));
      message.success('已登记出席，出席者计入服务时长');
    } catch (e) {
      message.error(e instanceof Error ? e.message : '保存失败');
    } finally {
      setSaving(false);
    }
  };

  const upload = async (file: File) => {
    if (file.size > PHOTO_MAX_BYTES) {
      message.error('照片不能超过 2 MB');
      return;
    }
    try {
      show(await activitiesApi.uploadPhoto(occurrenceId, file));
      reload();
      message.success('已上传照片');
    } catch (e) {
      message.error(e instanceof Error ? e.message : '上传失败');
    }
  };

  return (
    <Modal
      open
      width={760}
      title={data ? `${data.heldOn} ${data.title}` : '活动'}
      onCancel={onClose}
      footer={
        canMark ? (
          <Button type="primary" loading={saving} onClick={() => void save()} data-testid="attendance-save">
            保存出席情况
          </Button>
        ) : null
      }
      data-testid="occurrence-modal"
    >
      {error !== undefined && (
        <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
      )}
      {!data ? (
        error === undefined && <Skeleton active />
      ) : (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            {data.place} · 每次计 {data.hoursCredited} 小时 · 报名 {data.signupCount}
            {data.capacity ? ` / ${data.capacity}` : ''} 人 · 出席 {data.presentCount} 人
            {data.state === 'cancelled' ? ` · 已取消：${data.cancelReason}` : ''}
          </Typography.Text>
          {manage && data.state === 'planned' && !canMark && (
            <Alert type="info" showIcon title="活动当天或之后才能登记出席" />
          )}
          <Table<Row>
            rowKey="personId"
            size="small"
            pagination={false}
            dataSource={rows}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: '暂无报名' }}
            data-testid="attendance-table"
            columns={[
              { key: 'name', title: '党员', render: (_, r) => `${r.name}（${r.orgName}）` },
              { key: 'signed', title: '报名', render: (_, r) => (r.signedUp ? '已报名' : '—') },
              {
                key: 'mark',
                title: '出席',
                render: (_, r) =>
                  canMark ? (
                    <Select
                      size="small"
                      style={{ width: 90 }}
                      value={r.mark ?? undefined}
                      placeholder="未登记"
                      onChange={(mark: ActivityAttendanceMark) => set(r.personId, { mark })}
                      options={[
                        { value: 'present', label: '出席' },
                        { value: 'absent', label: '缺席' },
                      ]}
                      data-testid={`attendance-mark-${r.personId}`}
                    />
                  ) : r.mark === 'present' ? (
                    '出席'
                  ) : r.mark === 'absent' ? (
                    '缺席'
                  ) : (
                    '未登记'
                  ),
              },
              {
                key: 'hours',
                title: '时长',
                render: (_, r) =>
                  canMark && r.mark === 'present' ? (
                    <InputNumber
                      size="small"
                      min={0.5}
                      max={24}
                      step={0.5}
                      value={r.hours ?? data.hoursCredited}
                      onChange={(h) => set(r.personId, { hours: h })}
                      style={{ width: 80 }}
                    />
                  ) : r.mark === 'present' ? (
                    `${r.hours} 小时`
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
          {canMark && (
            <Flex vertical gap={4}>
              <Typography.Text type="secondary">未报名但到场的党员（保存时记为出席）</Typography.Text>
              <MemberMultiPicker
                orgId={seriesOrgId}
                value={extra}
                onChange={setExtra}
                data-testid="attendance-extra"
              />
            </Flex>
          )}
          <Typography.Text strong>活动照片</Typography.Text>
          <Image.PreviewGroup>
            <Flex gap={8} wrap>
              {data.photos.map((p) => (
                <Flex key={p.id} vertical align="center" gap={2}>
                  <Image
                    width={120}
                    height={90}
                    style={{ objectFit: 'cover' }}
                    src={activitiesApi.photoUrl(p.id)}
                    alt="活动照片"
                  />
                  {manage && (
                    <Popconfirm
                      title="删除这张照片？"
                      onConfirm={async () => {
                        show(await activitiesApi.deletePhoto(p.id));
                        reload();
                      }}
                    >
                      <Button size="small" type="link" danger>
                        删除
                      </Button>
                    </Popconfirm>
                  )}
                </Flex>
              ))}
              {data.photos.length === 0 && <Typography.Text type="secondary">暂无照片</Typography.Text>}
            </Flex>
          </Image.PreviewGroup>
          {manage && data.state === 'planned' && (
            <Upload
              accept="image/jpeg,image/png,image/webp"
              showUploadList={false}
              beforeUpload={(file) => {
                void upload(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} data-testid="photo-upload">
                上传照片（JPEG/PNG/WebP，≤ 2 MB）
              </Button>
            </Upload>
          )}
        </Flex>
      )}
    </Modal>
  );
}
