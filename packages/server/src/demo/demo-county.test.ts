import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  chinaToday,
  excellentLimit,
  tallyElection,
  validateIdNumber,
  type ComplianceSummary,
  type DuesArrearsList,
  type DuesSummary,
  type MemberDuesView,
  type RemittanceList,
  type ElectionTally,
  type JointReviewQueueItem,
  type MinutesView,
  type MyPointsView,
  type OrgSummary,
  type SignInView,
} from '@jiceng/core';
import { startTestApp, type TestApp } from '../test/test-app';
import { testDatabaseKind } from '../test/test-db';
import { verifyAuditChain } from '../audit/service';
import { minutesHashOf } from '../modules/meetings/close';
import { attendeesOf } from '../modules/meetings/views';
import { DEMO_PASSWORD, loadDemoCounty, type DemoResult } from './demo-county';

let t: TestApp;
let result: DemoResult;

/**
 * `npm run demo` loads into the embedded database unless DATABASE_URL is set; the county takes minutes to
 * load, so it is checked once, where it is loaded by default. Its SQL is the same on both databases, and
 * every module's suite runs on PostgreSQL.
 */
describe.skipIf(testDatabaseKind() === 'postgres')('the demo county', () => {
  beforeAll(async () => {
    t = await startTestApp();
    result = await loadDemoCounty(t.database.db, t.cipher);
  }, 600_000);
  afterAll(async () => {
    await t?.close();
  });

  it('builds a county of about 200 villages and over 5,000 people with posts and terms', async () => {
    expect(result.loaded).toBe(true);
    expect(result.orgs).toBeGreaterThan(600);
    expect(result.people).toBeGreaterThan(5000);
    const villages = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(DISTINCT coalesce(parent_id, id))::int AS n FROM orgs WHERE unit_kind = 'village' AND kind <> 'group'`,
    );
    expect(Number(villages.rows[0]!.n)).toBeGreaterThan(10);
    const stages = await t.database.db.execute<{ stage: string }>(sql`SELECT DISTINCT stage FROM persons`);
    expect(stages.rows.map((r) => r.stage).sort()).toEqual([
      'activist',
      'applicant',
      'candidate',
      'full',
      'probationary',
    ]);
    const posts = await t.database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM org_posts`);
    expect(Number(posts.rows[0]!.n)).toBeGreaterThan(200);
    const statuses = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(DISTINCT term_started_on)::int AS n FROM orgs WHERE term_started_on IS NOT NULL`,
    );
    expect(Number(statuses.rows[0]!.n)).toBeGreaterThan(10);
  });

  it('has movement waiting for the demo accounts: transfers at each stage, mobile members, lost contact', async () => {
    const states = await t.database.db.execute<{ state: string; n: number }>(
      sql`SELECT state, count(*)::int AS n FROM transfers GROUP BY state ORDER BY state`,
    );
    expect(states.rows.map((r) => r.state)).toEqual(['issued', 'refused', 'requested']);
    const outflows = await t.database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM outflows`);
    expect(Number(outflows.rows[0]!.n)).toBe(2);
    const standing = await t.database.db.execute<{ standing: string; n: number }>(
      sql`SELECT standing, count(*)::int AS n FROM persons WHERE standing <> 'active' GROUP BY standing ORDER BY standing`,
    );
    expect(standing.rows.map((r) => r.standing)).toEqual(['deceased', 'suspended']);
  });

  it("records this year's meetings closed, every expected attendee marked, with the hash of their minutes", async () => {
    const db = t.database.db;
    const counts = await db.execute<{
      meetings: number;
      attendees: number;
      unmarked: number;
      unexplained: number;
    }>(sql`
      SELECT (SELECT count(*)::int FROM meetings WHERE state = 'closed') AS meetings,
             (SELECT count(*)::int FROM meeting_attendees) AS attendees,
             (SELECT count(*)::int FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id
               WHERE m.state = 'closed' AND a.expected AND a.mark IS NULL) AS unmarked,
             (SELECT count(*)::int FROM meeting_attendees
               WHERE mark = 'excused' AND coalesce(reason, '') = '') AS unexplained`);
    const c = counts.rows[0]!;
    expect(Number(c.meetings)).toBeGreaterThan(5000);
    expect(Number(c.attendees)).toBeGreaterThan(50_000);
    expect(Number(c.unmarked)).toBe(0);
    expect(Number(c.unexplained)).toBe(0);
    const kinds = await db.execute<{ kind: string }>(
      sql`SELECT DISTINCT kind FROM meetings WHERE state = 'closed' ORDER BY kind`,
    );
    // By March every kind has had its turn (the life meeting and review are held in January–February).
    if (chinaToday() >= `${chinaToday().slice(0, 4)}-03-01`) {
      expect(kinds.rows.map((r) => r.kind)).toEqual([
        'committee_meeting',
        'general_meeting',
        'group_meeting',
        'lecture',
        'life_meeting',
        'member_review',
        'theme_day',
      ]);
    }
    const sample = await db.execute<{
      id: number;
      held_on: string;
      minutes: MinutesView;
      minutes_hash: string;
    }>(
      sql`SELECT id, held_on::text AS held_on, minutes, minutes_hash FROM meetings
           WHERE state = 'closed' AND held_on < ${chinaToday()}::date AND closed_at IS NOT NULL
           ORDER BY id DESC LIMIT 20`,
    );
    expect(sample.rows).toHaveLength(20);
    await db.transaction(async (tx) => {
      for (const m of sample.rows) {
        // What closeMeeting would have computed from the stored minutes and attendance.
        expect(minutesHashOf(m.held_on, m.minutes, await attendeesOf(tx, Number(m.id)))).toBe(m.minutes_hash);
      }
    });
  });

  // Meetings go up to yesterday, so on the 1st the running month has none: look at the day before. In
  // January no period of the year has ended yet, so there is nothing to be overdue.
  const today = chinaToday();
  const on = today.endsWith('-01') ? addDays(today, -1) : today;
  it.runIf(on >= `${today.slice(0, 4)}-02-01`)(
    'shows the county a compliance that varies: shares between none and all, and overdue branches',
    async () => {
      const client = t.client();
      await client.login('xianwei', DEMO_PASSWORD);
      const [county] = (await client.get<OrgSummary[]>('/api/orgs/roots')).body;
      const summary = await client.get<ComplianceSummary>(
        `/api/compliance/summary?orgId=${county!.id}&on=${on}`,
      );
      expect(summary.status).toBe(200);
      const share = (kind: string) => summary.body.totals.cells.find((c) => c.kind === kind)!.share!;
      for (const kind of ['general_meeting', 'theme_day']) {
        expect(share(kind)).toBeGreaterThan(0);
        expect(share(kind)).toBeLessThan(1);
      }
      expect(summary.body.rows.length).toBeGreaterThan(10);
      expect(new Set(summary.body.overdue.map((o) => o.orgId)).size).toBeGreaterThan(5);
    },
  );

  it("opens today's meeting of the demo branch for sign-in by its members", async () => {
    const [meeting] = (
      await t.database.db.execute<{ sign_in_token: string }>(sql`
        SELECT m.sign_in_token FROM meetings m JOIN orgs o ON o.id = m.org_id
         WHERE o.name = '东街社区党支部' AND m.state = 'planned' AND m.planned_on = ${chinaToday()}::date`)
    ).rows;
    const member = result.accounts.find((a) => a.role === 'member')!;
    const client = t.client();
    await client.login(member.login, DEMO_PASSWORD);
    const signed = await client.post<SignInView>(`/api/sign-in/${meeting!.sign_in_token}`);
    expect(signed.status).toBe(200);
    expect(signed.body.signedIn).toBe(true);
    const planned = await t.database.db.execute<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM meetings m JOIN orgs o ON o.id = m.org_id
       WHERE o.name = '东街社区党支部' AND m.state = 'planned'`);
    expect(Number(planned.rows[0]!.n)).toBeGreaterThanOrEqual(4);
  });

  it("has last year's member reviews within the cap and village elections as core tallies them", async () => {
    const db = t.database.db;
    const reviews = await db.execute<{
      graded: number;
      excellent: number;
      ungraded_full: number;
      graded_probationary: number;
    }>(sql`
      SELECT count(*) FILTER (WHERE e.grade IS NOT NULL)::int AS graded,
             count(*) FILTER (WHERE e.grade = 'excellent')::int AS excellent,
             count(*) FILTER (WHERE e.stage = 'full' AND e.grade IS NULL)::int AS ungraded_full,
             count(*) FILTER (WHERE e.stage = 'probationary' AND e.grade IS NOT NULL)::int AS graded_probationary
        FROM member_reviews r JOIN member_review_entries e ON e.review_id = r.id
       WHERE r.year = ${Number(today.slice(0, 4)) - 1}
       GROUP BY r.id`);
    expect(reviews.rows.length).toBeGreaterThan(100);
    for (const r of reviews.rows) {
      expect(Number(r.excellent)).toBeLessThanOrEqual(excellentLimit(Number(r.graded)));
      expect(Number(r.ungraded_full) + Number(r.graded_probationary)).toBe(0);
    }
    const excellent = reviews.rows.reduce((sum, r) => sum + Number(r.excellent), 0);
    const graded = reviews.rows.reduce((sum, r) => sum + Number(r.graded), 0);
    expect(excellent / graded).toBeGreaterThan(0.15);
    expect(excellent / graded).toBeLessThan(0.34);

    const stored = await db.execute<{
      entitled: number;
      present: number;
      seats: number;
      candidates: { seq: number; name: string; votes: number }[];
      tally: ElectionTally & { revoteOf: number | null };
    }>(sql`SELECT entitled, present, seats, candidates, tally FROM elections`);
    expect(stored.rows.length).toBeGreaterThan(100);
    for (const e of stored.rows) {
      const { revoteOf, ...tally } = e.tally;
      expect(revoteOf).toBeNull();
      expect(tally.elected).toHaveLength(e.seats);
      expect(
        tallyElection({
          entitled: e.entitled,
          present: e.present,
          seats: e.seats,
          candidates: e.candidates.map((c) => ({ id: c.seq, name: c.name, votes: c.votes })),
        }),
      ).toEqual(tally);
    }
  });

  it('gives the joint reviewer of 公安 candidates waiting in the queue', async () => {
    const client = t.client();
    await client.login('gongan', DEMO_PASSWORD);
    const queue = await client.get<JointReviewQueueItem[]>('/api/joint-reviews/queue');
    expect(queue.status).toBe(200);
    expect(queue.body.length).toBe(2);
    expect(new Set(queue.body.map((q) => q.department))).toEqual(new Set(['public_security']));
  });

  it("has this year's dues: every month billed, most paid, arrears at 3 and 6 months, remittances", async () => {
    const [county] = (await t.admin.get<OrgSummary[]>('/api/orgs/roots')).body.filter(
      (o) => o.name === '示范县委',
    );
    const year = Number(chinaToday().slice(0, 4));
    const summary = await t.admin.get<DuesSummary>(`/api/dues/summary?orgId=${county!.id}&year=${year}`);
    expect(summary.status).toBe(200);
    const { totals, months } = summary.body;
    expect(result.dues!.dueRows).toBe(totals.members);
    expect(totals.collectedFen / totals.dueFen).toBeGreaterThan(0.8);
    expect(totals.voluntaryFen).toBeGreaterThan(0);
    const billed = months.filter((m) => m.members > 0).map((m) => m.month);
    expect(billed).toHaveLength(result.dues!.months);
    const arrears = await t.admin.get<DuesArrearsList>(`/api/dues/arrears?orgId=${county!.id}`);
    expect(arrears.body.items.filter((i) => i.reminderDue).length).toBeGreaterThan(20);
    expect(arrears.body.items.filter((i) => i.isRemovalCase).length).toBeGreaterThan(5);
    const remittances = await t.admin.get<RemittanceList>(
      `/api/dues/remittances?orgId=${county!.id}&year=${year}`,
    );
    expect(remittances.body.items.length).toBeGreaterThan(100);
    expect(remittances.body.items.some((r) => r.differenceFen < 0)).toBe(true);
    const member = result.accounts.find((a) => a.role === 'member')!;
    const phone = t.client();
    await phone.login(member.login, DEMO_PASSWORD);
    const own = await phone.get<MemberDuesView>('/api/me/dues');
    expect(own.body.arrears.consecutiveUnpaid).toBe(0);
    expect(own.body.payments.length).toBeGreaterThan(0);
  });

  it("has this year's points: a township override, the demo member's claims of each status", async () => {
    expect(result.points!.entries).toBeGreaterThan(result.points!.persons);
    const member = result.accounts.find((a) => a.role === 'member')!;
    const phone = t.client();
    await phone.login(member.login, DEMO_PASSWORD);
    const own = await phone.get<MyPointsView>('/api/me/points');
    expect(own.status).toBe(200);
    expect(own.body.claims.map((c) => c.status).sort()).toEqual(['approved', 'pending', 'refused']);
    expect(
      own.body.entries.some(
        (e) => e.source === 'meeting_attendance' && !['示范县委', '系统默认'].includes(e.ruleOrgName),
      ),
    ).toBe(true);
  });

  it('is loaded only once', async () => {
    expect((await loadDemoCounty(t.database.db, t.cipher)).loaded).toBe(false);
  });

  it('leaves an intact audit chain', async () => {
    expect((await verifyAuditChain(t.database.db)).firstBrokenId).toBeNull();
  });

  it('gives a demo member a working sign-in by phone', async () => {
    const member = result.accounts.find((a) => a.role === 'member')!;
    const client = t.client();
    await client.login(member.login, DEMO_PASSWORD);
    expect((await client.get('/api/me/person')).status).toBe(200);
  });

  it('puts valid ID numbers on every record', async () => {
    const page = await t.admin.get<{ items: { id: number }[] }>('/api/persons?pageSize=50');
    for (const { id } of page.body.items.slice(0, 10)) {
      const person = await t.admin.get<{ idNumber: string; birthDate: string }>(
        `/api/persons/${id}?unmasked=true`,
      );
      expect(validateIdNumber(person.body.idNumber)).toMatchObject({
        valid: true,
        birthDate: person.body.birthDate,
      });
    }
  });

  it('gives the demo branch secretary exactly the branch', async () => {
    const client = t.client();
    await client.login('dongjie', DEMO_PASSWORD);
    const roots = await client.get<OrgSummary[]>('/api/orgs/roots');
    expect(roots.body.map((r) => r.name)).toEqual(['东街社区党支部']);
    const search = await client.get<OrgSummary[]>(`/api/orgs/search?q=${encodeURIComponent('西街')}`);
    expect(search.body).toEqual([]);
  });
});
