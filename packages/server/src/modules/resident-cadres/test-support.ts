import { addDays, chinaToday, type Org } from '@jiceng/core';
import { expect } from 'vitest';
import { createOrg, sampleTree, signedInAs, type SampleTree } from '../../test/factories';
import type { TestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';

export const today = chinaToday();
export const daysAgo = (n: number) => addDays(today, -n);

export interface CadreFixture {
  tree: SampleTree;
  /** A second township beside tree.township, with its own village. */
  township2: Org;
  village: Org;
  village2: Org;
  otherVillage: Org;
  staff: TestClient;
  staff2: TestClient;
  villageSecretary: TestClient;
}

/** County → township (two villages) and township 2 (one village), with staff at each township. */
export async function cadreFixture(t: TestApp): Promise<CadreFixture> {
  const tree = await sampleTree(t);
  const township2 = await createOrg(t.admin, { parentId: tree.county.id, kind: 'committee' });
  const village = await createOrg(t.admin, {
    parentId: tree.township.id,
    kind: 'branch',
    unitKind: 'village',
  });
  const village2 = await createOrg(t.admin, {
    parentId: tree.township.id,
    kind: 'branch',
    unitKind: 'village',
  });
  const otherVillage = await createOrg(t.admin, {
    parentId: township2.id,
    kind: 'branch',
    unitKind: 'village',
  });
  return {
    tree,
    township2,
    village,
    village2,
    otherVillage,
    staff: await signedInAs(t, 'org_staff', tree.township.id),
    staff2: await signedInAs(t, 'org_staff', township2.id),
    villageSecretary: await signedInAs(t, 'branch_secretary', village.id),
  };
}

let cadreSequence = 0;
/** An outside cadre's assignment body; each call a different cadre unless a name is given. */
export function outsideCadre(
  villageOrgId: number,
  dispatchedByOrgId: number,
  extra: Record<string, unknown> = {},
) {
  cadreSequence += 1;
  return {
    name: `驻村干部${cadreSequence}`,
    workUnit: '县农业农村局',
    post: '科员',
    phone: `139${String(10_000_000 + cadreSequence).slice(-8)}`,
    villageOrgId,
    mode: 'stationed',
    firstSecretary: false,
    dispatchedByOrgId,
    from: daysAgo(200),
    ...extra,
  };
}

export async function assign<T>(client: TestClient, body: Record<string, unknown>): Promise<T> {
  const response = await client.post<T>('/api/resident-cadres', body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}
