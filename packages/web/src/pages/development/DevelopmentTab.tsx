import { PrinterOutlined } from '@ant-design/icons';
import type { RecordedStepView } from '@jiceng/core';
import { Alert, App, Button, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { developmentApi } from '../../api/development';
import { personsApi } from '../../api/persons';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import type { PersonTabContext } from '../persons/personTabs';
import { PersonAdmissionTraining } from '../trainings/PersonAdmissionTraining';
import { NextSteps } from './NextSteps';
import { StepModal } from './StepModal';
import { StepTimeline } from './StepTimeline';
import type { NextStep } from './stepFields';
import { VoidStepModal } from './VoidStepModal';

/** The person's development: what has been recorded, what may come next, and the printed record. */
export function DevelopmentTab({ person, unmasked, onPerson }: PersonTabContext) {
  const { can } = useSession();
  const { message } = App.useApp();
  const { data, error, reload } = useRequest(() => developmentApi.get(person.id), [person.id]);
  const [recording, setRecording] = useState<NextStep>();
  const [printing, setPrinting] = useState(false);
  const [voiding, setVoiding] = useState<RecordedStepView>();

  if (error)
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  if (!data) return <Skeleton active />;

  const refresh = () => {
    reload();
    // A step may move the person to another stage, which the page's header shows.
    personsApi.get(person.id, unmasked).then(
      (fresh) => onPerson(fresh, unmasked),
      () => undefined,
    );
  };

  const print = async () => {
    setPrinting(true);
    try {
      await developmentApi.recordPdf(person.id);
    } catch (e) {
      message.error(e instanceof Error ? e.message : '下载失败');
    } finally {
      setPrinting(false);
    }
  };

  return (
    <Flex vertical gap={16} data-testid="development-tab">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'probationEnd', label: '预备期届满', children: data.probationEnd ?? '—' },
            { key: 'conversionDate', label: '转正日期', children: data.conversionDate ?? '—' },
            // D9: a candidate's training as the trainings module recorded it.
            ...(person.stage === 'candidate'
              ? [
                  {
                    key: 'training',
                    label: '集中培训',
                    children: <PersonAdmissionTraining personId={person.id} />,
                  },
                ]
              : []),
          ]}
          style={{ flex: 1, minWidth: 240 }}
        />
        <Button icon={<PrinterOutlined />} loading={printing} onClick={print} data-testid="development-print">
          打印纪实表
        </Button>
      </Flex>
      <StepTimeline steps={data.steps} onVoid={can('person.manage') ? setVoiding : undefined} />
      <Typography.Title level={5} style={{ margin: 0 }}>
        下一步
      </Typography.Title>
      <NextSteps steps={data.nextSteps} canRecord={can('person.manage')} onPick={setRecording} />
      {recording && (
        <StepModal
          personId={person.id}
          personName={person.name}
          orgId={person.orgId}
          next={recording}
          onClose={() => setRecording(undefined)}
          onDone={() => {
            setRecording(undefined);
            refresh();
          }}
        />
      )}
      {voiding && (
        <VoidStepModal
          personId={person.id}
          step={voiding}
          onClose={() => setVoiding(undefined)}
          onDone={() => {
            setVoiding(undefined);
            refresh();
          }}
        />
      )}
    </Flex>
  );
}
