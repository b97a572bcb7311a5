import type { Correction } from '@jiceng/core';
import { Alert, App, Button, Empty, Flex, Popconfirm, Segmented, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { correctionsApi } from '../../api/corrections';
import { testId } from '../../forms/testId';
import { useRequest } from '../../hooks/useRequest';
import { CorrectionCard } from './CorrectionCard';
import { RefuseModal } from './RefuseModal';

type View = 'pending' | 'done';

/** 更正申请: members' requests to correct their own records, decided by the branch. */
export default function CorrectionsPage() {
  const { message } = App.useApp();
  const [view, setView] = useState<View>('pending');
  const [refusing, setRefusing] = useState<Correction>();
  const { data, error, reload } = useRequest(() => correctionsApi.list(), []);
  const all = data ?? [];
  const pending = all.filter((c) => c.status === 'pending');
  const done = all
    .filter((c) => c.status !== 'pending')
    .sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''));
  const shown = view === 'pending' ? pending : done;

  const approve = async (c: Correction) => {
    try {
      await correctionsApi.decide(c.id, true);
      message.success(`已同意，${c.personName}的档案已更新`);
      reload();
    } catch (failure) {
      message.error(failure instanceof Error ? failure.message : '操作失败');
    }
  };

  return (
    <Flex vertical gap={16} data-testid="corrections-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        更正申请
      </Typography.Title>
      <Segmented<View>
        value={view}
        onChange={setView}
        options={[
          { value: 'pending', label: `待审核（${pending.length}）` },
          { value: 'done', label: `已处理（${done.length}）` },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {error !== undefined && (
        <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
      )}
      {!data && !error && <Skeleton active />}
      {data && shown.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={view === 'pending' ? '没有待审核的更正申请' : '还没有处理过的更正申请'}
        />
      )}
      <Flex vertical gap={12} style={{ maxWidth: 760 }}>
        {shown.map((c) => (
          <CorrectionCard
            key={c.id}
            correction={c}
            actions={
              c.status === 'pending' && (
                <>
                  <Button danger onClick={() => setRefusing(c)} data-testid="refuse-correction">
                    不同意
                  </Button>
                  <Popconfirm
                    title="同意并更新档案？"
                    description="同意后档案中的该项目立即改为申请的值，并记入档案记录。"
                    okText="同意"
                    okButtonProps={testId('confirm-approve')}
                    onConfirm={() => approve(c)}
                  >
                    <Button type="primary" data-testid="approve-correction">
                      同意
                    </Button>
                  </Popconfirm>
                </>
              )
            }
          />
        ))}
      </Flex>
      {refusing && (
        <RefuseModal
          correction={refusing}
          onClose={() => setRefusing(undefined)}
          onDone={() => {
            setRefusing(undefined);
            reload();
          }}
        />
      )}
    </Flex>
  );
}
