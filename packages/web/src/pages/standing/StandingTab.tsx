import {
  FINAL_STANDINGS,
  STANDING_CHANGE_LABELS,
  type ContactSearchView,
  type StandingChangeView,
  type StandingView,
} from '@jiceng/core';
import { Alert, Button, Card, Descriptions, Empty, Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { personsApi } from '../../api/persons';
import { standingApi } from '../../api/standing';
import { todayInChina } from '../../format/time';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import type { PersonTabContext } from '../persons/personTabs';
import {
  ContactRegainedModal,
  ContactSearchModal,
  LostContactModal,
  StandingChangeModal,
} from './StandingModals';
import { StandingTag } from './StandingTag';

type Dialog = 'change' | 'lost' | 'search' | 'regained';

function ChangeItem({ change }: { change: StandingChangeView }) {
  const parts = [
    change.decisionRef && `决定文号 ${change.decisionRef}`,
    change.decidingOrgName && `决定组织 ${change.decidingOrgName}`,
    change.approvingOrgName && `审批组织 ${change.approvingOrgName}`,
    change.fromDevelopment && '在发展党员流程中记录（D19）',
  ].filter(Boolean);
  return (
    <Flex vertical gap={2} data-testid="standing-change-item">
      <Typography.Text strong>
        {change.date} {STANDING_CHANGE_LABELS[change.change]}
      </Typography.Text>
      {parts.length > 0 && <Typography.Text type="secondary">{parts.join(' · ')}</Typography.Text>}
      {change.note && <Typography.Text>{change.note}</Typography.Text>}
      {change.recordedBy && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          记录人 {change.recordedBy}
        </Typography.Text>
      )}
    </Flex>
  );
}

function SearchItem({ search }: { search: ContactSearchView }) {
  return (
    <Flex vertical gap={2} data-testid="contact-search-item">
      <Typography.Text strong>
        {search.date} {search.method}
      </Typography.Text>
      <Typography.Text>{search.result}</Typography.Text>
    </Flex>
  );
}

function LostPanel({ view }: { view: StandingView }) {
  const today = todayInChina();
  const due = view.suspensionDueOn !== null && today >= view.suspensionDueOn;
  return (
    <Card size="small" title="失联情况" data-testid="lost-contact-panel">
      <Flex vertical gap={12}>
        {view.lostSince && (
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'since', label: '失联时间', children: view.lostSince },
              {
                key: 'due',
                label: '可停止党籍日期',
                children: (
                  <Flex gap={8} align="center" wrap>
                    {view.suspensionDueOn}
                    {due && (
                      <Tag color="orange" data-testid="suspension-due">
                        已满 6 个月，列入停止党籍名单
                      </Tag>
                    )}
                  </Flex>
                ),
              },
              ...(view.lostNote ? [{ key: 'note', label: '失联情况', children: view.lostNote }] : []),
            ]}
          />
        )}
        {view.searches.length === 0 ? (
          <Typography.Text type="secondary">尚无寻找记录；停止党籍前须记录寻找情况（T10）</Typography.Text>
        ) : (
          <Timeline
            items={view.searches.map((s) => ({ key: s.eventId, content: <SearchItem search={s} /> }))}
          />
        )}
      </Flex>
    </Card>
  );
}

/** The person's standing (党籍): changes, lost contact and the dates the rules set (T10–T15). */
export function StandingTab({ person, unmasked, onPerson }: PersonTabContext) {
  const { can } = useSession();
  const { data, error, reload } = useRequest(() => standingApi.get(person.id), [person.id]);
  const [dialog, setDialog] = useState<Dialog>();

  if (error)
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  if (!data) return <Skeleton active />;

  const done = () => {
    setDialog(undefined);
    reload();
    // The header shows the standing, and the person may leave or rejoin the counted list.
    personsApi.get(person.id, unmasked).then(
      (fresh) => onPerson(fresh, unmasked),
      () => undefined,
    );
  };
  const close = () => setDialog(undefined);
  const manage = can('person.manage');
  const final = FINAL_STANDINGS.includes(data.standing);
  const lost = data.lostSince !== null;

  return (
    <Flex vertical gap={16} data-testid="standing-tab">
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          style={{ flex: 1, minWidth: 240 }}
          items={[
            { key: 'standing', label: '党籍状态', children: <StandingTag standing={data.standing} /> },
            { key: 'since', label: '状态日期', children: data.standingSince ?? '—' },
            ...(data.suspendedOn
              ? [
                  { key: 'suspendedOn', label: '停止党籍日期', children: data.suspendedOn },
                  { key: 'restore', label: '恢复党籍期限', children: `${data.restorationDeadline} 前（含）` },
                  { key: 'removal', label: '满 2 年除名提示', children: data.removalDueOn },
                ]
              : []),
            ...(lost
              ? [{ key: 'suspensionDueOn', label: '可停止党籍日期', children: data.suspensionDueOn }]
              : []),
          ]}
        />
        {manage && (
          <Flex gap={8} wrap>
            {!final && (
              <Button type="primary" onClick={() => setDialog('change')} data-testid="standing-change-open">
                记录党籍异动
              </Button>
            )}
            {data.standing === 'active' && !lost && (
              <Button onClick={() => setDialog('lost')} data-testid="lost-contact-open">
                登记失联
              </Button>
            )}
            {lost && (
              <>
                <Button onClick={() => setDialog('search')} data-testid="contact-search-open">
                  记录寻找情况
                </Button>
                <Button onClick={() => setDialog('regained')} data-testid="contact-regained-open">
                  恢复联系
                </Button>
              </>
            )}
          </Flex>
        )}
      </Flex>
      {final && (
        <Alert
          type="info"
          showIcon
          title="党籍已终止，不能再记录党籍异动；重新入党须从递交入党申请书开始"
          data-testid="standing-final"
        />
      )}
      {(lost || data.searches.length > 0) && <LostPanel view={data} />}
      <Typography.Title level={5} style={{ margin: 0 }}>
        党籍异动记录
      </Typography.Title>
      {data.changes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无党籍异动" />
      ) : (
        <Timeline
          data-testid="standing-changes"
          items={data.changes.map((c) => ({ key: c.eventId, content: <ChangeItem change={c} /> }))}
        />
      )}
      {dialog === 'change' && (
        <StandingChangeModal personId={person.id} standing={data.standing} onDone={done} onClose={close} />
      )}
      {dialog === 'lost' && <LostContactModal personId={person.id} onDone={done} onClose={close} />}
      {dialog === 'search' && <ContactSearchModal personId={person.id} onDone={done} onClose={close} />}
      {dialog === 'regained' && <ContactRegainedModal personId={person.id} onDone={done} onClose={close} />}
    </Flex>
  );
}
