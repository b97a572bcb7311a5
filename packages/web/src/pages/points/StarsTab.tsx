import { App, Alert, Button, Flex, Popconfirm, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { starsApi } from '../../api/stars';
import { testId } from '../../forms/testId';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { OrgPicker } from '../orgs/OrgPicker';
import { StarSettingsCard } from './StarSettingsCard';
import { StarsTable } from './StarsTable';
import { STAR_YEAR_OPTIONS, THIS_YEAR } from './starYears';
import { StarText } from './StarText';

/** 星级评定: an org's members with the year's stars, the thresholds in force, confirmation and the board. */
export function StarsTab() {
  const { can } = useSession();
  const { message } = App.useApp();
  const [orgId, setOrgId] = useState<number | null>(null);
  const [year, setYear] = useState(THIS_YEAR - 1);
  const [confirming, setConfirming] = useState(false);
  const settings = useRequest(() => (orgId ? starsApi.settings(orgId) : Promise.resolve(undefined)), [orgId]);
  const list = useRequest(
    () => (orgId ? starsApi.list(orgId, year) : Promise.resolve(undefined)),
    [orgId, year],
  );
  const members = list.data?.members ?? [];
  const isBranch = list.data?.orgKind === 'branch' || list.data?.orgKind === 'joint_branch';
  const canManage = can('points.manage');
  const error: unknown = settings.error ?? list.error;

  const confirm = async () => {
    if (!orgId) return;
    setConfirming(true);
    try {
      const result = await starsApi.confirm(orgId, year);
      message.success(
        `已确认 ${result.confirmed} 名党员的 ${year} 年度星级${result.changed ? `，其中 ${result.changed} 名与上次确认不同` : ''}`,
      );
      list.reload();
    } catch (error) {
      message.error(error instanceof Error ? error.message : '确认失败');
    } finally {
      setConfirming(false);
    }
  };

  return (
    <Flex vertical gap={16} data-testid="points-stars">
      <Flex gap={8} wrap>
        <div style={{ flex: '1 1 280px', maxWidth: 460 }}>
          <OrgPicker value={orgId} onChange={setOrgId} placeholder="选择党组织" data-testid="stars-org" />
        </div>
        <Select
          value={year}
          onChange={setYear}
          options={STAR_YEAR_OPTIONS}
          style={{ width: 130 }}
          aria-label="评定年度"
          data-testid="stars-year"
        />
      </Flex>
      {!orgId && (
        <Typography.Text type="secondary">
          选择党组织和年度后，按全年积分和民主评议等次评定党员星级（一至五星）。
        </Typography.Text>
      )}
      {error !== undefined && (
        <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
      )}
      {settings.data && (
        <StarSettingsCard
          settings={settings.data}
          canManage={canManage}
          onSaved={() => {
            settings.reload();
            list.reload();
          }}
        />
      )}
      {orgId && list.loading && !list.data && <Skeleton active />}
      {list.data && (
        <>
          <Flex gap={12} wrap align="center" justify="space-between">
            <Flex gap={16} wrap data-testid="stars-counts">
              {[5, 4, 3, 2, 1].map((s) => (
                <span key={s}>
                  <StarText stars={s} /> {members.filter((m) => m.rating.stars === s).length} 人
                </span>
              ))}
            </Flex>
            <Flex gap={8} wrap>
              {isBranch && (
                <Link to={`/points/board/${list.data.orgId}?year=${year}`} data-testid="stars-board-link">
                  <Button>查看公示栏</Button>
                </Link>
              )}
              {canManage && members.length > 0 && (
                <Popconfirm
                  title={`确认 ${year} 年度星级？`}
                  description="按当前积分和评议等次计算并保存；已确认过的将重新计算。"
                  okText="确认"
                  cancelText="取消"
                  onConfirm={confirm}
                  okButtonProps={testId('stars-confirm-ok')}
                >
                  <Button type="primary" loading={confirming} data-testid="stars-confirm">
                    确认年度星级
                  </Button>
                </Popconfirm>
              )}
            </Flex>
          </Flex>
          <StarsTable members={members} showOrg={!isBranch} />
        </>
      )}
    </Flex>
  );
}
