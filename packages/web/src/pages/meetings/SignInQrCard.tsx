import { QrcodeOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** The sign-in QR code for the meeting day: members scan it with their phones, signed in, to be marked present. */
export function SignInQrCard({ path }: { path: string }) {
  const url = `${window.location.origin}${path}`;
  const [image, setImage] = useState<string | null>(null);

  useEffect(() => {
    let stale = false;
    QRCode.toDataURL(url, { width: 240, margin: 1, errorCorrectionLevel: 'M' }).then(
      (data) => !stale && setImage(data),
      () => !stale && setImage(null),
    );
    return () => {
      stale = true;
    };
  }, [url]);

  return (
    <Card
      size="small"
      title={
        <span>
          <QrcodeOutlined /> 扫码签到
        </span>
      }
      data-testid="sign-in-card"
    >
      <Flex vertical align="center" gap={8}>
        {image && (
          <img
            src={image}
            alt="签到二维码"
            width={240}
            height={240}
            style={{ maxWidth: '100%', height: 'auto' }}
            data-testid="sign-in-qr"
          />
        )}
        <Typography.Text type="secondary" style={{ fontSize: 13, textAlign: 'center' }}>
          应到人员用手机扫码，登录后点击“签到”即登记为出席；流入本支部的流动党员也可扫码签到。
        </Typography.Text>
        <Typography.Text
          copyable={{ text: url, tooltips: ['复制链接', '已复制'] }}
          style={{ fontSize: 12, overflowWrap: 'anywhere', textAlign: 'center' }}
          data-testid="sign-in-link"
        >
          {url}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
