import {
  addDays,
  chinaToday,
  type Person,
  type PersonEvent,
  type StandingChangeInput,
  type StandingView,
} from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';

interface Refusal {
  error: { code: string; rule?: string; message: string; allowedFrom?: string; violations?: unknown[] };
}

let t: TestApp;
let tree: SampleTree;
let secretaryX: TestClient;
let secretaryY: TestClient;
const today = chinaToday();

beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
  secretaryX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
  secretaryY = await signedInAs(t, 'branch_secretary', tree.branchY.id);
});
afterAll(async () => {
  await t?.close();
});

const change = (client: TestClient, personId: number, input: StandingChangeInput) =>
  client.post<StandingView & Refusal>(`/api/persons/${personId}/standing-changes`, input);
const standingOf = async (personId: number) =>
  (await t.admin.get<StandingView>(`/api/persons/${personId}/standing`)).body;

/** What a refusal must leave untouched: the person's events, the row's derived columns, the audit log. */
async function snapshot(personId: number) {
  const { rows } = await t.database.db.execute<{ events: number; audits: number; row: string }>(sql`
    SELECT (SELECT count(*)::int FROM person_events WHERE person_id = ${personId}) AS events,
           (SELECT count(*)::int FROM audit_log WHERE entity_type = 'person'
              AND entity_id = ${String(personId)}) AS audits,
           (SELECT concat_ws('|', standing, standing_since, lost_since) FROM persons
              WHERE id = ${personId}) AS row`);
  return rows[0];
}

async function expectRefused(
  personId: number,
  attempt: () => Promise<{ status: number; body: unknown }>,
  expected: Record<string, unknown>,
) {
  const before = await snapshot(personId);
  const response = await attempt();
  expect(response.status, JSON.stringify(response.body)).toBe(422);
  expect((response.body as Refusal).error).toMatchObject(expected);
  expect(await snapshot(personId)).toEqual(before);
  return (response.body as Refusal).error;
}

const inList = async (personId: number, standing?: string) => {
  const query = `orgId=${tree.branchX.id}&pageSize=200${standing ? `&standing=${standing}` : ''}`;
  const list = await t.admin.get<{ items: Person[] }>(`/api/persons?${query}`);
  return list.body.items.some((p) => p.id === personId);
};

