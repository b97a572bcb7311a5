import type { MeetingDetail, Org, Person } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf, type TestClient } from '../../test/test-client';
import { closedMeeting, pointsOf, today } from '../points/test-support';
import { footprint, MINUTES, ok } from './test-support';

let t: TestApp;
let tree: SampleTree;
let secretary: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  secretary = await signedInAs(t, 'branch_secretary', tree.township.id);
});
afterAll(async () => {
  await t?.close();
});

/** A fresh branch with its own full members, so each test's marks and points are its own. */
async function branchWith(count: number): Promise<{ org: Org; members: Person[] }> {
  const org = await createOrg(t.admin, { parentId: tree.township.id, kind: 'branch' });
  const members: Person[] = [];
  for (let i = 0; i < count; i += 1) members.push(await createPerson(t.admin, org.id));
  return { org, members };
}

function amend(meetingId: number, body: Record<string, unknown>, client = secretary) {
  return client.post<MeetingDetail>(`/api/meetings/${meetingId}/amendments`, body);
}

const markOf = (meeting: MeetingDetail, personId: number) =>
  meeting.attendees.find((a) => a.personId === personId);

describe('amending the attendance of a closed meeting', () => {
  it('keeps an absent → present correction with its reason, the marks before and after, and a new hash', async () => {
    const { org, members } = await branchWith(2);
    const member = members[1]!;
    const closed = await closedMeeting(secretary, org.id, { [member.id]: 'absent' });
    const amended = ok(
      await amend(closed.id, {
        reason: '签到表漏记',
        attendance: [{ personId: member.id, mark: 'present' }],
      }),
      201,
    );
    expect(markOf(amended, member.id)).toMatchObject({ mark: 'present', markedVia: 'amendment' });
    expect(amended.presentCount).toBe(2);
    expect(amended.amendments).toEqual([
      expect.objectContaining({
        reason: '签到表漏记',
        before: { attendance: [{ personId: member.id, name: member.name, mark: 'absent', reason: null }] },
        after: { attendance: [{ personId: member.id, name: member.name, mark: 'present', reason: null }] },
      }),
    ]);
    expect(amended.minutesHash).toMatch(/^[0-9a-f]{64}$/);
    expect(amended.minutesHash).not.toBe(closed.minutesHash);
    const audit = ok(
      await t.admin.get<{ items: { entityId: string; summary: Record<string, unknown> }[] }>(
        '/api/audit?action=meeting.amended',
      ),
    );
    expect(audit.items.find((a) => a.entityId === String(closed.id))?.summary).toMatchObject({
      reason: '签到表漏记',
      previousHash: closed.minutesHash,
      minutesHash: amended.minutesHash,
      after: { attendance: [expect.objectContaining({ personId: member.id, mark: 'present' })] },
    });
  });

  it('keeps the reason of a member corrected to excused', async () => {
    const { org, members } = await branchWith(1);
    const closed = await closedMeeting(secretary, org.id);
    const amended = ok(
      await amend(closed.id, {
        reason: '当日已请假',
        attendance: [{ personId: members[0]!.id, mark: 'excused', reason: '外出务工' }],
      }),
      201,
    );
    expect(markOf(amended, members[0]!.id)).toMatchObject({ mark: 'excused', reason: '外出务工' });
  });

  it('gives the member the points of the meeting at once, and takes them away when amended back to absent', async () => {
    const { org, members } = await branchWith(2);
    const member = members[1]!;
    const closed = await closedMeeting(secretary, org.id, { [member.id]: 'absent' });
    expect((await pointsOf(t, member.id)).entries).toEqual([]);

    ok(
      await amend(closed.id, {
        reason: '签到表漏记',
        attendance: [{ personId: member.id, mark: 'present' }],
      }),
      201,
    );
    const earned = await pointsOf(t, member.id);
    expect(earned.total).toBe(2);
    expect(earned.entries).toEqual([
      expect.objectContaining({ source: 'meeting_attendance', refType: 'meeting', refId: closed.id }),
    ]);

    ok(
      await amend(closed.id, {
        reason: '核实后确未到会',
        attendance: [{ personId: member.id, mark: 'absent' }],
      }),
      201,
    );
    const after = await pointsOf(t, member.id);
    expect(after.total).toBe(0);
    expect(after.entries).toEqual([]);
  });

  it('changes only the marks that differ and leaves the rest as they were', async () => {
    const { org, members } = await branchWith(2);
    const [same, changed] = [members[0]!, members[1]!];
    const closed = await closedMeeting(secretary, org.id);
    const amended = ok(
      await amend(closed.id, {
        reason: '核对签到表',
        attendance: [
          { personId: same.id, mark: 'present' },
          { personId: changed.id, mark: 'absent' },
        ],
      }),
      201,
    );
    expect(amended.amendments[0]!.after).toEqual({
      attendance: [{ personId: changed.id, name: changed.name, mark: 'absent', reason: null }],
    });
    expect(markOf(amended, same.id)).toEqual(markOf(closed, same.id));
  });
});

