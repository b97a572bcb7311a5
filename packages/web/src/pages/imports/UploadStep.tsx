import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { importsApi } from '../../api/imports';
import type { ImportKindConfig } from './importKinds';

const MAX_MB = 20;

/** Step 1: the template to fill in, and the box to drop the filled file into. */
export function UploadStep({
  config,
  onUploaded,
}: {
  config: ImportKindConfig;
  onUploaded: (id: number) => void;
}) {
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  const [downloading, setDownloading] = useState(false);

  const template = async () => {
    setDownloading(true);
    try {
      await importsApi.template(config.kind);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '下载失败');
    } finally {
      setDownloading(false);
    }
  };

  const upload = async (file: File) => {
    // Refused here too, so a wrong file costs no upload; the server checks again.
    if (!/\.xlsx$/i.test(file.name)) {
      message.error('请上传 Excel 文件（.xlsx）；.xls 或 .csv 请先在 Excel 中另存为 .xlsx');
      return;
    }
    if (file.size > MAX_MB * 1024 * 1024) {
      message.error(`文件不能超过 ${MAX_MB} MB，请分成几个文件上传`);
      return;
    }
    setUploading(true);
    try {
      const { id } = await importsApi.upload(config.kind, file);
      onUploaded(id);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '上传失败');
    } finally {
      setUploading(false);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Flex vertical gap={8}>
        <Typography.Text>第一步：下载导入模板，按“填写说明”工作表填写。{config.guide}</Typography.Text>
        <Button
          icon={<DownloadOutlined />}
          loading={downloading}
          onClick={template}
          style={{ alignSelf: 'flex-start' }}
          data-testid="download-template"
        >
          下载导入模板
        </Button>
      </Flex>
      <Flex vertical gap={8}>
        <Typography.Text>
          第二步：上传填好的文件，系统将逐行校验，校验通过前不会导入任何数据。
        </Typography.Text>
        <div data-testid="import-upload">
          <Upload.Dragger
            accept=".xlsx"
            multiple={false}
            showUploadList={false}
            disabled={uploading}
            beforeUpload={(file) => {
              void upload(file);
              // The file goes through our own request, not antd's uploader.
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{uploading ? '正在上传…' : '点击选择或将文件拖到此处'}</p>
            <p className="ant-upload-hint">仅支持 .xlsx，不超过 {MAX_MB} MB</p>
          </Upload.Dragger>
        </div>
      </Flex>
    </Flex>
  );
}