describe('recording a standing change', () => {
  const cases: [StandingChangeInput, StandingView['standing']][] = [
    [{ change: 'deceased', date: '2025-03-01', note: '病故' }, 'deceased'],
    [
      { change: 'expelled', date: '2025-03-01', decisionRef: '城纪〔2025〕3号', approvingOrgName: '县纪委' },
      'expelled',
    ],
    [{ change: 'withdrawn', date: '2025-03-01', decisionRef: '东支〔2025〕1号' }, 'withdrawn'],
    [
      {
        change: 'persuaded_out',
        date: '2025-03-01',
        decisionRef: '东支〔2025〕2号',
        approvingOrgName: '镇党委',
      },
      'persuaded_out',
    ],
    [
      { change: 'removed', date: '2025-03-01', decisionRef: '东支〔2025〕4号', approvingOrgName: '镇党委' },
      'removed',
    ],
  ];

  it.each(cases)(
    'records $change and moves the person off the default list, keeping history',
    async (input, after) => {
      const person = await createPerson(t.admin, tree.branchX.id);
      expect(await inList(person.id)).toBe(true);
      const response = await change(secretaryX, person.id, input);
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      expect(response.body).toMatchObject({ standing: after, standingSince: '2025-03-01' });
      expect(response.body.changes).toEqual([
        expect.objectContaining({
          change: input.change,
          date: '2025-03-01',
          decidingOrgId: tree.branchX.id,
          decisionRef: input.decisionRef ?? null,
          approvingOrgName: input.approvingOrgName ?? null,
        }),
      ]);

      const record = await t.admin.get<Person>(`/api/persons/${person.id}`);
      expect(record.status).toBe(200);
      expect(record.body).toMatchObject({ standing: after, standingSince: '2025-03-01', stage: 'full' });
      expect(await inList(person.id)).toBe(false);
      expect(await inList(person.id, 'left')).toBe(true);
      expect(await inList(person.id, 'all')).toBe(true);
      const events = await t.admin.get<PersonEvent[]>(`/api/persons/${person.id}/events`);
      expect(events.body.map((e) => e.type)).toContain('standing_changed');
      const audit = await snapshot(person.id);
      expect(audit!.audits).toBeGreaterThanOrEqual(1);
    },
  );

  it('suspends and restores, the person leaving and rejoining the counted list', async () => {
    const person = await createPerson(t.admin, tree.branchX.id);
    const suspended = await change(secretaryX, person.id, {
      change: 'suspended_standing',
      date: '2025-01-10',
      decisionRef: '东支〔2025〕5号',
      note: '私自出国定居（T13）',
    });
    expect(suspended.status, JSON.stringify(suspended.body)).toBe(201);
    expect(suspended.body).toMatchObject({
      standing: 'suspended',
      suspendedOn: '2025-01-10',
      restorationDeadline: '2027-01-09',
      removalDueOn: '2027-01-10',
    });
    expect(await inList(person.id)).toBe(false);
    expect(await inList(person.id, 'suspended')).toBe(true);

    const restored = await change(secretaryX, person.id, {
      change: 'restored',
      date: '2025-06-01',
      decisionRef: '东支〔2025〕9号',
    });
    expect(restored.status, JSON.stringify(restored.body)).toBe(201);
    expect(restored.body).toMatchObject({
      standing: 'active',
      standingSince: '2025-06-01',
      suspendedOn: null,
    });
    expect(restored.body.changes.map((c) => c.change)).toEqual(['suspended_standing', 'restored']);
    expect(await inList(person.id)).toBe(true);
  });

  it('refuses every change after death, writing nothing', async () => {
    const person = await createPerson(t.admin, tree.branchX.id);
    expect((await change(secretaryX, person.id, { change: 'deceased', date: '2025-02-01' })).status).toBe(
      201,
    );
    for (const input of [
      { change: 'deceased', date: '2025-03-01' },
      { change: 'suspended_standing', date: '2025-03-01', decisionRef: 'x' },
      { change: 'restored', date: '2025-03-01', decisionRef: 'x' },
      { change: 'removed', date: '2025-03-01', decisionRef: 'x', approvingOrgName: '镇党委' },
    ] as StandingChangeInput[]) {
      const error = await expectRefused(person.id, () => change(secretaryX, person.id, input), {
        code: 'rule_violated',
        rule: 'transfers.md T15',
      });
      expect(error.message).toContain('已去世');
    }
    await expectRefused(
      person.id,
      () => secretaryX.post(`/api/persons/${person.id}/lost-contact`, { since: '2025-03-01' }),
      { rule: 'transfers.md T10' },
    );
  });

  it('returns every violation at once and writes nothing', async () => {
    const person = await createPerson(t.admin, tree.branchX.id);
    const error = await expectRefused(
      person.id,
      () => change(secretaryX, person.id, { change: 'expelled', date: addDays(today, 1) }),
      { rule: 'transfers.md T15', field: 'date' },
    );
    expect(error.violations).toEqual([
      expect.objectContaining({ field: 'date' }),
      expect.objectContaining({ field: 'decisionRef' }),
      expect.objectContaining({ field: 'approvingOrgName' }),
    ]);
  });

  it('sends a cancelled probation to the development process (D19)', async () => {
    const person = await createPerson(t.admin, tree.branchX.id, {
      conversionDate: null,
      admissionDate: '2025-06-01',
    });
    const error = await expectRefused(
      person.id,
      () =>
        change(secretaryX, person.id, {
          change: 'probation_cancelled',
          date: '2025-09-01',
          decisionRef: 'x',
          approvingOrgName: '镇党委',
        }),
      { rule: 'development.md D19', field: 'change' },
    );
    expect(error.message).toContain('发展党员');
  });

  it('refuses a person who is not a member', async () => {
    const applicant = await createPerson(t.admin, tree.branchX.id, {
      applicationDate: '2024-01-01',
      admissionDate: null,
      conversionDate: null,
    });
    expect(applicant.stage).toBe('applicant');
    const error = await expectRefused(
      applicant.id,
      () => change(secretaryX, applicant.id, { change: 'deceased', date: '2025-01-01' }),
      { rule: 'transfers.md T15', field: 'change' },
    );
    expect(error.message).toContain('不是党员');
    await expectRefused(
      applicant.id,
      () => secretaryX.post(`/api/persons/${applicant.id}/lost-contact`, { since: '2025-01-01' }),
      { rule: 'transfers.md T10' },
    );
  });

  it('refuses a deciding org that is not the person’s org or above it', async () => {
    const person = await createPerson(t.admin, tree.branchX.id);
    const response = await change(t.admin, person.id, {
      change: 'deceased',
      date: '2025-01-01',
      decidingOrgId: tree.branchY.id,
    });
    expect(response.status).toBe(400);
    const above = await change(t.admin, person.id, {
      change: 'withdrawn',
      date: '2025-01-01',
      decidingOrgId: tree.township.id,
      decisionRef: '城委〔2025〕1号',
    });
    expect(above.status, JSON.stringify(above.body)).toBe(201);
    expect(above.body.changes[0]).toMatchObject({
      decidingOrgId: tree.township.id,
      decidingOrgName: tree.township.name,
    });
  });
});

