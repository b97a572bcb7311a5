import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, Person, PersonEvent } from '@jiceng/core';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf } from '../../test/test-client';
import {
  createOrg,
  createPerson,
  personInput,
  sampleTree,
  signedInAs,
  uniqueIdNumber,
  type SampleTree,
} from '../../test/factories';

let t: TestApp;
let tree: SampleTree;
beforeAll(async () => {
  t = await startTestApp();
  tree = await sampleTree(t);
});
afterAll(async () => {
  await t?.close();
});

type Page = { items: Person[]; total: number };

describe('registering a person', () => {
  it('derives sex and birth date from the ID number and the stage from the dates', async () => {
    const person = await createPerson(t.admin, tree.branchX.id, {
      idNumber: '360426199101010071',
      applicationDate: '2009-03-01',
      admissionDate: '2010-07-01',
      conversionDate: '2011-07-01',
    });
    expect(person).toMatchObject({
      sex: 'male',
      birthDate: '1991-01-01',
      stage: 'full',
      applicationDate: '2009-03-01',
      admissionDate: '2010-07-01',
      conversionDate: '2011-07-01',
      idNumber: '3604**********0071',
      orgName: tree.branchX.name,
    });
    const events = await t.admin.get<PersonEvent[]>(`/api/persons/${person.id}/events`);
    expect(events.body.map((e) => e.type)).toEqual([
      'application_submitted',
      'admitted',
      'converted',
      'registered',
    ]);
  });

  it('refuses a sex that contradicts the ID number, naming the field', async () => {
    const response = await t.admin.post(
      '/api/persons',
      personInput(tree.branchX.id, { idNumber: uniqueIdNumber('male'), sex: 'female' }),
    );
    expect(response.status).toBe(422);
    expect(errorOf(response)).toMatchObject({
      field: 'sex',
      message: '性别与身份证号不符：身份证号显示为男',
    });
  });

  it('refuses a wrong check character with the expected one', async () => {
    const response = await t.admin.post(
      '/api/persons',
      personInput(tree.branchX.id, { idNumber: '360426199101010072' }),
    );
    expect(response.status).toBe(400);
    expect(errorOf(response).field).toBe('idNumber');
    expect(errorOf(response).message).toContain('最后一位应为 1');
  });

  it('refuses stage dates out of order', async () => {
    const response = await t.admin.post(
      '/api/persons',
      personInput(tree.branchX.id, { admissionDate: '2012-01-01', conversionDate: '2011-01-01' }),
    );
    expect(response.status).toBe(422);
    expect(errorOf(response).field).toBe('conversionDate');
  });

  it('places people only in branches, and groups only of that branch', async () => {
    const inCommittee = await t.admin.post('/api/persons', personInput(tree.township.id));
    expect(inCommittee.status).toBe(422);
    expect(errorOf(inCommittee).message).toContain('党支部');
    const wrongGroup = await t.admin.post(
      '/api/persons',
      personInput(tree.branchX.id, { groupId: tree.groupY.id }),
    );
    expect(wrongGroup.status).toBe(422);
    const rightGroup = await createPerson(t.admin, tree.branchX.id, { groupId: tree.groupX.id });
    expect(rightGroup.groupName).toBe(tree.groupX.name);
  });

  it('never stores the ID number or phone in clear', async () => {
    const idNumber = uniqueIdNumber('female', '1990-02-03');
    await createPerson(t.admin, tree.branchX.id, { idNumber, phone: '13912345678' });
    const dump = await t.database.db.execute(sql`SELECT row_to_json(p)::text AS j FROM persons p`);
    const audit = await t.database.db.execute(sql`SELECT summary::text AS j FROM audit_log`);
    const text = JSON.stringify([dump.rows, audit.rows]);
    expect(text).not.toContain(idNumber);
    expect(text).not.toContain('13912345678');
  });
});

describe('duplicate ID numbers', () => {
  it('name the holder to someone who can see them', async () => {
    const idNumber = uniqueIdNumber();
    const first = await createPerson(t.admin, tree.branchX.id, { idNumber });
    const again = await t.admin.post('/api/persons', personInput(tree.branchY.id, { idNumber }));
    expect(again.status).toBe(409);
    expect(errorOf(again).message).toBe(`该身份证号已登记：${first.name}（${tree.branchX.name}）`);
  });

  it('reveal nothing beyond "registered elsewhere" to someone outside', async () => {
    const idNumber = uniqueIdNumber();
    const hidden = await createPerson(t.admin, tree.branchY.id, { idNumber });
    const secretaryX = await signedInAs(t, 'branch_secretary', tree.branchX.id);
    const response = await secretaryX.post('/api/persons', personInput(tree.branchX.id, { idNumber }));
    expect(response.status).toBe(409);
    expect(errorOf(response).message).toBe('该身份证号已在其他组织登记');
    expect(JSON.stringify(response.body)).not.toContain(hidden.name);
  });
});

