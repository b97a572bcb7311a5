import { ArrowUpOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Flex, Typography } from 'antd';
import { orgsApi } from '../../api/orgs';
import { useRequest } from '../../hooks/useRequest';

interface Props {
  orgId: number;
  /** Where the user's reach starts: the trail is not taken above these. */
  rootIds: readonly number[];
  onOpen: (orgId: number) => void;
}

/** The way down from the user's top org to the org shown, each step clickable, and a button one level up. */
export function ReportBreadcrumb({ orgId, rootIds, onOpen }: Props) {
  // An org above the reach (a secretary opening the township) cannot be read: no trail is shown then.
  const detail = useRequest(() => orgsApi.get(orgId).catch(() => null), [orgId]);
  const org = detail.data?.org.id === orgId ? detail.data.org : null;
  if (!org) return null;
  const ancestors = detail.data?.ancestors ?? [];
  const top = rootIds.includes(org.id)
    ? ancestors.length
    : ancestors.findIndex((a) => rootIds.includes(a.id));
  const trail = top < 0 ? [] : ancestors.slice(top);
  const parent = trail.at(-1);

  return (
    <Flex align="center" gap={8} wrap data-testid="dues-breadcrumb">
      <Breadcrumb
        items={[
          ...trail.map((a) => ({
            key: a.id,
            title: <Typography.Link onClick={() => onOpen(a.id)}>{a.name}</Typography.Link>,
          })),
          { key: org.id, title: org.name },
        ]}
      />
      {parent && (
        <Button
          size="small"
          icon={<ArrowUpOutlined />}
          onClick={() => onOpen(parent.id)}
          data-testid="dues-up"
        >
          返回上级
        </Button>
      )}
    </Flex>
  );
}