describe('restoration within two years (T12)', () => {
  const suspendOn = async (date: string) => {
    const person = await createPerson(t.admin, tree.branchX.id);
    const response = await change(secretaryX, person.id, {
      change: 'suspended_standing',
      date,
      decisionRef: '东支〔2022〕1号',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return person;
  };

  it('is allowed on the last day, the day before the second anniversary', async () => {
    const person = await suspendOn('2022-03-10');
    expect((await standingOf(person.id)).restorationDeadline).toBe('2024-03-09');
    const response = await change(secretaryX, person.id, {
      change: 'restored',
      date: '2024-03-09',
      decisionRef: '东支〔2024〕1号',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.standing).toBe('active');
  });

  it('is refused the day after, naming T12 and the deadline', async () => {
    const person = await suspendOn('2022-03-10');
    const error = await expectRefused(
      person.id,
      () =>
        change(secretaryX, person.id, {
          change: 'restored',
          date: '2024-03-10',
          decisionRef: '东支〔2024〕2号',
        }),
      { rule: 'transfers.md T12', field: 'date' },
    );
    expect(error.message).toContain('2024-03-09');
  });
});

describe('lost contact (T10)', () => {
  const lose = async (since: string) => {
    const person = await createPerson(t.admin, tree.branchX.id);
    const response = await secretaryX.post<StandingView>(`/api/persons/${person.id}/lost-contact`, {
      since,
      note: '电话停机，住址无人',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({ lostSince: since, lostNote: '电话停机，住址无人' });
    return person;
  };
  const search = (personId: number, date: string) =>
    secretaryX.post<StandingView>(`/api/persons/${personId}/contact-searches`, {
      date,
      method: '电话、走访原住址',
      result: '未找到本人',
    });
  const suspend = (personId: number, date: string) =>
    change(secretaryX, personId, { change: 'suspended_standing', date, decisionRef: '东支〔2025〕7号' });

  it('refuses the suspension before six months with allowedFrom, and allows it after with a search', async () => {
    const person = await lose('2024-08-31');
    expect((await standingOf(person.id)).suspensionDueOn).toBe('2025-02-28');
    const searched = await search(person.id, '2024-10-01');
    expect(searched.status, JSON.stringify(searched.body)).toBe(201);
    expect(searched.body.searches).toEqual([
      expect.objectContaining({ date: '2024-10-01', method: '电话、走访原住址', result: '未找到本人' }),
    ]);

    const error = await expectRefused(person.id, () => suspend(person.id, '2025-02-27'), {
      rule: 'transfers.md T10',
      field: 'date',
      allowedFrom: '2025-02-28',
    });
    expect(error.violations).toHaveLength(1);

    const response = await suspend(person.id, '2025-02-28');
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({
      standing: 'suspended',
      lostSince: null,
      suspendedOn: '2025-02-28',
    });
    const record = (await t.admin.get<Person>(`/api/persons/${person.id}`)).body;
    expect(record).toMatchObject({ standing: 'suspended', lostSince: null });
  });

  it('refuses the suspension without a recorded search', async () => {
    const person = await lose('2024-01-15');
    await expectRefused(person.id, () => suspend(person.id, '2025-01-15'), {
      rule: 'transfers.md T10',
      field: 'searches',
    });
  });

  it('ends with a restoration: the member is not counted as lost again', async () => {
    const person = await lose('2023-01-15');
    expect((await search(person.id, '2023-03-01')).status).toBe(201);
    expect((await suspend(person.id, '2023-08-01')).status).toBe(201);
    const restored = await change(secretaryX, person.id, {
      change: 'restored',
      date: '2024-05-01',
      decisionRef: '东支〔2024〕3号',
    });
    expect(restored.status, JSON.stringify(restored.body)).toBe(201);
    expect(restored.body).toMatchObject({ standing: 'active', lostSince: null });
    expect((await t.admin.get<Person>(`/api/persons/${person.id}`)).body.lostSince).toBeNull();
  });

  it('takes searches and a regained contact only while lost, and not twice', async () => {
    const person = await createPerson(t.admin, tree.branchX.id);
    await expectRefused(person.id, () => search(person.id, '2025-01-01'), { rule: 'transfers.md T10' });
    await expectRefused(
      person.id,
      () => secretaryX.post(`/api/persons/${person.id}/contact-regained`, { date: '2025-01-01' }),
      { rule: 'transfers.md T10' },
    );
    await lose2(person.id, '2025-01-01');
    await expectRefused(
      person.id,
      () => secretaryX.post(`/api/persons/${person.id}/lost-contact`, { since: '2025-02-01' }),
      { rule: 'transfers.md T10' },
    );
    await expectRefused(person.id, () => search(person.id, '2024-12-31'), {
      field: 'date',
      allowedFrom: '2025-01-01',
    });
    await expectRefused(person.id, () => search(person.id, addDays(today, 1)), { field: 'date' });
    const regained = await secretaryX.post<StandingView>(`/api/persons/${person.id}/contact-regained`, {
      date: '2025-03-01',
    });
    expect(regained.status, JSON.stringify(regained.body)).toBe(201);
    expect(regained.body).toMatchObject({ lostSince: null, suspensionDueOn: null });
    // A new lost period cannot start before the contact regained.
    await expectRefused(
      person.id,
      () => secretaryX.post(`/api/persons/${person.id}/lost-contact`, { since: '2025-02-01' }),
      { field: 'since', allowedFrom: '2025-03-01' },
    );
  });

  async function lose2(personId: number, since: string) {
    const response = await secretaryX.post(`/api/persons/${personId}/lost-contact`, { since });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
  }
});

describe('reach', () => {
  it('answers 404 to a branch secretary of Y acting on X’s person, writing nothing', async () => {
    const person = await createPerson(t.admin, tree.branchX.id);
    const before = await snapshot(person.id);
    expect((await secretaryY.get(`/api/persons/${person.id}/standing`)).status).toBe(404);
    const writes = [
      change(secretaryY, person.id, { change: 'deceased', date: '2025-01-01' }),
      secretaryY.post(`/api/persons/${person.id}/lost-contact`, { since: '2025-01-01' }),
      secretaryY.post(`/api/persons/${person.id}/contact-searches`, {
        date: '2025-01-01',
        method: '电话',
        result: '未接',
      }),
      secretaryY.post(`/api/persons/${person.id}/contact-regained`, { date: '2025-01-01' }),
    ];
    for (const response of await Promise.all(writes)) expect(response.status).toBe(404);
    expect(await snapshot(person.id)).toEqual(before);
  });

  it('refuses a member account (403)', async () => {
    const member = await signedInAs(t, 'member', tree.branchX.id);
    const person = await createPerson(t.admin, tree.branchX.id);
    expect((await change(member, person.id, { change: 'deceased', date: '2025-01-01' })).status).toBe(403);
  });
});
