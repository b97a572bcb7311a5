import type { Org, OrgSearchHit, OrgSummary } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { errorOf } from '../../test/test-client';
import { createOrg, createPerson, sampleTree, unique } from '../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function orgCount(): Promise<number> {
  const result = await t.database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM orgs`);
  return Number(result.rows[0]!.n);
}

describe('creating orgs', () => {
  it('builds a path from the parent and inherits the tenant', async () => {
    const tree = await sampleTree(t);
    expect(tree.branchX.path).toBe(`${tree.township.path}${tree.branchX.id}/`);
    expect(tree.groupX.depth).toBe(3);
    const [row] = (
      await t.database.db.execute<{ tenant_org_id: number }>(
        sql`SELECT tenant_org_id FROM orgs WHERE id = ${tree.groupX.id}`,
      )
    ).rows;
    expect(Number(row!.tenant_org_id)).toBe(tree.county.id);
  });

  it('gives village and community committees a five-year term and others three (org-life.md L11)', async () => {
    const county = await createOrg(t.admin, { parentId: null, kind: 'committee' });
    const village = await createOrg(t.admin, { parentId: county.id, kind: 'branch', unitKind: 'village' });
    const agency = await createOrg(t.admin, { parentId: county.id, kind: 'branch', unitKind: 'agency' });
    expect(village.termYears).toBe(5);
    expect(agency.termYears).toBe(3);
  });

  it('flags a term that ends within 90 days and one that has expired', async () => {
    const county = await createOrg(t.admin, { parentId: null, kind: 'committee' });
    const soon = await t.admin.post<Org>('/api/orgs', {
      parentId: county.id,
      kind: 'branch',
      name: unique('将届满支部'),
      termYears: 3,
      termStartedOn: new Date(Date.now() - (3 * 365 - 30) * 86400_000).toISOString().slice(0, 10),
    });
    expect(soon.body.termStatus).toBe('ending_soon');
    const expired = await t.admin.post<Org>('/api/orgs', {
      parentId: county.id,
      kind: 'branch',
      name: unique('已届满支部'),
      termYears: 3,
      termStartedOn: '2019-01-01',
    });
    expect(expired.body.termStatus).toBe('expired');
    expect(expired.body.termEndsOn).toBe('2021-12-31');
  });

  it('refuses a group directly under a committee and names the allowed parents', async () => {
    const county = await createOrg(t.admin, { parentId: null, kind: 'committee' });
    const before = await orgCount();
    const response = await t.admin.post('/api/orgs', {
      parentId: county.id,
      kind: 'group',
      name: '错位小组',
    });
    expect(response.status).toBe(422);
    expect(errorOf(response).field).toBe('parentId');
    expect(errorOf(response).message).toContain('党小组不能设在党委之下');
    expect(await orgCount()).toBe(before);
  });

  it('refuses a branch at the top of the tree', async () => {
    const response = await t.admin.post('/api/orgs', { parentId: null, kind: 'branch', name: '顶级支部' });
    expect(response.status).toBe(422);
  });

  it('refuses an unknown kind with a Chinese message naming the field', async () => {
    const response = await t.admin.post('/api/orgs', { parentId: null, kind: 'club', name: '俱乐部' });
    expect(response.status).toBe(400);
    expect(errorOf(response).field).toBe('kind');
    expect(errorOf(response).message).toContain('组织类别');
  });

  it('refuses an empty name and an over-long name', async () => {
    const empty = await t.admin.post('/api/orgs', { parentId: null, kind: 'committee', name: '   ' });
    expect(empty.status).toBe(400);
    expect(errorOf(empty).message).toBe('名称：不能为空');
    const long = await t.admin.post('/api/orgs', {
      parentId: null,
      kind: 'committee',
      name: '党'.repeat(101),
    });
    expect(long.status).toBe(400);
    expect(errorOf(long).field).toBe('name');
  });

  it('refuses malformed JSON, wrong types and unknown fields without writing', async () => {
    const before = await orgCount();
    const malformed = await t.admin.request('POST', '/api/orgs', '{"parentId": null, "kind": ');
    expect(malformed.status).toBe(400);
    expect(errorOf(malformed).code).toBe('invalid_json');
    const wrongType = await t.admin.post('/api/orgs', { parentId: 'one', kind: 'committee', name: '甲' });
    expect(wrongType.status).toBe(400);
    expect(errorOf(wrongType).field).toBe('parentId');
    const extra = await t.admin.post('/api/orgs', {
      parentId: null,
      kind: 'committee',
      name: '乙',
      boss: 'x',
    });
    expect(extra.status).toBe(400);
    expect(errorOf(extra).message).toContain('boss');
    expect(await orgCount()).toBe(before);
  });

  it('refuses a duplicate code among siblings but allows it under another parent', async () => {
    const tree = await sampleTree(t);
    const code = unique('C');
    await createOrg(t.admin, { parentId: tree.township.id, kind: 'branch', code });
    const clash = await t.admin.post('/api/orgs', {
      parentId: tree.township.id,
      kind: 'branch',
      name: unique('重复代码支部'),
      code,
    });
    expect(clash.status).toBe(409);
    expect(errorOf(clash).field).toBe('code');
    await createOrg(t.admin, { parentId: tree.county.id, kind: 'branch', code });
  });

  it('lets only committees and general branches hold the power to approve admissions', async () => {
    const county = await createOrg(t.admin, { parentId: null, kind: 'committee' });
    const branch = await t.admin.post('/api/orgs', {
      parentId: county.id,
      kind: 'branch',
      name: unique('支部'),
      mayApproveAdmissions: true,
    });
    expect(branch.status).toBe(422);
    const committee = await t.admin.post<Org>('/api/orgs', {
      parentId: county.id,
      kind: 'committee',
      name: unique('镇党委'),
      mayApproveAdmissions: true,
    });
    expect(committee.body.mayApproveAdmissions).toBe(true);
  });
});

describe('moving orgs', () => {
  it('moves a whole subtree in one step and keeps every path right', async () => {
    const tree = await sampleTree(t);
    const other = await createOrg(t.admin, { parentId: tree.county.id, kind: 'committee' });
    const moved = await t.admin.post<Org>(`/api/orgs/${tree.branchX.id}/move`, { parentId: other.id });
    expect(moved.status).toBe(200);
    expect(moved.body.path).toBe(`${other.path}${tree.branchX.id}/`);
    const group = await t.admin.get<{ org: Org }>(`/api/orgs/${tree.groupX.id}`);
    expect(group.body.org.path).toBe(`${other.path}${tree.branchX.id}/${tree.groupX.id}/`);
    expect(group.body.org.depth).toBe(tree.groupX.depth);
    const children = await t.admin.get<OrgSummary[]>(`/api/orgs/${tree.township.id}/children`);
    expect(children.body.map((c) => c.id)).toEqual([tree.branchY.id]);
  });

  it('counts the children of each org it lists', async () => {
    const tree = await sampleTree(t);
    const children = await t.admin.get<OrgSummary[]>(`/api/orgs/${tree.township.id}/children`);
    expect(children.body.map((c) => c.childCount)).toEqual([1, 1]);
    const detail = await t.admin.get<{ org: Org; children: OrgSummary[] }>(`/api/orgs/${tree.county.id}`);
    expect(detail.body.org.childCount).toBe(1);
    expect(detail.body.children[0]!.childCount).toBe(2);
  });

  it('refuses a move under the org itself or one of its descendants', async () => {
    const tree = await sampleTree(t);
    const underChild = await t.admin.post(`/api/orgs/${tree.township.id}/move`, {
      parentId: tree.branchX.id,
    });
    expect(underChild.status).toBe(422);
    expect(errorOf(underChild).message).toContain('下级组织');
    const underSelf = await t.admin.post(`/api/orgs/${tree.township.id}/move`, {
      parentId: tree.township.id,
    });
    expect(underSelf.status).toBe(422);
    const unchanged = await t.admin.get<{ org: Org }>(`/api/orgs/${tree.township.id}`);
    expect(unchanged.body.org.parentId).toBe(tree.county.id);
  });

  it('refuses a move that breaks the parent-kind rules', async () => {
    const tree = await sampleTree(t);
    const response = await t.admin.post(`/api/orgs/${tree.groupX.id}/move`, { parentId: tree.township.id });
    expect(response.status).toBe(422);
  });
});

describe('dissolving orgs', () => {
  it('refuses an org that still has children and says what is left', async () => {
    const tree = await sampleTree(t);
    const response = await t.admin.delete(`/api/orgs/${tree.township.id}`);
    expect(response.status).toBe(409);
    expect(errorOf(response).message).toContain('2 个下级组织');
  });

  it('dissolves an empty org, which then disappears from its parent', async () => {
    const tree = await sampleTree(t);
    expect((await t.admin.delete(`/api/orgs/${tree.groupY.id}`)).status).toBe(200);
    const children = await t.admin.get<OrgSummary[]>(`/api/orgs/${tree.branchY.id}/children`);
    expect(children.body).toEqual([]);
    expect((await t.admin.get(`/api/orgs/${tree.groupY.id}`)).status).toBe(404);
  });
});

describe('committee posts', () => {
  it('records posts by name and allows only one secretary at a time', async () => {
    const tree = await sampleTree(t);
    const first = await t.admin.post(`/api/orgs/${tree.branchX.id}/posts`, {
      post: 'secretary',
      holderName: '张三',
    });
    expect(first.status).toBe(201);
    const second = await t.admin.post(`/api/orgs/${tree.branchX.id}/posts`, {
      post: 'secretary',
      holderName: '李四',
    });
    expect(second.status).toBe(409);
    expect(errorOf(second).message).toContain('张三');
    const postId = (first.body as { id: number }).id;
    expect((await t.admin.delete(`/api/orgs/${tree.branchX.id}/posts/${postId}`)).status).toBe(200);
    const again = await t.admin.post(`/api/orgs/${tree.branchX.id}/posts`, {
      post: 'secretary',
      holderName: '李四',
    });
    expect(again.status).toBe(201);
    const detail = await t.admin.get<{ posts: { holderName: string }[] }>(`/api/orgs/${tree.branchX.id}`);
    expect(detail.body.posts.map((p) => p.holderName)).toEqual(['李四']);
  });
});

describe('posts held by people on record', () => {
  it('take the name from the person record', async () => {
    const tree = await sampleTree(t);
    const person = await createPerson(t.admin, tree.branchX.id, { name: '王书记' });
    const post = await t.admin.post<{ personId: number; holderName: string }>(
      `/api/orgs/${tree.branchX.id}/posts`,
      {
        post: 'secretary',
        personId: person.id,
      },
    );
    expect(post.status).toBe(201);
    expect(post.body).toMatchObject({ personId: person.id, holderName: '王书记' });
  });

  it('need a person or a name', async () => {
    const tree = await sampleTree(t);
    const response = await t.admin.post(`/api/orgs/${tree.branchX.id}/posts`, { post: 'secretary' });
    expect(response.status).toBe(400);
    expect(errorOf(response).field).toBe('holderName');
  });
});

describe('searching', () => {
  it('finds orgs by name inside a subtree only, with their path', async () => {
    const tree = await sampleTree(t);
    const elsewhere = await createOrg(t.admin, { parentId: null, kind: 'committee' });
    await createOrg(t.admin, { parentId: elsewhere.id, kind: 'branch', name: `${tree.branchX.name}外` });
    const response = await t.admin.get<OrgSearchHit[]>(
      `/api/orgs/search?q=${encodeURIComponent(tree.branchX.name)}&under=${tree.county.id}`,
    );
    expect(response.body.map((h) => h.id)).toEqual([tree.branchX.id]);
    expect(response.body[0]!.pathNames).toEqual([tree.county.name, tree.township.name, tree.branchX.name]);
  });

  it('treats % and _ in the query as plain characters', async () => {
    const response = await t.admin.get<OrgSearchHit[]>(`/api/orgs/search?q=${encodeURIComponent('%')}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual([]);
  });
});