describe('the unmasked view', () => {
  it('shows the full numbers to those allowed and writes an audit row', async () => {
    const idNumber = uniqueIdNumber();
    const person = await createPerson(t.admin, tree.branchX.id, { idNumber, phone: '13700001111' });
    const secretary = await signedInAs(t, 'branch_secretary', tree.branchX.id);
    const full = await secretary.get<Person>(`/api/persons/${person.id}?unmasked=true`);
    expect(full.body.idNumber).toBe(idNumber);
    expect(full.body.phone).toBe('13700001111');
    const audit = await t.admin.get<{ items: AuditEntry[] }>(`/api/audit?action=person.unmasked_viewed`);
    expect(audit.body.items.some((e) => e.entityId === String(person.id))).toBe(true);
  });

  it('is refused to a branch officer, who sees masked numbers only', async () => {
    const person = await createPerson(t.admin, tree.branchX.id, { phone: '13700002222' });
    const officer = await signedInAs(t, 'branch_officer', tree.branchX.id);
    expect((await officer.get(`/api/persons/${person.id}?unmasked=true`)).status).toBe(403);
    const masked = await officer.get<Person>(`/api/persons/${person.id}`);
    expect(masked.body.phone).toBe('137****2222');
  });
});

describe('the list', () => {
  it('finds by name fragment, exact ID number and exact phone', async () => {
    const idNumber = uniqueIdNumber('female', '1996-08-08');
    const person = await createPerson(t.admin, tree.branchX.id, {
      name: '欧阳晓燕',
      idNumber,
      phone: '13655556666',
    });
    for (const q of ['晓燕', idNumber.toLowerCase(), '13655556666']) {
      const page = await t.admin.get<Page>(`/api/persons?q=${encodeURIComponent(q)}`);
      expect(
        page.body.items.map((p) => p.id),
        q,
      ).toEqual([person.id]);
    }
  });

  it('filters by subtree, stage, sex and age band, and counts the total', async () => {
    const county = await createOrg(t.admin, { parentId: null, kind: 'committee' });
    const branch = await createOrg(t.admin, { parentId: county.id, kind: 'branch' });
    await createPerson(t.admin, branch.id, {
      idNumber: uniqueIdNumber('female', '2000-01-01'),
      admissionDate: '2024-01-01',
      conversionDate: null,
    });
    await createPerson(t.admin, branch.id, { idNumber: uniqueIdNumber('male', '1960-01-01') });
    await createPerson(t.admin, branch.id, {
      idNumber: uniqueIdNumber('female', '1970-01-01'),
      admissionDate: null,
      conversionDate: null,
      applicationDate: '2020-01-01',
    });
    const all = await t.admin.get<Page>(`/api/persons?orgId=${county.id}`);
    expect(all.body.total).toBe(3);
    const members = await t.admin.get<Page>(`/api/persons?orgId=${county.id}&stage=probationary,full`);
    expect(members.body.total).toBe(2);
    const women = await t.admin.get<Page>(`/api/persons?orgId=${county.id}&sex=female`);
    expect(women.body.total).toBe(2);
    const young = await t.admin.get<Page>(`/api/persons?orgId=${county.id}&ageBand=le30`);
    expect(young.body.items.map((p) => p.birthDate)).toEqual(['2000-01-01']);
    const recent = await t.admin.get<Page>(`/api/persons?orgId=${county.id}&joinBand=since_2012_11`);
    expect(recent.body.total).toBe(1);
    const paged = await t.admin.get<Page>(`/api/persons?orgId=${county.id}&pageSize=2&page=2&sort=birthDate`);
    expect(paged.body.items.map((p) => p.birthDate)).toEqual(['2000-01-01']);
    expect(paged.body.total).toBe(3);
  });

  it('follows a branch that moves to another committee', async () => {
    const from = await createOrg(t.admin, { parentId: null, kind: 'committee' });
    const to = await createOrg(t.admin, { parentId: null, kind: 'committee' });
    const branch = await createOrg(t.admin, { parentId: from.id, kind: 'branch' });
    const person = await createPerson(t.admin, branch.id);
    await t.admin.post(`/api/orgs/${branch.id}/move`, { parentId: to.id });
    expect((await t.admin.get<Page>(`/api/persons?orgId=${from.id}`)).body.total).toBe(0);
    expect((await t.admin.get<Page>(`/api/persons?orgId=${to.id}`)).body.items.map((p) => p.id)).toEqual([
      person.id,
    ]);
  });

  it('shows a secretary only the people of the own branch', async () => {
    await createPerson(t.admin, tree.branchY.id, { name: '西街党员甲' });
    const secretary = await signedInAs(t, 'branch_secretary', tree.branchX.id);
    const page = await secretary.get<Page>('/api/persons?pageSize=200');
    expect(page.body.items.every((p) => p.orgId === tree.branchX.id)).toBe(true);
    expect(JSON.stringify(page.body)).not.toContain('西街党员甲');
  });

  it('refuses an unknown stage with a Chinese message', async () => {
    const response = await t.admin.get('/api/persons?stage=boss');
    expect(response.status).toBe(400);
  });
});

describe('editing', () => {
  it('changes fields, records before and after masked in the audit log', async () => {
    const person = await createPerson(t.admin, tree.branchX.id, { phone: '13800001234' });
    const updated = await t.admin.patch<Person>(`/api/persons/${person.id}`, {
      name: '改名后',
      phone: '13800005678',
    });
    expect(updated.status).toBe(200);
    expect(updated.body.name).toBe('改名后');
    const audit = await t.admin.get<{ items: AuditEntry[] }>(`/api/audit?action=person.updated`);
    const entry = audit.body.items.find((e) => e.entityId === String(person.id))!;
    expect(entry.summary).toEqual({
      before: { name: person.name, phone: '138****1234' },
      after: { name: '改名后', phone: '138****5678' },
    });
  });

  it('keeps the history append-only in the database', async () => {
    await expect(t.database.db.execute(sql`DELETE FROM person_events`)).rejects.toMatchObject({
      cause: expect.objectContaining({ message: 'person_events is append-only' }),
    });
  });
});
