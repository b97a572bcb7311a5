import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { JointReview } from '@jiceng/core';
import { Button, Flex, Form, Input } from 'antd';
import { jointReviewApi } from '../../api/elections';
import { FormModal } from '../../forms/FormModal';

interface Values {
  title: string;
  candidates: { name: string; idNumber?: string; post?: string }[];
}

/** The village's candidate list, sent to every department of the county. */
export function SendJointReviewModal({
  orgId,
  orgName,
  onDone,
  onClose,
}: {
  orgId: number;
  orgName: string;
  onDone: () => void;
  onClose: () => void;
}) {
  return (
    <FormModal<Values, JointReview>
      title="报送候选人资格联审"
      okText="报送联审"
      okButtonProps={{ 'data-testid': 'joint-review-send-submit' }}
      testId="joint-review-send-modal"
      intro="候选人名单将送本县各联审部门审查；身份证号加密保存，列表中只显示部分号码。"
      initialValues={{ title: `${orgName}换届候选人资格联审`, candidates: [{ name: '' }, { name: '' }] }}
      onSubmit={(v) =>
        jointReviewApi.send({
          orgId,
          title: v.title.trim(),
          candidates: v.candidates.map((c) => ({
            name: c.name.trim(),
            ...(c.idNumber?.trim() ? { idNumber: c.idNumber.trim() } : {}),
            ...(c.post?.trim() ? { post: c.post.trim() } : {}),
          })),
        })
      }
      success={(_v, review) => `已报送 ${review.candidates.length} 名候选人`}
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item
        name="title"
        label="联审名称"
        rules={[{ required: true, whitespace: true, message: '请填写名称' }]}
      >
        <Input data-testid="joint-review-title" />
      </Form.Item>
      <Form.List name="candidates">
        {(fields, { add, remove }) => (
          <Flex vertical gap={4}>
            {fields.map((field, i) => (
              <Flex key={field.key} gap={8} wrap>
                <Form.Item
                  name={[field.name, 'name']}
                  rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
                  style={{ flex: '1 1 100px', marginBottom: 8 }}
                >
                  <Input placeholder="姓名" data-testid={`jr-candidate-name-${i}`} />
                </Form.Item>
                <Form.Item name={[field.name, 'idNumber']} style={{ flex: '2 1 180px', marginBottom: 8 }}>
                  <Input placeholder="身份证号（可不填）" />
                </Form.Item>
                <Form.Item name={[field.name, 'post']} style={{ flex: '1 1 100px', marginBottom: 8 }}>
                  <Input placeholder="拟任职务" />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label="删除候选人"
                  onClick={() => remove(field.name)}
                  disabled={fields.length <= 1}
                />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ name: '' })}
              data-testid="jr-candidate-add"
            >
              添加候选人
            </Button>
          </Flex>
        )}
      </Form.List>
    </FormModal>
  );
}
