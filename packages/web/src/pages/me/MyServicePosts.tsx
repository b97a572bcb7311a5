import {
  chinaToday,
  type MyActivity,
  type MyServicePosts as View,
  type ServicePostClaim,
} from '@jiceng/core';
import { App, Button, Card, Flex, List, Popconfirm, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { myServicePostsApi } from '../../api/servicePosts';
import { useRequest } from '../../hooks/useRequest';
import { ClaimStateTag, HoursFormModal } from '../service-posts/ClaimsCard';

const small = { fontSize: 12 } as const;

function OpenPosts({ view, onChanged }: { view: View; onChanged: () => void }) {
  const { message } = App.useApp();
  const claim = async (postId: number, title: string) => {
    try {
      await myServicePostsApi.claim(postId);
      message.success(`已认领“${title}”，等待党支部审核`);
      onChanged();
    } catch (e) {
      message.error(e instanceof Error ? e.message : '认领失败');
    }
  };
  return (
    <List
      size="small"
      header={<Typography.Text strong>可认领的岗位</Typography.Text>}
      dataSource={view.posts}
      rowKey="id"
      locale={{ emptyText: '暂无可认领的岗位' }}
      data-testid="me-posts-open"
      renderItem={(p) => (
        <List.Item style={{ paddingInline: 0 }} data-testid={`me-post-${p.id}`}>
          <Flex justify="space-between" align="center" gap={8} style={{ width: '100%', minWidth: 0 }}>
            <Flex vertical style={{ minWidth: 0 }}>
              <Typography.Text style={{ overflowWrap: 'anywhere' }}>
                <Tag>{p.kindLabel}</Tag>
                {p.title}
              </Typography.Text>
              <Typography.Text type="secondary" style={small}>
                {p.orgName}
                {p.place ? ` · ${p.place}` : ''} · 剩余 {p.placesLeft} / {p.capacity} 个名额
              </Typography.Text>
            </Flex>
            {p.myClaimState === 'pending' || p.myClaimState === 'approved' ? (
              <ClaimStateTag state={p.myClaimState} />
            ) : (
              <Button
                type="primary"
                size="small"
                disabled={p.placesLeft === 0}
                onClick={() => void claim(p.id, p.title)}
                data-testid={`me-post-claim-${p.id}`}
              >
                认领
              </Button>
            )}
          </Flex>
        </List.Item>
      )}
    />
  );
}

function MyClaims({ view, onChanged }: { view: View; onChanged: () => void }) {
  const { message } = App.useApp();
  const [logging, setLogging] = useState<ServicePostClaim | null>(null);
  const withdraw = async (c: ServicePostClaim) => {
    try {
      await myServicePostsApi.withdraw(c.id);
      message.success('已撤回');
      onChanged();
    } catch (e) {
      message.error(e instanceof Error ? e.message : '撤回失败');
    }
  };
  if (view.claims.length === 0) return null;
  return (
    <>
      <List
        size="small"
        header={<Typography.Text strong>我认领的岗位</Typography.Text>}
        dataSource={view.claims}
        rowKey="id"
        data-testid="me-posts-claims"
        renderItem={(c) => (
          <List.Item style={{ paddingInline: 0 }} data-testid={`me-claim-${c.id}`}>
            <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
              <Flex justify="space-between" gap={8}>
                <Typography.Text style={{ overflowWrap: 'anywhere' }}>{c.postTitle}</Typography.Text>
                <ClaimStateTag state={c.state} />
              </Flex>
              <Typography.Text type="secondary" style={small}>
                已确认 {c.confirmedHours} 小时{c.pendingHours ? ` · 待确认 ${c.pendingHours} 小时` : ''}
              </Typography.Text>
              {c.state === 'refused' && (
                <Typography.Text type="danger" style={small}>
                  理由：{c.decisionReason}
                </Typography.Text>
              )}
              {(c.state === 'approved' || c.state === 'pending') && (
                <Flex gap={8}>
                  {c.state === 'approved' && (
                    <Button size="small" onClick={() => setLogging(c)} data-testid={`me-claim-hours-${c.id}`}>
                      登记时长
                    </Button>
                  )}
                  <Popconfirm title={`撤回对“${c.postTitle}”的认领？`} onConfirm={() => void withdraw(c)}>
                    <Button size="small" type="link" danger>
                      撤回
                    </Button>
                  </Popconfirm>
                </Flex>
              )}
            </Flex>
          </List.Item>
        )}
      />
      {logging && (
        <HoursFormModal
          title={`登记服务时长：${logging.postTitle}`}
          onSubmit={(input) => myServicePostsApi.logHours(logging.id, input)}
          onDone={() => (setLogging(null), onChanged())}
          onClose={() => setLogging(null)}
        />
      )}
    </>
  );
}

function Activity({ a, onChanged }: { a: MyActivity; onChanged: () => void }) {
  const { message } = App.useApp();
  const upcoming = a.heldOn > chinaToday();
  const act = async (signUp: boolean) => {
    try {
      await (signUp ? myServicePostsApi.signUp(a.id) : myServicePostsApi.cancelSignUp(a.id));
      message.success(signUp ? '已报名' : '已取消报名');
      onChanged();
    } catch (e) {
      message.error(e instanceof Error ? e.message : '操作失败');
    }
  };
  const full = a.capacity !== null && a.signupCount >= a.capacity;
  return (
    <List.Item style={{ paddingInline: 0 }} data-testid={`me-activity-${a.id}`}>
      <Flex justify="space-between" align="center" gap={8} style={{ width: '100%', minWidth: 0 }}>
        <Flex vertical style={{ minWidth: 0 }}>
          <Typography.Text style={{ overflowWrap: 'anywhere' }}>
            {a.heldOn} {a.title}
          </Typography.Text>
          <Typography.Text type="secondary" style={small}>
            {a.orgName} · {a.place} · 计 {a.hoursCredited} 小时
            {a.capacity ? ` · 已报 ${a.signupCount} / ${a.capacity}` : ''}
          </Typography.Text>
        </Flex>
        {a.state === 'cancelled' ? (
          <Tag>已取消</Tag>
        ) : upcoming ? (
          a.signedUp ? (
            <Button size="small" onClick={() => void act(false)} data-testid={`me-activity-cancel-${a.id}`}>
              取消报名
            </Button>
          ) : (
            <Button
              size="small"
              type="primary"
              disabled={full}
              onClick={() => void act(true)}
              data-testid={`me-activity-signup-${a.id}`}
            >
              {full ? '已报满' : '报名'}
            </Button>
          )
        ) : a.mark === 'present' ? (
          <Tag color="green">出席 {a.hours} 小时</Tag>
        ) : a.mark === 'absent' ? (
          <Tag>缺席</Tag>
        ) : (
          <Tag>{a.signedUp ? '已报名' : '未参加'}</Tag>
        )}
      </Flex>
    </List.Item>
  );
}

const SHOWN = 6;

/** The coming activities (the first few, all on request) and the past ones the member took part in. */
function Activities({ view, onChanged }: { view: View; onChanged: () => void }) {
  const [all, setAll] = useState(false);
  const today = chinaToday();
  const upcoming = view.activities.filter((a) => a.heldOn >= today);
  // A past date counts only if the member signed up or was marked: the rest is noise on a phone.
  const past = view.activities.filter((a) => a.heldOn < today && (a.signedUp || a.mark !== null)).reverse();
  const items = [...upcoming, ...past];
  return (
    <>
      <List
        size="small"
        header={<Typography.Text strong>近期活动</Typography.Text>}
        dataSource={all ? items : items.slice(0, SHOWN)}
        rowKey="id"
        locale={{ emptyText: '近期没有活动' }}
        data-testid="me-activities"
        renderItem={(a) => <Activity a={a} onChanged={onChanged} />}
      />
      {items.length > SHOWN && (
        <Button type="link" size="small" onClick={() => setAll(!all)} style={{ alignSelf: 'flex-start' }}>
          {all ? '收起' : `显示全部 ${items.length} 项`}
        </Button>
      )}
    </>
  );
}

/** The member's volunteer work on the phone: posts to claim, own claims and hours, activities to sign up for. */
export function MyServicePosts() {
  const { data, reload } = useRequest(() => myServicePostsApi.get(), []);
  if (!data) return null;
  return (
    <Card size="small" title="岗位与活动" data-testid="me-service-posts">
      <Flex vertical gap={8}>
        <Statistic
          title={`${chinaToday().slice(0, 4)} 年已确认志愿服务时长（小时）`}
          value={data.confirmedHoursThisYear}
          data-testid="me-service-hours"
        />
        <OpenPosts view={data} onChanged={reload} />
        <MyClaims view={data} onChanged={reload} />
        <Activities view={data} onChanged={reload} />
      </Flex>
    </Card>
  );
}
