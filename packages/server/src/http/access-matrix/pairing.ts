import { addDays, chinaToday } from '@jiceng/core';
import { expect } from 'vitest';
import type { TestResponse } from '../../test/test-client';
import { MEMBER_Y_LOGIN, type Case, type ModuleMatrix } from './types';

/**
 * 结对帮扶 (modules/pairing): a household of village Y that consented, paired with Y's member (personY), a
 * visit Y's member logged, and Y's 互助金 (a contribution and a grant to the household). X's actors must get
 * 404 on all of it (outside their service reach); the lists are asked of the township, whose subtree holds
 * Y's household, so a list that forgot the reach check would name branch Y (the household's org) or
 * Y's member (its helper) and count Y's household or visit.
 *
 * Coverage and the visits export are checked as targets on branch Y instead: coverage answers with a
 * `total` object (figures, not a count the matrix could read), and the export is a compressed workbook
 * the matrix cannot search for names; both must refuse an org outside the reach with 404.
 */
const today = chinaToday();
const daysAgo = (n: number) => addDays(today, -n);

const householdFields = {
  headName: '越权户主',
  address: '越权地址',
  peopleCount: 2,
  situations: ['subsistence'],
};
const visitFields = {
  visitedOn: daysAgo(5),
  notes: '越权走访',
  helpKinds: ['condolence'],
};

const cases: Record<string, Case> = {
  'POST /api/pairing/households': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/pairing/households',
      body: { ...householdFields, orgId: f.tree.branchY.id },
    }),
  },
  'GET /api/pairing/households': {
    kind: 'list',
    sibling: (f) => ({
      method: 'GET',
      path: `/api/pairing/households?orgId=${f.tree.township.id}&status=all`,
    }),
  },
  'GET /api/pairing/households/:id': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/pairing/households/${f.extra.householdY!}` }),
  },
  'PATCH /api/pairing/households/:id': {
    kind: 'target',
    sibling: (f) => ({
      method: 'PATCH',
      path: `/api/pairing/households/${f.extra.householdY!}`,
      body: { headName: '越权改名' },
    }),
  },
  'DELETE /api/pairing/households/:id': {
    kind: 'target',
    sibling: (f) => ({ method: 'DELETE', path: `/api/pairing/households/${f.extra.householdY!}` }),
  },
  'PUT /api/pairing/households/:id/consent': {
    kind: 'target',
    sibling: (f) => ({
      method: 'PUT',
      path: `/api/pairing/households/${f.extra.householdY!}/consent`,
      body: { consentedOn: daysAgo(120), way: 'oral', recordedByName: '越权记录人' },
    }),
  },
  'POST /api/pairing/households/:id/closure': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/pairing/households/${f.extra.householdY!}/closure`,
      body: { closedOn: today, reason: '越权退出' },
    }),
  },
  'POST /api/pairing/pairings': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/pairing/pairings',
      body: { householdId: f.extra.householdY!, helperPersonId: f.personY, startedOn: daysAgo(1) },
    }),
  },
  'GET /api/pairing/pairings': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/pairing/pairings?orgId=${f.tree.township.id}` }),
  },
  'POST /api/pairing/pairings/:id/end': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/pairing/pairings/${f.extra.pairingY!}/end`,
      body: { endedOn: today, reason: 'reassigned' },
    }),
  },
  'POST /api/pairing/visits': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/pairing/visits',
      body: { ...visitFields, householdId: f.extra.householdY!, visitorPersonId: f.personY },
    }),
  },
  'GET /api/pairing/visits': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/pairing/visits?orgId=${f.tree.township.id}` }),
  },
  'GET /api/pairing/visits.xlsx': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/pairing/visits.xlsx?orgId=${f.tree.branchY.id}` }),
  },
  'POST /api/pairing/visits/:id/void': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/pairing/visits/${f.extra.visitY!}/void`,
      body: { reason: '越权作废' },
    }),
  },
  'GET /api/pairing/coverage': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/pairing/coverage?orgId=${f.tree.branchY.id}` }),
  },
  // A fund is addressed by the org it belongs to.
  'GET /api/pairing/funds/:id': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/pairing/funds/${f.tree.branchY.id}` }),
  },
  'POST /api/pairing/funds/contributions': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/pairing/funds/contributions',
      body: { orgId: f.tree.branchY.id, contributorName: '越权捐入人', amountFen: 100, occurredOn: today },
    }),
  },
  'POST /api/pairing/funds/grants': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/pairing/funds/grants',
      body: {
        orgId: f.tree.branchY.id,
        householdId: f.extra.householdY!,
        amountFen: 100,
        occurredOn: today,
        purpose: '越权发放',
        approvedBy: '越权审批人',
      },
    }),
  },
  'GET /api/me/pairings': { kind: 'self', sample: () => ({ method: 'GET', path: '/api/me/pairings' }) },
  'POST /api/me/pairing-visits': {
    kind: 'self',
    sample: () => ({
      method: 'POST',
      path: '/api/me/pairing-visits',
      body: { ...visitFields, householdId: 999999 },
    }),
    sibling: (f) => ({
      method: 'POST',
      path: '/api/me/pairing-visits',
      body: { ...visitFields, householdId: f.extra.householdY! },
    }),
  },
};

function ok<T>(response: TestResponse<T>, status: number): T {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  return response.body;
}

export const pairingMatrix: ModuleMatrix = {
  async fixture(t, tree, f) {
    const household = ok(
      await t.admin.post<{ id: number }>('/api/pairing/households', {
        orgId: tree.branchY.id,
        headName: '西街帮扶户主',
        address: '西街 9 号',
        peopleCount: 3,
        situations: ['subsistence'],
      }),
      201,
    );
    ok(
      await t.admin.request('PUT', `/api/pairing/households/${household.id}/consent`, {
        consentedOn: daysAgo(120),
        way: 'written',
        recordedByName: '西街书记',
      }),
      200,
    );
    const pairing = ok(
      await t.admin.post<{ id: number }>('/api/pairing/pairings', {
        householdId: household.id,
        helperPersonId: f.personY,
        startedOn: daysAgo(90),
      }),
      201,
    );
    // Logged by Y's member on the phone, so the member route has a visit of someone else's household.
    const memberY = t.client();
    await memberY.login(MEMBER_Y_LOGIN.login, MEMBER_Y_LOGIN.password);
    const visit = ok(
      await memberY.post<{ id: number }>('/api/me/pairing-visits', {
        householdId: household.id,
        visitedOn: daysAgo(10),
        notes: '西街走访',
        helpKinds: ['money'],
        moneyFen: 20000,
      }),
      201,
    );
    ok(
      await t.admin.post('/api/pairing/funds/contributions', {
        orgId: tree.branchY.id,
        contributorName: '西街捐入人',
        contributorPersonId: f.personY,
        amountFen: 50000,
        occurredOn: daysAgo(30),
      }),
      201,
    );
    ok(
      await t.admin.post('/api/pairing/funds/grants', {
        orgId: tree.branchY.id,
        householdId: household.id,
        amountFen: 10000,
        occurredOn: daysAgo(20),
        purpose: '西街助学',
        approvedBy: '西街书记',
      }),
      201,
    );
    return { householdY: household.id, pairingY: pairing.id, visitY: visit.id };
  },
  cases,
};
