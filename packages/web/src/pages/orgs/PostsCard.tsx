import { PlusOutlined } from '@ant-design/icons';
import { POST_KIND_LABELS, POST_KINDS, type OrgPost } from '@jiceng/core';
import { Link } from 'react-router';
import { App, Button, Card, Empty, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { orgsApi } from '../../api/orgs';
import { useSession } from '../../session/SessionContext';
import { PostFormModal } from './PostFormModal';

const rank = (post: OrgPost) => POST_KINDS.indexOf(post.post);

/** 班子成员: the org's current posts, secretary first; ended posts stay in history on the server. */
export function PostsCard({
  orgId,
  posts,
  onChanged,
}: {
  orgId: number;
  posts: OrgPost[];
  onChanged: () => void;
}) {
  const { can } = useSession();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const editable = can('org.posts');
  const sorted = [...posts].sort((a, b) => rank(a) - rank(b));

  const end = async (post: OrgPost) => {
    try {
      await orgsApi.endPost(orgId, post.id);
      message.success(`已免去${post.holderName}的${POST_KIND_LABELS[post.post]}职务`);
      onChanged();
    } catch (error) {
      message.error(error instanceof Error ? error.message : '操作失败');
    }
  };

  return (
    <Card
      title="班子成员"
      size="small"
      data-testid="posts-card"
      extra={
        editable && (
          <Button
            size="small"
            type="link"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="add-post"
          >
            任命
          </Button>
        )
      }
    >
      {sorted.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未登记班子成员" />
      ) : (
        <Flex vertical>
          {sorted.map((post, i) => (
            <Flex
              key={post.id}
              align="center"
              justify="space-between"
              gap={8}
              wrap
              data-testid="post-row"
              style={{ padding: '8px 0', borderTop: i === 0 ? undefined : '1px solid #f0f0f0' }}
            >
              <Flex align="center" gap={8} wrap style={{ minWidth: 0 }}>
                <Tag color="red">{POST_KIND_LABELS[post.post]}</Tag>
                {post.personId ? (
                  <Link to={`/persons/${post.personId}`}>
                    <Typography.Text strong>{post.holderName}</Typography.Text>
                  </Link>
                ) : (
                  <Typography.Text strong>{post.holderName}</Typography.Text>
                )}
                {post.startedOn && <Typography.Text type="secondary">自 {post.startedOn} 起</Typography.Text>}
              </Flex>
              {editable && (
                <Popconfirm
                  title={`免去${post.holderName}的${POST_KIND_LABELS[post.post]}职务？`}
                  description="免职后记录仍保留在历史中。"
                  okText="免职"
                  okButtonProps={{ danger: true }}
                  onConfirm={() => end(post)}
                >
                  <Button size="small" type="link" danger>
                    免职
                  </Button>
                </Popconfirm>
              )}
            </Flex>
          ))}
        </Flex>
      )}
      {adding && (
        <PostFormModal
          orgId={orgId}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
