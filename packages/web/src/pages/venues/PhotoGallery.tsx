import { PHOTO_MAX_BYTES, PHOTO_TYPES, type VenuePhoto } from '@jiceng/core';
import { App, Button, Empty, Flex, Image, Popconfirm, Upload } from 'antd';
import { useState } from 'react';
import { venuesApi } from '../../api/venues';

const ACCEPT = PHOTO_TYPES.join(',');

/**
 * Photos with a preview; staff upload (JPEG/PNG/WebP up to 2 MB — checked here for a quick answer, and by
 * the file's bytes on the server) and delete them.
 */
export function PhotoGallery({
  photos,
  upload,
  editable,
  onChange,
}: {
  photos: VenuePhoto[];
  upload: (file: File) => Promise<VenuePhoto>;
  editable: boolean;
  onChange: () => void;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const send = async (file: File) => {
    if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) {
      message.error('照片应为 JPEG、PNG 或 WebP 格式的图片');
      return;
    }
    if (file.size > PHOTO_MAX_BYTES) {
      message.error('照片不能超过 2 MB，请压缩后再上传');
      return;
    }
    setBusy(true);
    try {
      await upload(file);
      message.success('已上传');
      onChange();
    } catch (error) {
      message.error(error instanceof Error ? error.message : '上传失败');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex vertical gap={8} data-testid="photo-gallery">
      {photos.length === 0 && !editable && (
        <Empty description="暂无照片" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
      <Image.PreviewGroup>
        <Flex gap={8} wrap>
          {photos.map((p) => (
            <Flex key={p.id} vertical gap={2} align="center">
              <Image
                src={p.url}
                alt={p.caption ?? '照片'}
                width={160}
                height={120}
                style={{ objectFit: 'cover', borderRadius: 4 }}
              />
              {p.caption && <span style={{ fontSize: 12 }}>{p.caption}</span>}
              {editable && (
                <Popconfirm
                  title="删除这张照片？"
                  onConfirm={() =>
                    venuesApi
                      .removePhoto(p.id)
                      .then(onChange, (e: unknown) =>
                        message.error(e instanceof Error ? e.message : '删除失败'),
                      )
                  }
                >
                  <Button type="link" size="small" danger className="jc-no-print">
                    删除
                  </Button>
                </Popconfirm>
              )}
            </Flex>
          ))}
        </Flex>
      </Image.PreviewGroup>
      {editable && (
        <Upload
          accept={ACCEPT}
          showUploadList={false}
          beforeUpload={(file) => {
            void send(file);
            return false;
          }}
        >
          <Button loading={busy} className="jc-no-print" data-testid="photo-upload">
            上传照片
          </Button>
        </Upload>
      )}
    </Flex>
  );
}
