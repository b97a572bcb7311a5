import {
  ASSESSMENT_METRIC_LABELS,
  ASSESSMENT_METRICS,
  assessmentItemsInputSchema,
  itemSetTotal,
  type AssessmentItemsInput,
} from '@jiceng/core';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { assessmentApi } from '../../api/assessment';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';

const metricOptions = ASSESSMENT_METRICS.map((m) => ({ value: m, label: ASSESSMENT_METRIC_LABELS[m] }));

/** The items in force at the org (who set them), and the committee's editor for its own set. */
export function ItemsEditor({ orgId }: { orgId: number }) {
  const { can } = useSession();
  const { message, modal } = App.useApp();
  const { data, error, reload } = useRequest(() => assessmentApi.items(orgId), [orgId]);
  const [editing, setEditing] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [form] = Form.useForm<AssessmentItemsInput>();
  const watched = Form.useWatch('items', form);

  if (error !== undefined)
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  if (!data) return <Skeleton active />;
  const mayEdit = can('assessment.manage') && data.mayHaveOwn;

  const save = async (values: AssessmentItemsInput) => {
    const parsed = assessmentItemsInputSchema.safeParse(values);
    if (!parsed.success) {
      setSaveError(parsed.error.issues[0]?.message ?? '考核项目不正确');
      return;
    }
    try {
      const view = await assessmentApi.setItems(orgId, parsed.data);
      message.success(view.warnings[0] ? `已保存；${view.warnings[0]}` : '已保存考核项目');
      setEditing(false);
      setSaveError(null);
      reload();
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : '保存失败');
    }
  };
  const clear = () =>
    modal.confirm({
      title: '取消本级考核项目？',
      content: '取消后本组织及下级支部沿用上级党委的考核项目（上级未设置时使用默认项目）。',
      onOk: async () => {
        await assessmentApi.clearItems(orgId);
        reload();
      },
    });

  const source = data.setBy
    ? data.own
      ? '本级设置'
      : `沿用${data.setBy.name}的设置`
    : '系统默认项目（项目约定）';
  return (
    <Card
      size="small"
      data-testid="assessment-items"
      title={
        <Flex gap={8} align="center" wrap>
          <span>考核项目</span>
          <Tag color={data.own ? 'blue' : 'default'}>{source}</Tag>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            满分合计 {data.total} 分
          </Typography.Text>
        </Flex>
      }
      extra={
        mayEdit &&
        !editing && (
          <Flex gap={8}>
            {data.own && <Button onClick={clear}>改为沿用上级</Button>}
            <Button
              type="primary"
              data-testid="items-edit"
              onClick={() => {
                form.setFieldsValue({ items: data.items.map(({ computed: _c, ...rest }) => rest) });
                setEditing(true);
              }}
            >
              {data.own ? '修改本级项目' : '设置本级项目'}
            </Button>
          </Flex>
        )
      }
    >
      {data.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} style={{ marginBottom: 12 }} />
      ))}
      {editing ? (
        <Form<AssessmentItemsInput> form={form} onFinish={save} layout="vertical">
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} wrap align="start">
                    <Form.Item
                      name={[field.name, 'name']}
                      label="名称"
                      style={{ flex: '1 1 140px', margin: 0 }}
                    >
                      <Input maxLength={30} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'key']}
                      label="标识"
                      style={{ flex: '0 1 120px', margin: 0 }}
                    >
                      <Input maxLength={40} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'maxScore']}
                      label="满分"
                      style={{ flex: '0 0 90px', margin: 0 }}
                    >
                      <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'metric']}
                      label="评分方式"
                      style={{ flex: '1 1 200px', margin: 0 }}
                    >
                      <Select options={metricOptions} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'description']}
                      label="说明"
                      style={{ flex: '2 1 220px', margin: 0 }}
                    >
                      <Input maxLength={200} />
                    </Form.Item>
                    <Button danger type="text" onClick={() => remove(field.name)} style={{ marginTop: 30 }}>
                      删除
                    </Button>
                  </Flex>
                ))}
                <Flex gap={8} align="center" wrap>
                  <Button
                    onClick={() =>
                      add({
                        key: `item_${fields.length + 1}`,
                        name: '',
                        maxScore: 10,
                        metric: 'manual',
                        description: null,
                      })
                    }
                  >
                    添加项目
                  </Button>
                  <Typography.Text type="secondary">
                    满分合计{' '}
                    {itemSetTotal((watched ?? []).map((i) => ({ maxScore: Number(i?.maxScore ?? 0) })))} 分
                  </Typography.Text>
                </Flex>
                {saveError && <Alert type="error" showIcon title={saveError} />}
                <Flex gap={8}>
                  <Button type="primary" htmlType="submit" data-testid="items-save">
                    保存
                  </Button>
                  <Button onClick={() => setEditing(false)}>取消</Button>
                </Flex>
              </Flex>
            )}
          </Form.List>
        </Form>
      ) : data.items.length === 0 ? (
        <Empty />
      ) : (
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={data.items}
          columns={[
            { key: 'name', title: '考核项目', dataIndex: 'name', width: 120 },
            { key: 'max', title: '满分', dataIndex: 'maxScore', width: 64, align: 'center' },
            {
              key: 'metric',
              title: '评分方式',
              width: 180,
              render: (_, i) => (
                <Tag color={i.computed ? 'green' : 'default'}>{ASSESSMENT_METRIC_LABELS[i.metric]}</Tag>
              ),
            },
            { key: 'description', title: '说明', dataIndex: 'description' },
          ]}
        />
      )}
      {data.updatedBy && !editing && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
          {data.updatedBy} 于 {new Date(data.updatedAt ?? '').toLocaleDateString('zh-CN')} 设置
        </Typography.Text>
      )}
    </Card>
  );
}
