import type { JointReviewDepartmentList, JointReviewDepartmentView } from '@jiceng/core';
import { App, Button, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { jointReviewApi } from '../../api/elections';
import { ReviewerPicker } from './ReviewerPicker';

/** One department's reviewer accounts: each change is saved at once and answers with the whole list. */
export function DepartmentReviewers({
  department,
  index,
  onChanged,
}: {
  department: JointReviewDepartmentView;
  index: number;
  onChanged: (list: JointReviewDepartmentList) => void;
}) {
  const { message } = App.useApp();
  const [picked, setPicked] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (change: () => Promise<JointReviewDepartmentList>, done: string) => {
    setBusy(true);
    try {
      onChanged(await change());
      setPicked(null);
      message.success(done);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '操作失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={6} data-testid={`jr-reviewers-${index}`}>
      <Typography.Text strong>{department.label}</Typography.Text>
      <Flex gap={4} wrap>
        {department.reviewers.length === 0 && (
          <Typography.Text type="secondary">尚未指定审查人员</Typography.Text>
        )}
        {department.reviewers.map((r) => (
          <Popconfirm
            key={r.userId}
            title={`取消${r.displayName}的审查人员资格？`}
            okText="取消资格"
            cancelText="保留"
            onConfirm={() =>
              run(
                () => jointReviewApi.removeReviewer(department.id, r.userId),
                `已取消${r.displayName}在${department.label}的审查人员资格`,
              )
            }
          >
            <Tag
              closable
              onClose={(e) => e.preventDefault()}
              style={{ cursor: 'pointer' }}
              data-testid="jr-reviewer"
            >
              {r.displayName}（{r.username}）
            </Tag>
          </Popconfirm>
        ))}
      </Flex>
      <Flex gap={8}>
        <ReviewerPicker
          value={picked}
          onChange={setPicked}
          exclude={department.reviewers.map((r) => r.userId)}
          data-testid={`jr-reviewer-pick-${index}`}
        />
        <Button
          disabled={picked === null}
          loading={busy}
          onClick={() =>
            picked !== null &&
            run(
              () => jointReviewApi.addReviewer(department.id, picked),
              `已指定为${department.label}的审查人员`,
            )
          }
          data-testid={`jr-reviewer-add-${index}`}
        >
          指定
        </Button>
      </Flex>
    </Flex>
  );
}
