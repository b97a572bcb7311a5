import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { jointReviewDepartmentsInputSchema, type JointReviewDepartmentList } from '@jiceng/core';
import { Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { jointReviewApi } from '../../api/elections';
import { useFormError } from '../../forms/useFormError';
import { zodRule } from '../../forms/zodRule';

interface Values {
  departments: { key: string; label: string }[];
}

const labelSchema = jointReviewDepartmentsInputSchema.element.shape.label;

/**
 * A new department gets a generated key: decisions are filed under the key, so it must never change,
 * and nobody at the county should have to invent an English identifier for 信访.
 */
function newKey(): string {
  return `dept_${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** The county's list of reviewing departments: rename, add, remove, then save the whole list at once. */
export function DepartmentListForm({
  list,
  onSaved,
}: {
  list: JointReviewDepartmentList;
  onSaved: (list: JointReviewDepartmentList) => void;
}) {
  const [form] = Form.useForm<Values>();
  const showError = useFormError(form);
  const [saving, setSaving] = useState(false);

  const save = async ({ departments }: Values) => {
    setSaving(true);
    try {
      onSaved(
        await jointReviewApi.setDepartments(
          list.orgId,
          departments.map((d) => ({ key: d.key, label: d.label.trim() })),
        ),
      );
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      onFinish={save}
      initialValues={{ departments: list.departments.map(({ key, label }) => ({ key, label })) }}
      data-testid="jr-departments-form"
    >
      <Form.List name="departments">
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={4}>
            {fields.map((field, i) => (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item name={[field.name, 'key']} hidden>
                  <Input />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'label']}
                  rules={[zodRule(labelSchema, { required: true })]}
                  style={{ flex: 1, marginBottom: 8 }}
                >
                  <Input maxLength={20} placeholder="部门名称" data-testid={`jr-department-label-${i}`} />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label="删除部门"
                  disabled={fields.length <= 1}
                  onClick={() => remove(field.name)}
                  data-testid={`jr-department-remove-${i}`}
                />
              </Flex>
            ))}
            {/* The server's refusal (a department already used) names the whole list. */}
            <Form.ErrorList errors={errors} />
            <Flex justify="space-between" gap={8} wrap>
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                disabled={fields.length >= 20}
                onClick={() => add({ key: newKey(), label: '' })}
                data-testid="jr-department-add"
              >
                添加部门
              </Button>
              <Button type="primary" htmlType="submit" loading={saving} data-testid="jr-departments-save">
                保存名单
              </Button>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              已参与过联审的部门不能删除，可修改名称；删除部门同时取消其审查人员。
            </Typography.Text>
          </Flex>
        )}
      </Form.List>
    </Form>
  );
}
