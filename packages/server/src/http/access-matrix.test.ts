import { sql } from 'drizzle-orm';
import type { User } from '@jiceng/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/test-app';
import type { TestClient } from '../test/test-client';
import { createPerson, createUser, personInput, sampleTree, signedInAs } from '../test/factories';
import { MODULE_MATRICES } from './access-matrix/modules';
import { MEMBER_Y_LOGIN, type Case, type Fixture, type Req } from './access-matrix/types';

/**
 * The access matrix, generated from the route table: every /api route must have an entry here, or this
 * test fails. For each route: anonymous → 401 (unless public); a member, who holds no permission → 403
 * (unless the route is only about the caller's own things); and actors reaching branch X get nothing of
 * sibling branch Y: 403/404 on Y's records, and Y never appears in what they list or search.
 */
const CORE_CASES: Record<string, Case> = {
  'GET /api/health': { kind: 'public' },
  'GET /api/openapi.json': { kind: 'public' },
  'POST /api/auth/login': { kind: 'public' },
  'POST /api/auth/logout': { kind: 'self', sample: () => ({ method: 'POST', path: '/api/auth/logout' }) },
  'GET /api/auth/me': { kind: 'self', sample: () => ({ method: 'GET', path: '/api/auth/me' }) },
  'POST /api/auth/password': {
    kind: 'self',
    sample: () => ({
      method: 'POST',
      path: '/api/auth/password',
      body: { currentPassword: 'x', newPassword: 'y' },
    }),
  },
  'GET /api/orgs/roots': { kind: 'list', sibling: () => ({ method: 'GET', path: '/api/orgs/roots' }) },
  'GET /api/orgs/search': {
    kind: 'list',
    sibling: (f) => ({
      method: 'GET',
      path: `/api/orgs/search?q=${encodeURIComponent(f.tree.branchY.name)}`,
    }),
  },
  'GET /api/orgs/:id': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/orgs/${f.tree.branchY.id}` }),
  },
  'GET /api/orgs/:id/children': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/orgs/${f.tree.branchY.id}/children` }),
  },
  'POST /api/orgs': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/orgs',
      body: { parentId: f.tree.branchY.id, kind: 'group', name: '越权小组' },
    }),
  },
  'PATCH /api/orgs/:id': {
    kind: 'target',
    sibling: (f) => ({ method: 'PATCH', path: `/api/orgs/${f.tree.branchY.id}`, body: { name: '越权改名' } }),
  },
  'POST /api/orgs/:id/move': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/orgs/${f.tree.groupX.id}/move`,
      body: { parentId: f.tree.branchY.id },
    }),
  },
  'DELETE /api/orgs/:id': {
    kind: 'target',
    sibling: (f) => ({ method: 'DELETE', path: `/api/orgs/${f.tree.groupY.id}` }),
  },
  'POST /api/orgs/:id/posts': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/orgs/${f.tree.branchY.id}/posts`,
      body: { post: 'deputy_secretary', holderName: '越权' },
    }),
  },
  'DELETE /api/orgs/:id/posts/:postId': {
    kind: 'target',
    sibling: (f) => ({ method: 'DELETE', path: `/api/orgs/${f.tree.branchY.id}/posts/${f.postY}` }),
  },
  'GET /api/users': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/users?q=${f.userY.username}` }),
  },
  'GET /api/users/:id': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/users/${f.userY.id}` }),
  },
  'POST /api/users': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/users',
      body: {
        username: 'sneaky',
        displayName: '越权',
        password: 'Passw0rd2026',
        assignments: [{ role: 'branch_secretary', orgId: f.tree.branchY.id }],
      },
    }),
  },
  'PATCH /api/users/:id': {
    kind: 'target',
    sibling: (f) => ({ method: 'PATCH', path: `/api/users/${f.userY.id}`, body: { disabled: true } }),
  },
  'POST /api/users/:id/password': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/users/${f.userY.id}/password`,
      body: { password: 'Hijack2026xx' },
    }),
  },
  'POST /api/users/:id/assignments': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/users/${f.userY.id}/assignments`,
      body: { role: 'member', orgId: f.tree.branchY.id },
    }),
  },
  'DELETE /api/users/:id/assignments/:assignmentId': {
    kind: 'target',
    sibling: (f) => ({
      method: 'DELETE',
      path: `/api/users/${f.userY.id}/assignments/${f.userY.assignments[0]!.id}`,
    }),
  },
  'GET /api/audit': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/audit?orgId=${f.tree.branchY.id}` }),
  },
  'GET /api/notifications': { kind: 'self', sample: () => ({ method: 'GET', path: '/api/notifications' }) },
  'POST /api/notifications/:id/read': {
    kind: 'self',
    sample: (f) => ({ method: 'POST', path: `/api/notifications/${f.notificationY}/read` }),
    sibling: (f) => ({ method: 'POST', path: `/api/notifications/${f.notificationY}/read` }),
  },
  'POST /api/notifications/read-all': {
    kind: 'self',
    sample: () => ({ method: 'POST', path: '/api/notifications/read-all' }),
  },
  'GET /api/persons': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/persons?orgId=${f.tree.township.id}&pageSize=200` }),
  },
  'POST /api/persons': {
    kind: 'target',
    sibling: (f) => ({ method: 'POST', path: '/api/persons', body: personInput(f.tree.branchY.id) }),
  },
  'GET /api/persons/:id': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/persons/${f.personY}` }),
  },
  'PATCH /api/persons/:id': {
    kind: 'target',
    sibling: (f) => ({ method: 'PATCH', path: `/api/persons/${f.personY}`, body: { name: '越权改名' } }),
  },
  'GET /api/persons/:id/events': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/persons/${f.personY}/events` }),
  },
  'POST /api/persons/:id/account': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/persons/${f.personY}/account`,
      body: { password: 'Member2026ab' },
    }),
  },
  'GET /api/me/person': { kind: 'self', sample: () => ({ method: 'GET', path: '/api/me/person' }) },
  'GET /api/me/development': {
    kind: 'self',
    sample: () => ({ method: 'GET', path: '/api/me/development' }),
  },
  'POST /api/me/corrections': {
    kind: 'self',
    sample: () => ({
      method: 'POST',
      path: '/api/me/corrections',
      body: { field: 'name', value: '甲', reason: '乙' },
    }),
  },
  'GET /api/corrections': { kind: 'list', sibling: () => ({ method: 'GET', path: '/api/corrections' }) },
  'POST /api/corrections/:id/decision': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/corrections/${f.correctionY}/decision`,
      body: { approve: true },
    }),
  },
  'GET /api/persons/import/template.xlsx': {
    kind: 'list',
    sibling: () => ({ method: 'GET', path: '/api/persons/import/template.xlsx' }),
  },
  // Uploads are multipart, which this matrix cannot send; the import tests prove a sibling's rows are refused.
  'POST /api/persons/import': {
    kind: 'self',
    sample: () => ({ method: 'POST', path: '/api/persons/import' }),
  },
  'GET /api/persons/export.xlsx': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/persons/export.xlsx?orgId=${f.tree.township.id}` }),
  },
  'GET /api/orgs/:id/reviews/:year': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/orgs/${f.tree.branchY.id}/reviews/2024` }),
  },
  'PUT /api/orgs/:id/reviews/:year': {
    kind: 'target',
    sibling: (f) => ({
      method: 'PUT',
      path: `/api/orgs/${f.tree.branchY.id}/reviews/2024`,
      body: { entries: [{ personId: f.personY, grade: 'excellent' }] },
    }),
  },
  'GET /api/persons/:id/reviews': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/persons/${f.personY}/reviews` }),
  },
  'GET /api/orgs/:id/elections': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/orgs/${f.tree.branchY.id}/elections` }),
  },
  'POST /api/orgs/:id/elections': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/orgs/${f.tree.branchY.id}/elections`,
      body: {
        heldOn: '2024-01-02',
        entitled: 5,
        present: 5,
        seats: 1,
        candidates: [
          { name: '越权甲', votes: 5 },
          { name: '越权乙', votes: 0 },
        ],
        termYears: 5,
      },
    }),
  },
  'GET /api/orgs/:id/joint-review-departments': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/orgs/${f.tree.branchY.id}/joint-review-departments` }),
  },
  'PUT /api/orgs/:id/joint-review-departments': {
    kind: 'target',
    sibling: (f) => ({
      method: 'PUT',
      path: `/api/orgs/${f.tree.branchY.id}/joint-review-departments`,
      body: [{ key: 'organization', label: '越权' }],
    }),
  },
  'POST /api/joint-review-departments/:id/reviewers': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/joint-review-departments/${f.departmentY}/reviewers`,
      body: { userId: f.userY.id },
    }),
  },
  'DELETE /api/joint-review-departments/:id/reviewers/:userId': {
    kind: 'target',
    sibling: (f) => ({
      method: 'DELETE',
      path: `/api/joint-review-departments/${f.departmentY}/reviewers/${f.userY.id}`,
    }),
  },
  'POST /api/joint-reviews': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/joint-reviews',
      body: { orgId: f.tree.branchY.id, title: '越权联审', candidates: [{ name: '越权' }] },
    }),
  },
  'GET /api/joint-reviews': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/joint-reviews?orgId=${f.tree.township.id}` }),
  },
  'GET /api/joint-reviews/queue': {
    kind: 'list',
    sibling: () => ({ method: 'GET', path: '/api/joint-reviews/queue' }),
  },
  'POST /api/joint-reviews/:id/candidates/:candidateId/decision': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/joint-reviews/${f.jointReviewY}/candidates/${f.candidateY}/decision`,
      body: { department: 'organization', decision: 'passed' },
    }),
  },
  'GET /api/orgs/:id/roster.xlsx': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/orgs/${f.tree.branchY.id}/roster.xlsx` }),
  },
  'GET /api/orgs/import/template.xlsx': {
    kind: 'list',
    sibling: () => ({ method: 'GET', path: '/api/orgs/import/template.xlsx' }),
  },
  'POST /api/orgs/import': { kind: 'self', sample: () => ({ method: 'POST', path: '/api/orgs/import' }) },
  'GET /api/imports/:id': {
    kind: 'self',
    sample: (f) => ({ method: 'GET', path: `/api/imports/${f.importY}` }),
    sibling: (f) => ({ method: 'GET', path: `/api/imports/${f.importY}` }),
  },
  'GET /api/imports/:id/report.xlsx': {
    kind: 'self',
    sample: (f) => ({ method: 'GET', path: `/api/imports/${f.importY}/report.xlsx` }),
    sibling: (f) => ({ method: 'GET', path: `/api/imports/${f.importY}/report.xlsx` }),
  },
  'POST /api/imports/:id/commit': {
    kind: 'self',
    sample: (f) => ({
      method: 'POST',
      path: `/api/imports/${f.importY}/commit`,
      body: { mode: 'valid_only' },
    }),
    sibling: (f) => ({
      method: 'POST',
      path: `/api/imports/${f.importY}/commit`,
      body: { mode: 'valid_only' },
    }),
  },
  'GET /api/persons/:id/development/record.pdf': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/persons/${f.applicantY}/development/record.pdf` }),
  },
  'GET /api/persons/:id/development': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/persons/${f.applicantY}/development` }),
  },
  'POST /api/persons/:id/development/steps': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/persons/${f.applicantY}/development/steps`,
      body: { step: 'first_talk', date: '2024-01-02' },
    }),
  },
  'POST /api/persons/:id/development/steps/:eventId/void': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/persons/${f.applicantY}/development/steps/${f.eventY}/void`,
      body: { reason: '越权撤销' },
    }),
  },
  'POST /api/development/reminders': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/development/reminders',
      body: { orgId: f.tree.branchY.id },
    }),
  },
  'GET /api/development/pipeline': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/development/pipeline?orgId=${f.tree.branchY.id}` }),
  },
  'GET /api/development/board': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/development/board?orgId=${f.tree.township.id}` }),
  },
  'GET /api/orgs/:id/meeting-rules': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/orgs/${f.tree.branchY.id}/meeting-rules` }),
  },
  'POST /api/orgs/:id/meeting-rules': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/orgs/${f.tree.branchY.id}/meeting-rules`,
      body: { kind: 'lecture', per: 'month', minCount: 1 },
    }),
  },
  'DELETE /api/orgs/:id/meeting-rules/:ruleId': {
    kind: 'target',
    sibling: (f) => ({ method: 'DELETE', path: `/api/orgs/${f.tree.branchY.id}/meeting-rules/1` }),
  },
  'GET /api/compliance/branches': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/compliance/branches?orgId=${f.tree.township.id}` }),
  },
  'GET /api/compliance/summary': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/compliance/summary?orgId=${f.tree.township.id}` }),
  },
  'POST /api/compliance/reminders': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/compliance/reminders',
      body: { orgId: f.tree.branchY.id },
    }),
  },
  'POST /api/persons/:id/dues-bases': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/persons/${f.personY}/dues-bases`,
      body: { personId: f.personY, year: 2024, monthlyIncomeFen: 300000, effectiveFromMonth: '2024-01' },
    }),
  },
  'POST /api/persons/:id/dues-hardships': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/persons/${f.personY}/dues-hardships`,
      body: {
        personId: f.personY,
        fromMonth: '2024-01',
        toMonth: '2024-03',
        reducedAmountFen: 0,
        reason: '越权',
        decidedOn: '2024-01-02',
        approvedByOrgName: '越权党委',
      },
    }),
  },
  'GET /api/persons/:id/dues': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/persons/${f.personY}/dues` }),
  },
  'GET /api/persons/:id/dues/paid-up-to': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/persons/${f.personY}/dues/paid-up-to` }),
  },
  'PUT /api/orgs/:id/dues-settings': {
    kind: 'target',
    sibling: (f) => ({
      method: 'PUT',
      path: `/api/orgs/${f.tree.branchY.id}/dues-settings`,
      body: { farmerAmountFen: 50 },
    }),
  },
  'POST /api/dues/ledger/generate': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/dues/ledger/generate',
      body: { orgId: f.tree.branchY.id, month: '2024-01' },
    }),
  },
  'POST /api/dues/payments': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/dues/payments',
      body: { personId: f.personY, months: ['2024-01'], method: 'cash', paidOn: '2024-01-10' },
    }),
  },
  'POST /api/dues/payments/bulk': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/dues/payments/bulk',
      body: {
        orgId: f.tree.branchY.id,
        month: '2024-01',
        personIds: [f.personY],
        method: 'cash',
        paidOn: '2024-01-10',
      },
    }),
  },
  // A payment of Y reversed by X is covered in dues.test.ts; here the id only has to reach the handler.
  'POST /api/dues/payments/:id/reversal': {
    kind: 'target',
    sibling: () => ({
      method: 'POST',
      path: '/api/dues/payments/999999/reversal',
      body: { paymentId: 999999, reason: '越权' },
    }),
  },
  'GET /api/dues/roster': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/dues/roster?orgId=${f.tree.branchY.id}&month=2024-01` }),
  },
  'GET /api/dues/arrears': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/dues/arrears?orgId=${f.tree.township.id}` }),
  },
  'GET /api/dues/arrears.xlsx': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/dues/arrears.xlsx?orgId=${f.tree.branchY.id}` }),
  },
  'GET /api/dues/remittances.xlsx': {
    kind: 'target',
    sibling: (f) => ({
      method: 'GET',
      path: `/api/dues/remittances.xlsx?orgId=${f.tree.branchY.id}&year=2026`,
    }),
  },
  'GET /api/me/dues': { kind: 'self', sample: () => ({ method: 'GET', path: '/api/me/dues' }) },
  'POST /api/me/dues-declarations': {
    kind: 'self',
    sample: () => ({
      method: 'POST',
      path: '/api/me/dues-declarations',
      body: { year: 2026, monthlyIncomeFen: 400000, effectiveFromMonth: '2026-01' },
    }),
  },
  // A declaration of Y's member decided by X is covered in declarations.test.ts; the id only has to reach it.
  'POST /api/dues/declarations/:id/decision': {
    kind: 'target',
    sibling: () => ({
      method: 'POST',
      path: '/api/dues/declarations/999999/decision',
      body: { approve: true },
    }),
  },
  'POST /api/awards': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/awards',
      body: {
        kind: 'outstanding_member',
        level: 'county',
        conferredBy: '越权县委',
        conferredOn: '2024-07-01',
        year: 2024,
        personId: f.personY,
      },
    }),
  },
  'GET /api/awards': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/awards?orgId=${f.tree.township.id}` }),
  },
  // Revoking Y's award is covered in awards.test.ts; here the id only has to reach the handler.
  'POST /api/awards/:id/revocation': {
    kind: 'target',
    sibling: () => ({ method: 'POST', path: '/api/awards/999999/revocation', body: { reason: '越权撤销' } }),
  },
  'GET /api/persons/:id/awards': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/persons/${f.personY}/awards` }),
  },
  'GET /api/orgs/:id/awards': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/orgs/${f.tree.branchY.id}/awards` }),
  },
  'GET /api/orgs/:id/five-good/:year/suggestion': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/orgs/${f.tree.branchY.id}/five-good/2024/suggestion` }),
  },
  'PUT /api/orgs/:id/five-good/:year': {
    kind: 'target',
    sibling: (f) => ({
      method: 'PUT',
      path: `/api/orgs/${f.tree.branchY.id}/five-good/2024`,
      body: {
        standards: Object.fromEntries(
          ['leadership', 'members', 'mechanism', 'performance', 'public_opinion'].map((s) => [
            s,
            { met: true, evidence: '越权' },
          ]),
        ),
        decidedOn: '2024-12-20',
        decidedByOrgName: '越权县委',
        level: 'county',
      },
    }),
  },
  'GET /api/orgs/:id/seniority-rule': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/orgs/${f.tree.branchY.id}/seniority-rule` }),
  },
  'PUT /api/orgs/:id/seniority-rule': {
    kind: 'target',
    sibling: (f) => ({
      method: 'PUT',
      path: `/api/orgs/${f.tree.branchY.id}/seniority-rule`,
      body: { tiers: [{ label: '越权', minPartyAge: 1, minServiceYears: null, amountFen: 100 }] },
    }),
  },
  'GET /api/seniority': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/seniority?orgId=${f.tree.township.id}&year=2026` }),
  },
  'GET /api/seniority.xlsx': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/seniority.xlsx?orgId=${f.tree.branchY.id}&year=2026` }),
  },
  'PUT /api/persons/:id/cadre-service': {
    kind: 'target',
    sibling: (f) => ({
      method: 'PUT',
      path: `/api/persons/${f.personY}/cadre-service`,
      body: { priorYears: 3 },
    }),
  },
  'POST /api/cadre-allowances': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/cadre-allowances',
      body: { personId: f.personY, orgId: f.tree.branchY.id, year: 2024, kind: 'basic_pay', amountFen: 100 },
    }),
  },
  'GET /api/cadre-allowances': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/cadre-allowances?orgId=${f.tree.township.id}` }),
  },
  'GET /api/dues/summary': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/dues/summary?orgId=${f.tree.township.id}&year=2026` }),
  },
  'GET /api/dues/summary.xlsx': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/dues/summary.xlsx?orgId=${f.tree.branchY.id}&year=2026` }),
  },
  'POST /api/dues/remittances': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/dues/remittances',
      body: {
        fromOrgId: f.tree.branchY.id,
        toOrgId: f.tree.township.id,
        month: '2026-01',
        amountFen: 100,
        remittedOn: '2026-02-01',
        reference: '越权上缴',
      },
    }),
  },
  'GET /api/dues/remittances': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/dues/remittances?orgId=${f.tree.township.id}&year=2026` }),
  },
  'GET /api/persons/:id/standing': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/persons/${f.personY}/standing` }),
  },
  'POST /api/persons/:id/standing-changes': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/persons/${f.personY}/standing-changes`,
      body: { change: 'deceased', date: '2024-01-02' },
    }),
  },
  'POST /api/persons/:id/lost-contact': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/persons/${f.personY}/lost-contact`,
      body: { since: '2024-01-02' },
    }),
  },
  'POST /api/persons/:id/contact-searches': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/persons/${f.personY}/contact-searches`,
      body: { date: '2024-01-02', method: '电话', result: '未接通' },
    }),
  },
  'POST /api/persons/:id/contact-regained': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/persons/${f.personY}/contact-regained`,
      body: { date: '2024-01-02' },
    }),
  },
  'GET /api/movement/lost-contact': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/movement/lost-contact?orgId=${f.tree.township.id}` }),
  },
  'GET /api/movement/removal-due': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/movement/removal-due?orgId=${f.tree.township.id}` }),
  },
  'GET /api/movement/standing-changes': {
    kind: 'list',
    sibling: (f) => ({
      method: 'GET',
      path: `/api/movement/standing-changes?orgId=${f.tree.township.id}`,
    }),
  },
  'GET /api/outflows': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/outflows?orgId=${f.tree.township.id}&side=out` }),
  },
  // Branch names are searchable in every tree by design (T9: an outflow names its inflow branch); a group
  // is not a branch, so Y's group must not come back, nor Y's name on the way down to it.
  'GET /api/outflows/inflow-orgs': {
    kind: 'list',
    sibling: (f) => ({
      method: 'GET',
      path: `/api/outflows/inflow-orgs?q=${encodeURIComponent(f.tree.groupY.name)}`,
    }),
  },
  'POST /api/outflows': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/outflows',
      body: {
        personId: f.personY,
        outflowOn: '2024-01-02',
        destination: '越权',
        contact: '13900001111',
        inflowOrgName: '越权支部',
      },
    }),
  },
  'GET /api/outflows/:id': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/outflows/${f.outflowY}` }),
  },
  'POST /api/outflows/:id/confirm': {
    kind: 'target',
    sibling: (f) => ({ method: 'POST', path: `/api/outflows/${f.outflowY}/confirm` }),
  },
  'POST /api/outflows/:id/return': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/outflows/${f.outflowY}/return`,
      body: { returnedOn: '2024-02-01' },
    }),
  },
  'POST /api/outflows/:id/activities': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/outflows/${f.outflowY}/activities`,
      body: { occurredOn: '2024-02-01', kind: 'meeting', title: '越权记录' },
    }),
  },
  'GET /api/me/outflow': { kind: 'self', sample: () => ({ method: 'GET', path: '/api/me/outflow' }) },
  'GET /api/transfers': {
    kind: 'list',
    sibling: () => ({ method: 'GET', path: '/api/transfers?filter=all' }),
  },
  // Branch names are searchable in every tree by design (a sender names the receiver); groups are not.
  'GET /api/transfers/destinations': {
    kind: 'list',
    sibling: (f) => ({
      method: 'GET',
      path: `/api/transfers/destinations?q=${encodeURIComponent(f.tree.groupY.name)}`,
    }),
  },
  'GET /api/transfers/:id': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/transfers/${f.transferY}` }),
  },
  'GET /api/transfers/:id/letter.pdf': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/transfers/${f.transferY}/letter.pdf` }),
  },
  'POST /api/transfers': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/transfers',
      body: { personId: f.personY, toOrgId: f.tree.branchX.id, duesPaidUpTo: '2024-01' },
    }),
  },
  'POST /api/transfers/outbound': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/transfers/outbound',
      body: { personId: f.personY, toOrgName: '越权', duesPaidUpTo: '2024-01' },
    }),
  },
  'POST /api/transfers/inbound': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/transfers/inbound',
      body: {
        letter: {
          letterNumber: '越权-1',
          fromOrgName: '外省',
          issuedOn: '2024-01-02',
          validityDays: 30,
          duesPaidUpTo: '2024-01',
          receivedOn: '2024-01-03',
          toOrgId: f.tree.branchY.id,
        },
        person: {
          name: '越权转入',
          idNumber: '11010519491231002X',
          ethnicity: '01',
          education: 'bachelor',
          personKind: 'employed',
          occupation: 'professional',
          orgId: f.tree.branchY.id,
          admissionDate: '2010-07-01',
        },
      },
    }),
  },
  'POST /api/transfers/:id/approve': {
    kind: 'target',
    sibling: (f) => ({ method: 'POST', path: `/api/transfers/${f.transferY}/approve`, body: {} }),
  },
  'POST /api/transfers/:id/refuse': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/transfers/${f.transferY}/refuse`,
      body: { reason: '越权' },
    }),
  },
  'POST /api/transfers/:id/cancel': {
    kind: 'target',
    sibling: (f) => ({ method: 'POST', path: `/api/transfers/${f.transferY}/cancel`, body: {} }),
  },
  'POST /api/transfers/:id/reissue': {
    kind: 'target',
    sibling: (f) => ({ method: 'POST', path: `/api/transfers/${f.transferY}/reissue`, body: {} }),
  },
  'POST /api/transfers/:id/receive': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/transfers/${f.transferY}/receive`,
      body: { receivedOn: '2024-01-03' },
    }),
  },
  'POST /api/transfers/:id/receipt': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/transfers/${f.transferY}/receipt`,
      body: { returnedOn: '2024-01-03' },
    }),
  },
  'GET /api/me/transfers': { kind: 'self', sample: () => ({ method: 'GET', path: '/api/me/transfers' }) },
  'GET /api/meetings': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/meetings?orgId=${f.tree.township.id}` }),
  },
  'POST /api/meetings': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/meetings',
      body: { orgId: f.tree.branchY.id, kind: 'lecture', title: '越权党课', plannedOn: '2024-01-02' },
    }),
  },
  'GET /api/meetings/:id': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/meetings/${f.meetingY}` }),
  },
  'POST /api/meetings/:id/hold': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/meetings/${f.meetingY}/hold`,
      body: { heldOn: '2024-01-02' },
    }),
  },
  'PUT /api/meetings/:id/minutes': {
    kind: 'target',
    sibling: (f) => ({
      method: 'PUT',
      path: `/api/meetings/${f.meetingY}/minutes`,
      body: { place: '越权', host: '越权', recorder: '越权', topics: '越权', decisions: '' },
    }),
  },
  'POST /api/meetings/:id/attendance': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/meetings/${f.meetingY}/attendance`,
      body: { marks: [{ personId: f.personY, mark: 'absent' }] },
    }),
  },
  'POST /api/meetings/:id/cancel': {
    kind: 'target',
    sibling: (f) => ({ method: 'POST', path: `/api/meetings/${f.meetingY}/cancel`, body: {} }),
  },
  'POST /api/meetings/:id/close': {
    kind: 'target',
    sibling: (f) => ({ method: 'POST', path: `/api/meetings/${f.meetingY}/close` }),
  },
  'POST /api/meetings/:id/amendments': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/meetings/${f.meetingY}/amendments`,
      body: { reason: '越权', minutes: { recorder: '越权' } },
    }),
  },
  'GET /api/orgs/:id/meeting-kinds': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/orgs/${f.tree.branchY.id}/meeting-kinds` }),
  },
  'POST /api/orgs/:id/meeting-kinds': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/orgs/${f.tree.branchY.id}/meeting-kinds`,
      body: { key: 'red_saturday', label: '越权活动', attendeeScope: 'all_members' },
    }),
  },
  // The QR secret is what admits a caller to the sign-in page; signing in at Y's meeting needs more.
  'GET /api/sign-in/:token': {
    kind: 'self',
    sample: (f) => ({ method: 'GET', path: `/api/sign-in/${f.meetingYToken}` }),
  },
  'POST /api/sign-in/:token': {
    kind: 'self',
    sample: (f) => ({ method: 'POST', path: `/api/sign-in/${f.meetingYToken}` }),
    sibling: (f) => ({ method: 'POST', path: `/api/sign-in/${f.meetingYToken}` }),
  },
  'GET /api/me/meetings': { kind: 'self', sample: () => ({ method: 'GET', path: '/api/me/meetings' }) },
  'GET /api/orgs/:id/star-settings': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/orgs/${f.tree.branchY.id}/star-settings` }),
  },
  'DELETE /api/orgs/:id/star-settings': {
    kind: 'target',
    sibling: (f) => ({ method: 'DELETE', path: `/api/orgs/${f.tree.branchY.id}/star-settings` }),
  },
  'PUT /api/orgs/:id/star-settings': {
    kind: 'target',
    sibling: (f) => ({
      method: 'PUT',
      path: `/api/orgs/${f.tree.branchY.id}/star-settings`,
      body: {
        minPoints: [1, 2, 3, 4],
        gradeCaps: { excellent: 5, qualified: 5, basically_qualified: 5, unqualified: 5 },
        publicRanking: true,
      },
    }),
  },
  'GET /api/stars': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/stars?orgId=${f.tree.branchY.id}&year=2024` }),
  },
  'POST /api/stars/confirm': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/stars/confirm',
      body: { orgId: f.tree.branchY.id, year: 2024 },
    }),
  },
  'GET /api/points/board/:orgId': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/points/board/${f.tree.branchY.id}?year=2024` }),
  },
  'GET /api/me/board': { kind: 'self', sample: () => ({ method: 'GET', path: '/api/me/board' }) },
  'GET /api/orgs/:id/points-rules': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/orgs/${f.tree.branchY.id}/points-rules` }),
  },
  'PUT /api/orgs/:id/points-rules': {
    kind: 'target',
    sibling: (f) => ({
      method: 'PUT',
      path: `/api/orgs/${f.tree.branchY.id}/points-rules`,
      body: { rules: [] },
    }),
  },
  'POST /api/points/recompute': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/points/recompute',
      body: { orgId: f.tree.branchY.id, year: 2024 },
    }),
  },
  'GET /api/points': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/points?orgId=${f.tree.township.id}&year=2024` }),
  },
  'GET /api/persons/:id/points': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/persons/${f.personY}/points?year=2024` }),
  },
  'GET /api/me/points': { kind: 'self', sample: () => ({ method: 'GET', path: '/api/me/points' }) },
  'POST /api/me/points-claims': {
    kind: 'self',
    sample: () => ({
      method: 'POST',
      path: '/api/me/points-claims',
      body: { occurredOn: '2024-03-01', points: 1, description: '本人申报事项' },
    }),
  },
  'GET /api/points/claims': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/points/claims?orgId=${f.tree.township.id}` }),
  },
  'POST /api/points/claims/:id/decision': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/points/claims/${f.claimY}/decision`,
      body: { approve: true, points: 1 },
    }),
  },
  'POST /api/orgs/:id/points-months/:month/close': {
    kind: 'target',
    sibling: (f) => ({ method: 'POST', path: `/api/orgs/${f.tree.branchY.id}/points-months/2024-01/close` }),
  },
  'POST /api/persons/:id/points-deductions': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/persons/${f.personY}/points-deductions`,
      body: { occurredOn: '2024-03-02', description: '越权记录的扣分' },
    }),
  },
  'GET /api/persons/:id/points-deductions': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/persons/${f.personY}/points-deductions` }),
  },
  'POST /api/points-deductions/:id/revocation': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: `/api/points-deductions/${f.extra.deductionY}/revocation`,
      body: { revokeReason: '越权撤销' },
    }),
  },
  'GET /api/orgs/:id/assessment-items': {
    kind: 'target',
    sibling: (f) => ({ method: 'GET', path: `/api/orgs/${f.tree.branchY.id}/assessment-items` }),
  },
  'PUT /api/orgs/:id/assessment-items': {
    kind: 'target',
    sibling: (f) => ({
      method: 'PUT',
      path: `/api/orgs/${f.tree.branchY.id}/assessment-items`,
      body: { items: [{ key: 'a', name: '越权', maxScore: 10, metric: 'manual', description: null }] },
    }),
  },
  'DELETE /api/orgs/:id/assessment-items': {
    kind: 'target',
    sibling: (f) => ({ method: 'DELETE', path: `/api/orgs/${f.tree.branchY.id}/assessment-items` }),
  },
  'POST /api/assessment/compute': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/assessment/compute',
      body: { orgId: f.tree.branchY.id, month: '2024-01' },
    }),
  },
  'PUT /api/assessment/scores/:branchId/:month/:itemKey': {
    kind: 'target',
    sibling: (f) => ({
      method: 'PUT',
      path: `/api/assessment/scores/${f.tree.branchY.id}/2024-01/study`,
      body: { score: 5, evidence: '越权评分' },
    }),
  },
  'GET /api/assessment/board': {
    kind: 'list',
    sibling: (f) => ({
      method: 'GET',
      path: `/api/assessment/board?orgId=${f.tree.township.id}&month=2024-01`,
    }),
  },
  'GET /api/assessment/board.xlsx': {
    kind: 'target',
    sibling: (f) => ({
      method: 'GET',
      path: `/api/assessment/board.xlsx?orgId=${f.tree.branchY.id}&month=2024-01`,
    }),
  },
  'POST /api/assessment/publish': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/assessment/publish',
      body: { orgId: f.tree.branchY.id, month: '2024-01' },
    }),
  },
  'GET /api/assessment/year': {
    kind: 'list',
    sibling: (f) => ({ method: 'GET', path: `/api/assessment/year?orgId=${f.tree.township.id}&year=2024` }),
  },
  'POST /api/notifications': {
    kind: 'target',
    sibling: (f) => ({
      method: 'POST',
      path: '/api/notifications',
      body: { userIds: [f.userY.id], title: '越权通知' },
    }),
  },
};

const CASES: Record<string, Case> = Object.assign(
  {},
  CORE_CASES,
  ...MODULE_MATRICES.map((m) => m.cases),
) as Record<string, Case>;

let t: TestApp;
let f: Fixture;
let actorsOfX: { label: string; client: TestClient }[];
let member: TestClient;

function send(client: TestClient, req: Req) {
  return client.request(req.method, req.path, req.body);
}

/** A request any signed-in role can make to the route (ids of X's things), for the 401/403 checks. */
function sampleOf(c: Case): (f: Fixture) => Req {
  if (c.kind === 'self') return c.sample;
  if (c.kind === 'public') throw new Error('public routes have no sample');
  return c.sibling;
}

beforeAll(async () => {
  t = await startTestApp();
  const tree = await sampleTree(t);
  const userY = await createUser(t, [{ role: 'branch_secretary', orgId: tree.branchY.id }]);
  const post = await t.admin.post<{ id: number }>(`/api/orgs/${tree.branchY.id}/posts`, {
    post: 'secretary',
    holderName: '西街书记',
  });
  await t.admin.post('/api/notifications', { userIds: [userY.id], title: '西街支部的通知' });
  const notification = await t.database.db.execute<{ id: number }>(
    sql`SELECT id FROM notifications WHERE user_id = ${userY.id} ORDER BY id DESC LIMIT 1`,
  );
  const personY = await createPerson(t.admin, tree.branchY.id, {
    name: '西街党员乙',
    phone: MEMBER_Y_LOGIN.login,
  });
  await t.admin.post(`/api/persons/${personY.id}/account`, { password: MEMBER_Y_LOGIN.password });
  // Lost contact: Y's member is on the lost-contact list of anyone who reaches Y.
  await t.admin.post(`/api/persons/${personY.id}/lost-contact`, { since: '2024-01-01' });
  const memberY = t.client();
  await memberY.login(MEMBER_Y_LOGIN.login, MEMBER_Y_LOGIN.password);
  const claimY = await memberY.post<{ id: number }>('/api/me/points-claims', {
    occurredOn: '2024-03-01',
    points: 3,
    description: '西街义务劳动',
  });
  const deductionY = await t.admin.post<{ id: number }>(`/api/persons/${personY.id}/points-deductions`, {
    occurredOn: '2024-03-01',
    description: '西街违纪违规事项',
  });
  const correction = await memberY.post<{ id: number }>('/api/me/corrections', {
    field: 'address',
    value: '西街 1 号',
    reason: '搬家',
  });
  // An applicant of Y with an overdue first talk: on the board of anyone who reaches Y.
  const applicantY = await createPerson(t.admin, tree.branchY.id, {
    name: '西街申请人丙',
    admissionDate: null,
    conversionDate: null,
  });
  const stepY = await t.admin.post<{ step: { id: number } }>(
    `/api/persons/${applicantY.id}/development/steps`,
    {
      step: 'application_submitted',
      date: '2024-01-01',
    },
  );
  const importY = await t.database.db.execute<{ id: number }>(
    sql`INSERT INTO import_jobs (kind, user_id, file_name, file, status)
        VALUES ('persons', ${userY.id}, '西街导入.xlsx', decode('504b0304', 'hex'), 'invalid') RETURNING id`,
  );
  // A mobile member of Y, away to an org outside Jiceng: nobody reaching only X may see or touch it.
  const mobileY = await createPerson(t.admin, tree.branchY.id, { name: '西街流动党员丁' });
  const outflowY = await t.admin.post<{ id: number }>('/api/outflows', {
    personId: mobileY.id,
    outflowOn: '2024-01-01',
    destination: '外省某市',
    contact: '13900002222',
    inflowOrgName: '外省某支部',
  });
  const leaverY = await createPerson(t.admin, tree.branchY.id, { name: '西街转出党员戊' });
  const transferY = await t.admin.post<{ id: number }>('/api/transfers/outbound', {
    personId: leaverY.id,
    toOrgName: '外省某党委',
    duesPaidUpTo: '2024-01',
  });
  const meetingY = await t.admin.post<{ id: number; signInToken: string }>('/api/meetings', {
    orgId: tree.branchY.id,
    kind: 'general_meeting',
    title: '西街党员大会',
    plannedOn: '2024-01-02',
  });
  // Y as a village (joint review is for villages), its candidate list sent to the county's departments.
  await t.admin.patch(`/api/orgs/${tree.branchY.id}`, { unitKind: 'village' });
  const departments = await t.admin.get<{ departments: { id: number }[] }>(
    `/api/orgs/${tree.county.id}/joint-review-departments`,
  );
  const jointReviewY = await t.admin.post<{ id: number; candidates: { id: number }[] }>(
    '/api/joint-reviews',
    {
      orgId: tree.branchY.id,
      title: '西街换届联审',
      candidates: [{ name: '西街候选人己' }],
    },
  );
  f = {
    departmentY: departments.body.departments[0]!.id,
    jointReviewY: jointReviewY.body.id,
    candidateY: jointReviewY.body.candidates[0]!.id,
    transferY: transferY.body.id,
    meetingY: meetingY.body.id,
    meetingYToken: meetingY.body.signInToken,
    claimY: claimY.body.id,
    outflowY: outflowY.body.id,
    importY: Number(importY.rows[0]!.id),
    applicantY: applicantY.id,
    eventY: stepY.body.step.id,
    tree,
    userY,
    postY: post.body.id,
    notificationY: Number(notification.rows[0]!.id),
    personY: personY.id,
    correctionY: correction.body.id,
    extra: {},
  };
  f.extra.deductionY = deductionY.body.id;
  for (const matrix of MODULE_MATRICES) Object.assign(f.extra, await matrix.fixture(t, tree, f));
  actorsOfX = [
    { label: 'branch_secretary of X', client: await signedInAs(t, 'branch_secretary', tree.branchX.id) },
    { label: 'org_staff of X', client: await signedInAs(t, 'org_staff', tree.branchX.id) },
    { label: 'branch_officer of X', client: await signedInAs(t, 'branch_officer', tree.branchX.id) },
  ];
  member = await signedInAs(t, 'member', tree.branchX.id);
});
afterAll(async () => {
  await t?.close();
});

describe('the route table', () => {
  it('gives every /api route a declared access rule and an entry in this matrix', () => {
    const missing = t.app.routeTable.map((r) => `${r.method} ${r.url}`).filter((key) => !(key in CASES));
    expect(missing).toEqual([]);
  });

  it('has no stale entries in this matrix', () => {
    const routes = new Set(t.app.routeTable.map((r) => `${r.method} ${r.url}`));
    expect(Object.keys(CASES).filter((key) => !routes.has(key))).toEqual([]);
  });

  it('marks the public routes public in the OpenAPI document and nothing else', async () => {
    const doc = (
      await t
        .client()
        .get<{ paths: Record<string, Record<string, { security?: unknown[] }>> }>('/api/openapi.json')
    ).body;
    for (const route of t.app.routeTable) {
      const openApiPath = route.url.replace(/^\/api/, '').replace(/:(\w+)/g, '{$1}');
      const op =
        doc.paths[`/api${openApiPath}`]?.[route.method.toLowerCase()] ??
        doc.paths[route.url]?.[route.method.toLowerCase()];
      if (route.url === '/api/openapi.json') continue;
      expect(op, `${route.method} ${route.url} in OpenAPI`).toBeDefined();
      expect(op!.security?.length === 0, `${route.method} ${route.url}`).toBe(route.access === 'public');
    }
  });
});

describe('anonymous callers', () => {
  it('get 401 from every route that is not public', async () => {
    const failures: string[] = [];
    for (const route of t.app.routeTable) {
      const c = CASES[`${route.method} ${route.url}`]!;
      if (c.kind === 'public') continue;
      const response = await send(t.client(), sampleOf(c)(f));
      if (response.status !== 401) failures.push(`${route.method} ${route.url} → ${response.status}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('a role without the permission', () => {
  it('gets 403 from every route that needs a permission', async () => {
    const failures: string[] = [];
    for (const route of t.app.routeTable) {
      if (route.access === 'public' || route.access === 'authenticated') continue;
      const c = CASES[`${route.method} ${route.url}`]!;
      const response = await send(member, sampleOf(c)(f));
      if (response.status !== 403) failures.push(`${route.method} ${route.url} → ${response.status}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('actors of branch X', () => {
  it('get 403 or 404 from every route addressing something of sibling branch Y', async () => {
    const failures: string[] = [];
    for (const { label, client } of actorsOfX) {
      for (const [key, c] of Object.entries(CASES)) {
        const req = c.kind === 'target' ? c.sibling(f) : c.kind === 'self' ? c.sibling?.(f) : undefined;
        if (!req) continue;
        const response = await send(client, req);
        if (response.status !== 403 && response.status !== 404) {
          failures.push(`${label}: ${key} → ${response.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('never see Y in lists, counts or searches', async () => {
    const failures: string[] = [];
    const needles = [
      f.tree.branchY.name,
      f.tree.groupY.name,
      f.userY.username,
      '西街书记',
      '西街党员乙',
      '西街申请人丙',
      '西街流动党员丁',
      '西街候选人己',
      '西街党员大会',
    ];
    for (const { label, client } of actorsOfX) {
      for (const [key, c] of Object.entries(CASES)) {
        if (c.kind !== 'list') continue;
        const response = await send(client, c.sibling(f));
        const text = JSON.stringify(response.body);
        for (const needle of needles) {
          if (text.includes(needle)) failures.push(`${label}: ${key} mentions ${needle}`);
        }
        const total = (response.body as { total?: number } | null)?.total;
        if (response.status === 200 && total !== undefined && key !== 'GET /api/audit' && total !== 0) {
          failures.push(`${label}: ${key} counts ${total}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('still reach their own branch', async () => {
    const [secretary] = actorsOfX;
    const own = await secretary!.client.get(`/api/orgs/${f.tree.branchX.id}`);
    expect(own.status).toBe(200);
    const roots = await secretary!.client.get<{ id: number }[]>('/api/orgs/roots');
    expect(roots.body.map((r) => r.id)).toEqual([f.tree.branchX.id]);
  });

  it('were not changed by any of the refused writes', async () => {
    const y = await t.admin.get<{ org: { name: string }; children: unknown[]; posts: unknown[] }>(
      `/api/orgs/${f.tree.branchY.id}`,
    );
    expect(y.body.org.name).toBe(f.tree.branchY.name);
    expect(y.body.children).toHaveLength(1);
    expect(y.body.posts).toHaveLength(1);
    const user = await t.admin.get<User>(`/api/users/${f.userY.id}`);
    expect(user.body.disabled).toBe(false);
    expect(user.body.assignments).toHaveLength(1);
    const development = await t.admin.get<{ steps: { voided: boolean }[] }>(
      `/api/persons/${f.applicantY}/development`,
    );
    expect(development.body.steps).toEqual([expect.objectContaining({ voided: false })]);
    const outflow = await t.admin.get<{ state: string; activities: unknown[] }>(
      `/api/outflows/${f.outflowY}`,
    );
    expect(outflow.body).toMatchObject({ state: 'confirmed', activities: [] });
    const meeting = await t.admin.get<{ state: string; minutes: unknown; attendees: { mark: unknown }[] }>(
      `/api/meetings/${f.meetingY}`,
    );
    expect(meeting.body).toMatchObject({ state: 'planned', minutes: null });
    expect(meeting.body.attendees.every((a) => a.mark === null)).toBe(true);
  });
});
