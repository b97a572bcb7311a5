import {
  chinaToday,
  type MeetingDetail,
  type OrgPointsRulesView,
  type PersonPointsView,
  type PointsRule,
  type PointsRecomputeResult,
} from '@jiceng/core';
import type { TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { MINUTES, ok } from '../meetings/test-support';

export const today = chinaToday();
export const thisYear = Number(today.slice(0, 4));

/** A rule with the defaults' caps unless given. */
export function rule(partial: Partial<PointsRule> & Pick<PointsRule, 'source' | 'points'>): PointsRule {
  return { qualifier: null, monthlyCap: null, yearlyCap: null, childRange: null, ...partial };
}

export function putRules(client: TestClient, orgId: number, rules: PointsRule[]) {
  return client.request<OrgPointsRulesView>('PUT', `/api/orgs/${orgId}/points-rules`, { rules });
}

/**
 * A meeting of `orgId` (a general meeting unless another kind is given) held today, every expected attendee
 * marked, closed: attendance is final.
 */
export async function closedMeeting(
  client: TestClient,
  orgId: number,
  marks: Record<number, 'present' | 'absent'> = {},
  kind = 'general_meeting',
): Promise<MeetingDetail> {
  const meeting = ok(
    await client.post<MeetingDetail>('/api/meetings', {
      orgId,
      kind,
      title: '支部党员大会（积分测试）',
      plannedOn: today,
    }),
    201,
  );
  ok(await client.post(`/api/meetings/${meeting.id}/hold`, { heldOn: today }));
  ok(await client.request('PUT', `/api/meetings/${meeting.id}/minutes`, MINUTES));
  ok(
    await client.post(`/api/meetings/${meeting.id}/attendance`, {
      marks: meeting.attendees
        .filter((a) => a.expected)
        .map((a) => ({ personId: a.personId, mark: marks[a.personId] ?? 'present' })),
    }),
  );
  return ok(await client.post<MeetingDetail>(`/api/meetings/${meeting.id}/close`));
}

export async function recompute(client: TestClient, orgId: number, year = thisYear) {
  return ok(await client.post<PointsRecomputeResult>('/api/points/recompute', { orgId, year }));
}

export async function pointsOf(t: TestApp, personId: number, year = thisYear) {
  return ok(await t.admin.get<PersonPointsView>(`/api/persons/${personId}/points?year=${year}`));
}
