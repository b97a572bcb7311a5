import { ArrowLeftOutlined } from '@ant-design/icons';
import type { Person } from '@jiceng/core';
import { Button, Card, Flex, Result, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiRequestError } from '../../api/client';
import { personsApi } from '../../api/persons';
import { useRequest } from '../../hooks/useRequest';
import { FullPageSpin } from '../../layout/FullPageSpin';
import { useSession } from '../../session/SessionContext';
import { orgLine } from './personFields';
import { PERSON_TABS } from './personTabs';
import { StageTag } from './StageTag';
import { StandingTag } from '../standing/StandingTag';

export default function PersonPage() {
  const params = useParams();
  const id = Number(params.id);
  const navigate = useNavigate();
  const { can } = useSession();
  const { data, error } = useRequest(() => personsApi.get(id), [id]);
  // An edit or an unmask replaces what was loaded, until another person is opened.
  const [shown, setShown] = useState<{ person: Person; unmasked: boolean }>();
  const current =
    shown?.person.id === id ? shown : data?.id === id ? { person: data, unmasked: false } : null;

  if (error) {
    const notFound = error instanceof ApiRequestError && error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={error instanceof Error ? error.message : '加载失败'}
        extra={
          <Link to="/persons">
            <Button>返回党员档案</Button>
          </Link>
        }
      />
    );
  }
  if (!current) return <FullPageSpin />;
  const { person, unmasked } = current;
  const tabs = PERSON_TABS.filter(
    (t) => (!t.permission || can(t.permission)) && (!t.visible || t.visible(person)),
  );
  // The tab named in the address when this person has it, else the first.
  const activeTab = tabs.find((t) => t.key === params.tab)?.key ?? tabs[0]?.key;
  const context = {
    person,
    unmasked,
    onPerson: (p: Person, u: boolean) => setShown({ person: p, unmasked: u }),
  };

  return (
    <Flex vertical gap={16} data-testid="person-page">
      <Link to="/persons" style={{ alignSelf: 'flex-start' }}>
        <ArrowLeftOutlined /> 党员档案
      </Link>
      <Flex vertical gap={4}>
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="person-title">
            {person.name}
          </Typography.Title>
          <StageTag stage={person.stage} />
          {person.standing !== 'active' && <StandingTag standing={person.standing} />}
        </Flex>
        <Typography.Text type="secondary">{orgLine(person)}</Typography.Text>
      </Flex>
      <Card size="small">
        <Tabs
          activeKey={activeTab}
          onChange={(key) => navigate(`/persons/${person.id}/${key}`, { replace: true })}
          items={tabs.map((tab) => ({
            key: tab.key,
            label: <span data-testid={`person-tab-${tab.key}`}>{tab.label}</span>,
            children: tab.render(context),
          }))}
        />
      </Card>
    </Flex>
  );
}
