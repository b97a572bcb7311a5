import { chinaToday, type PersonAwards, type SeniorityRuleView } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson } from '../test/factories';
import { startTestApp, type TestApp } from '../test/test-app';
import { loadDemoAwards } from './awards';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('the demo awards', () => {
  it('dates the village secretaries, so the seniority list and the allowances have them', async () => {
    const county = await createOrg(t.admin, { parentId: null, kind: 'committee' });
    const village = await createOrg(t.admin, { parentId: county.id, kind: 'branch', unitKind: 'village' });
    const secretary = await createPerson(t.admin, village.id, { name: '演示村支书' });
    const post = await t.admin.post(`/api/orgs/${village.id}/posts`, {
      post: 'secretary',
      personId: secretary.id,
    });
    expect(post.status).toBe(201);
    const today = chinaToday();
    const result = await t.database.db.transaction((tx) =>
      loadDemoAwards(tx, { id: county.id, path: `/${county.id}/`, name: county.name }, today),
    );
    expect(result.rows).toBeGreaterThan(0);
    const year = Number(today.slice(0, 4));
    const { rows } = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM cadre_allowances WHERE person_id = ${secretary.id} AND year = ${year - 1}`,
    );
    expect(rows[0]!.n).toBe(1);
    const profile = await t.admin.get<PersonAwards>(`/api/persons/${secretary.id}/awards`);
    // Started 1–18 years back on the 1st of a month: at least a year by 31 December.
    expect(profile.body.seniority.serviceYears).toBeGreaterThanOrEqual(1);
    const rule = await t.admin.get<SeniorityRuleView>(`/api/orgs/${village.id}/seniority-rule`);
    expect(rule.body.sourceOrgId).toBe(county.id);
  });
});