describe('refusals leave the meeting as it was', () => {
  it('refuses a person not on the meeting’s list, naming the person and the field', async () => {
    const { org } = await branchWith(1);
    const closed = await closedMeeting(secretary, org.id);
    const outsider = await createPerson(t.admin, org.id);
    const before = await footprint(t, closed.id);
    const response = await amend(closed.id, {
      reason: '补登',
      attendance: [{ personId: outsider.id, mark: 'present' }],
    });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ field: 'attendance.0.personId', rule: 'org-life.md L3' });
    expect(errorOf(response).message).toContain(`编号 ${outsider.id}`);
    expect(await footprint(t, closed.id)).toEqual(before);
    expect((await pointsOf(t, outsider.id)).entries).toEqual([]);
  });

  it('refuses an excused mark without a reason', async () => {
    const { org, members } = await branchWith(1);
    const closed = await closedMeeting(secretary, org.id);
    const before = await footprint(t, closed.id);
    const response = await amend(closed.id, {
      reason: '当日已请假',
      attendance: [{ personId: members[0]!.id, mark: 'excused' }],
    });
    expect(response.status).toBe(400);
    expect(errorOf(response).field).toBe('attendance.0.reason');
    expect(await footprint(t, closed.id)).toEqual(before);
  });

  it('refuses marks identical to the record', async () => {
    const { org, members } = await branchWith(1);
    const closed = await closedMeeting(secretary, org.id);
    const before = await footprint(t, closed.id);
    const response = await amend(closed.id, {
      reason: '核对',
      attendance: [{ personId: members[0]!.id, mark: 'present' }],
    });
    expect(response.status).toBe(409);
    expect(errorOf(response)).toMatchObject({ message: '更正内容与原记录相同', field: 'attendance' });
    expect(await footprint(t, closed.id)).toEqual(before);
  });

  it('refuses a correction that leaves a recorded vote without its quorum, naming the rule', async () => {
    const { org, members } = await branchWith(3);
    const vote = { entitled: 3, present: 2, for: 2, against: 0, abstain: 0 };
    const meeting = ok(
      await secretary.post<MeetingDetail>('/api/meetings', {
        orgId: org.id,
        kind: 'general_meeting',
        title: '支部党员大会（表决）',
        plannedOn: today,
      }),
      201,
    );
    ok(await secretary.post(`/api/meetings/${meeting.id}/hold`, { heldOn: today }));
    ok(await secretary.request('PUT', `/api/meetings/${meeting.id}/minutes`, { ...MINUTES, vote }));
    const marks = members.map((m, i) => ({ personId: m.id, mark: i === 2 ? 'absent' : 'present' }));
    ok(await secretary.post(`/api/meetings/${meeting.id}/attendance`, { marks }));
    ok(await secretary.post(`/api/meetings/${meeting.id}/close`));
    const before = await footprint(t, meeting.id);

    const response = await amend(meeting.id, {
      reason: '核对签到表',
      attendance: [{ personId: members[0]!.id, mark: 'absent' }],
    });
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({ rule: 'org-life.md L2', field: 'minutes.vote' });
    expect(await footprint(t, meeting.id)).toEqual(before);
    expect((await pointsOf(t, members[0]!.id)).entries).toEqual([]);
  });

  it('lets no secretary of another branch amend the attendance', async () => {
    const { org, members } = await branchWith(1);
    const closed = await closedMeeting(secretary, org.id);
    const before = await footprint(t, closed.id);
    const other = await signedInAs(t, 'branch_secretary', tree.branchY.id);
    const response = await amend(
      closed.id,
      { reason: '越权更正', attendance: [{ personId: members[0]!.id, mark: 'absent' }] },
      other,
    );
    expect(response.status).toBe(404);
    expect(await footprint(t, closed.id)).toEqual(before);
  });
});
