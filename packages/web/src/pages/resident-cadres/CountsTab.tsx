import { CADRE_MODE_LABELS, CADRE_MODES, cadreSettingsInputSchema, type CadreCounts } from '@jiceng/core';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  InputNumber,
  Skeleton,
  Statistic,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { residentCadresApi } from '../../api/residentCadres';
import { FormModal } from '../../forms/FormModal';
import { zodRule } from '../../forms/zodRule';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { FirstSecretaryTag } from './cadreTags';

type Stationed = CadreCounts['townships'][number]['stationed'][number];

const stationedColumns: TableColumnsType<Stationed> = [
  {
    key: 'cadre',
    title: '驻村干部',
    render: (_, s) => (
      <Flex gap={4} wrap>
        <Link to={`/service/cadres/${s.assignmentId}`}>{s.cadreName}</Link>
        {s.firstSecretary && <FirstSecretaryTag />}
      </Flex>
    ),
  },
  { key: 'village', title: '村', dataIndex: 'villageName' },
  {
    key: 'days',
    title: '在村天数',
    align: 'right',
    render: (_, s) => (
      <span data-testid="cadre-count-days">
        {s.days} / 应 {s.expected}
        {s.below && (
          <Tag color="red" style={{ marginLeft: 8 }} data-testid="cadre-below">
            不足
          </Tag>
        )}
      </span>
    ),
  },
];

/** 按乡镇统计: per township, cadres by mode, first secretaries and the stationed cadres' presence days. */
export function CountsTab({ orgId }: { orgId: number }) {
  const { can } = useSession();
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const [editing, setEditing] = useState(false);
  const { data, error, reload } = useRequest(() => residentCadresApi.counts(orgId, month), [orgId, month]);
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center">
        <DatePicker
          picker="month"
          value={dayjs(`${month}-01`)}
          allowClear={false}
          disabledDate={(d) => d.isAfter(dayjs(), 'month')}
          onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
          aria-label="月份"
          data-testid="cadre-counts-month"
        />
        {data && (
          <Typography.Text type="secondary">
            驻村干部每月应在村不少于 {data.minimumDays} 天（当月按已过天数折算）
          </Typography.Text>
        )}
        {can('cadre.manage') && (
          <Button onClick={() => setEditing(true)} data-testid="cadre-settings-edit">
            设置最少在村天数
          </Button>
        )}
      </Flex>
      {error !== undefined && (
        <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
      )}
      {!data && error === undefined && <Skeleton active />}
      {data?.townships.length === 0 && <Alert type="info" showIcon title="该组织下本月没有在岗的驻村干部" />}
      {data?.townships.map((town) => (
        <Card
          key={town.townshipId}
          size="small"
          title={town.townshipName}
          extra={`${town.villages} 个村`}
          data-testid="cadre-township-card"
        >
          <Flex gap={24} wrap style={{ marginBottom: 12 }}>
            {CADRE_MODES.map((m) => (
              <Statistic key={m} title={CADRE_MODE_LABELS[m]} value={town.byMode[m]} suffix="人" />
            ))}
            <Statistic title="第一书记" value={town.firstSecretaries} suffix="人" />
            <Statistic
              title={`在村不足 ${town.minimumDays} 天`}
              value={town.belowMinimum}
              suffix="人"
              styles={{ content: { color: town.belowMinimum > 0 ? '#cf1322' : undefined } }}
            />
          </Flex>
          {town.stationed.length > 0 && (
            <Table
              rowKey="assignmentId"
              size="small"
              columns={stationedColumns}
              dataSource={town.stationed}
              pagination={false}
              scroll={{ x: 'max-content' }}
            />
          )}
        </Card>
      ))}
      {editing && (
        <FormModal<{ minPresenceDays: number }>
          title="驻村干部每月最少在村天数"
          intro={<p>本组织设定后，其下各乡镇、各村适用此值（下级党委另有设定的除外）。</p>}
          initialValues={{ minPresenceDays: data?.minimumDays ?? 20 }}
          onSubmit={(v) => residentCadresApi.setSettings(orgId, v.minPresenceDays)}
          success="已保存"
          onDone={() => (setEditing(false), reload())}
          onClose={() => setEditing(false)}
        >
          <Form.Item
            name="minPresenceDays"
            label="每月最少在村天数"
            rules={[zodRule(cadreSettingsInputSchema.shape.minPresenceDays, { required: true })]}
          >
            <InputNumber min={1} max={31} style={{ width: '100%' }} data-testid="cadre-settings-days" />
          </Form.Item>
        </FormModal>
      )}
    </Flex>
  );
}
