import { TRAINING_AUDIENCE_LABELS, type PersonTrainings } from '@jiceng/core';
import { Alert, Descriptions, Flex, Skeleton, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { trainingsApi } from '../../api/trainings';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import type { PersonTabContext } from '../persons/personTabs';
import { AdmissionTrainingTag } from './AdmissionTrainingTag';

type Row = PersonTrainings['courses'][number];

/** 培训 on the person page: every course, days and class hours present, and D9 for candidates. */
export function PersonTrainingsTab({ person }: PersonTabContext) {
  const { can } = useSession();
  const { data, error } = useRequest(() => trainingsApi.ofPerson(person.id), [person.id]);
  if (error)
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  if (!data) return <Skeleton active />;
  const columns: TableColumnsType<Row> = [
    {
      title: '培训班',
      dataIndex: 'title',
      render: (title: string, r) =>
        can('service.read') ? <Link to={`/trainings/${r.courseId}`}>{title}</Link> : title,
    },
    { title: '培训对象', dataIndex: 'audience', render: (a: Row['audience']) => TRAINING_AUDIENCE_LABELS[a] },
    { title: '举办组织', dataIndex: 'organizerName', responsive: ['md'] },
    { title: '日期', key: 'dates', render: (_, r) => `${r.startsOn} 至 ${r.endsOn}`, responsive: ['sm'] },
    { title: '出席', key: 'present', render: (_, r) => `${r.present} / ${r.sessions} 次` },
    { title: '学时', dataIndex: 'hours' },
  ];
  return (
    <Flex vertical gap={12} data-testid="person-trainings">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'total', label: '全部培训', children: `${data.total.days} 天 / ${data.total.hours} 学时` },
          ...(person.stage === 'candidate' || data.admission.hours > 0
            ? [
                {
                  key: 'd9',
                  label: '发展对象培训',
                  children: <AdmissionTrainingTag status={data.admission} />,
                },
              ]
            : []),
        ]}
      />
      <Table<Row>
        rowKey="courseId"
        size="small"
        columns={columns}
        dataSource={data.courses}
        pagination={false}
        locale={{ emptyText: '尚未参加平台记录的培训' }}
        scroll={{ x: 'max-content' }}
      />
    </Flex>
  );
}
