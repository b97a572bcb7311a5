import { chinaToday, type OrgCreateInput, type PostKind, type Role, type UnitKind } from '@jiceng/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/connection';
import type { RequestContext } from '../auth/actor';
import { loadAssignments } from '../auth/service';
import type { DataCipher } from '../http/crypto';
import { orgs } from '../modules/orgs/schema';
import { addPost, createOrg } from '../modules/orgs/service';
import { insertPersonsBulk } from '../modules/persons/bulk';
import { persons } from '../modules/persons/schema';
import { createMemberAccount } from '../modules/persons/self-service';
import { createUser } from '../modules/users/service';
import { users } from '../modules/users/schema';
import { loadDemoAssessment, type DemoAssessmentResult } from './assessment';
import { loadDemoAwards, type DemoAwardsResult } from './awards';
import { loadDemoDues, type DemoDuesResult } from './dues';
import { loadDemoPoints, type DemoPointsResult } from './points';
import { loadDemoService } from './service';
import { loadDemoMovement } from './movement';
import { loadDemoOrgLife, type DemoOrgLifeResult } from './org-life';
import { COMMUNITIES, ENTERPRISES, GROUP_ORDINALS, TOWNSHIPS, VILLAGE_STEMS } from './names';
import { demoPeople, type DemoBranch } from './people';
import { between, seededRandom } from './random';

export const DEMO_COUNTY_NAME = '示范县委';
export const DEMO_PASSWORD = 'Demo2026jc';
const COUNTY_CODE = '360426';

export interface DemoAccount {
  username: string;
  login: string;
  displayName: string;
  role: Role;
  orgName: string;
}

export interface DemoResult {
  loaded: boolean;
  orgs: number;
  people: number;
  accounts: DemoAccount[];
  /** Meetings, attendance rows, reviews and elections of the organizational life, when loaded. */
  orgLife?: DemoOrgLifeResult;
  /** This year's dues ledger, payments and remittances, when loaded. */
  dues?: DemoDuesResult;
  awards?: DemoAwardsResult;
  points?: DemoPointsResult;
  assessment?: DemoAssessmentResult;
  /** Rows of each service area (requests, trainings…), when loaded. */
  service?: Record<string, number>;
}

export type DemoProgress = (
  phase: 'orgs' | 'people' | 'meetings' | 'records',
  done: number,
  total: number,
) => void;

export async function demoCountyExists(db: Db): Promise<boolean> {
  const [existing] = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.name, DEMO_COUNTY_NAME));
  return existing !== undefined;
}

/**
 * Loads a realistic county: county committee, agencies' working committee, hospital, fifteen townships with
 * about 200 villages, communities and enterprises, their branches and groups, committee posts and terms,
 * over 5,000 people in every stage, and demo accounts. Orgs go through the same services as the web (so
 * they are validated and audited); people go in bulk. One transaction: all of it or nothing.
 */
export async function loadDemoCounty(
  db: Db,
  cipher: DataCipher,
  progress: DemoProgress = () => undefined,
): Promise<DemoResult> {
  if (await demoCountyExists(db)) return { loaded: false, orgs: 0, people: 0, accounts: [] };
  const [admin] = await db.select().from(users).where(eq(users.username, 'admin'));
  if (!admin) throw new Error('admin 账号不存在');
  const ctx: RequestContext = {
    clientIp: null,
    actor: {
      userId: admin.id,
      username: admin.username,
      displayName: admin.displayName,
      sessionId: '',
      assignments: await loadAssignments(db, admin.id),
    },
  };
  return db.transaction(async (outer) => {
    // The services open their own transactions; inside this one they become savepoints, so the whole
    // county commits once (one disk flush instead of a thousand on the embedded database).
    const tx = outer as unknown as Db;
    const random = seededRandom(20261123);
    const today = chinaToday();
    const branches: DemoBranch[] = [];
    const committees: { id: number; posts: PostKind[] }[] = [];
    const byName = new Map<string, number>();
    const plannedOrgs = 1100;
    let orgCount = 0;

    const make = async (input: OrgCreateInput, posts: PostKind[] = ['secretary']) => {
      const org = await createOrg(tx, ctx, input);
      byName.set(org.name, org.id);
      orgCount += 1;
      if (orgCount % 25 === 0) progress('orgs', orgCount, plannedOrgs);
      if (posts.length) committees.push({ id: org.id, posts });
      return org;
    };
    const branch = async (
      input: OrgCreateInput & { unitKind: UnitKind },
      place: string,
      groupCount: number,
      posts?: PostKind[],
    ) => {
      const org = await make(
        input,
        posts ?? (random() < 0.4 ? ['secretary', 'organization_member', 'publicity_member'] : ['secretary']),
      );
      const groupIds: number[] = [];
      for (let g = 0; g < groupCount; g += 1) {
        const group = await make(
          {
            parentId: org.id,
            kind: 'group',
            name: `${GROUP_ORDINALS[g]}党小组`,
            code: `${input.code}G${g + 1}`,
          },
          [],
        );
        groupIds.push(group.id);
      }
      branches.push({
        id: org.id,
        name: org.name,
        tenantOrgId: county.id,
        unitKind: input.unitKind,
        groupIds,
        place,
      });
    };
    const full: PostKind[] = [
      'secretary',
      'deputy_secretary',
      'organization_member',
      'publicity_member',
      'discipline_member',
    ];
    const date = (from: string, spanDays: number) =>
      new Date(Date.parse(from) + between(random, 0, spanDays) * 86_400_000).toISOString().slice(0, 10);

    const county = await make(
      {
        parentId: null,
        kind: 'committee',
        name: DEMO_COUNTY_NAME,
        code: COUNTY_CODE,
        unitKind: 'agency',
        mayApproveAdmissions: true,
        termStartedOn: '2021-09-26',
        termYears: 5,
      },
      full,
    );
    const agencies = await make(
      {
        parentId: county.id,
        kind: 'working_committee',
        name: '县直机关工委',
        code: `${COUNTY_CODE}JG`,
        unitKind: 'agency',
        mayApproveAdmissions: true,
        termStartedOn: '2023-06-15',
      },
      ['secretary', 'deputy_secretary'],
    );
    for (const [i, name] of [
      '县委办公室党支部',
      '县政府办公室党支部',
      '县财政局党支部',
      '县发展改革局党支部',
      '县教育局机关党支部',
    ].entries()) {
      await branch(
        {
          parentId: agencies.id,
          kind: 'branch',
          name,
          code: `${COUNTY_CODE}JG${i + 1}`,
          unitKind: 'agency',
          termStartedOn: date('2023-01-01', 900),
        },
        '县城',
        2,
      );
    }
    const hospital = await make(
      {
        parentId: county.id,
        kind: 'committee',
        name: '县人民医院党委',
        code: `${COUNTY_CODE}YY`,
        unitKind: 'institution',
        mayApproveAdmissions: true,
        termStartedOn: '2022-12-01',
      },
      full,
    );
    for (const [i, name] of ['内科党支部', '外科党支部', '行政后勤党支部'].entries()) {
      await branch(
        {
          parentId: hospital.id,
          kind: 'branch',
          name,
          code: `${COUNTY_CODE}YY${i + 1}`,
          unitKind: 'institution',
          termStartedOn: date('2022-06-01', 700),
        },
        '县城',
        2,
      );
    }

    for (const [t, township] of TOWNSHIPS.entries()) {
      const code = `${COUNTY_CODE}${String(t + 1).padStart(3, '0')}`;
      const committee = await make(
        {
          parentId: county.id,
          kind: 'committee',
          name: `${township}党委`,
          code,
          mayApproveAdmissions: true,
          termStartedOn: '2021-08-20',
          termYears: 5,
        },
        full,
      );
      await branch(
        {
          parentId: committee.id,
          kind: 'branch',
          name: `${township}机关党支部`,
          code: `${code}JG`,
          unitKind: 'agency',
          termStartedOn: date('2023-03-01', 600),
        },
        township,
        2,
      );
      const villageCount = between(random, 11, 15);
      const stems = [...VILLAGE_STEMS].sort(() => random() - 0.5).slice(0, villageCount);
      for (const [v, stem] of stems.entries()) {
        const villageCode = `${code}${String(v + 1).padStart(3, '0')}`;
        // Village committees were renewed together in 2021 for five years, so many are due now.
        const termStartedOn = random() < 0.8 ? date('2021-01-05', 120) : date('2021-06-01', 500);
        const place = `${township}${stem}村`;
        if (random() < 0.15) {
          const general = await make(
            {
              parentId: committee.id,
              kind: 'general_branch',
              name: `${stem}村党总支`,
              code: villageCode,
              unitKind: 'village',
              termStartedOn,
            },
            ['secretary', 'deputy_secretary', 'organization_member'],
          );
          for (let b = 0; b < 2; b += 1) {
            await branch(
              {
                parentId: general.id,
                kind: 'branch',
                name: `${stem}村${GROUP_ORDINALS[b]}党支部`,
                code: `${villageCode}B${b + 1}`,
                unitKind: 'village',
                termStartedOn,
              },
              place,
              between(random, 2, 3),
            );
          }
        } else {
          await branch(
            {
              parentId: committee.id,
              kind: 'branch',
              name: `${stem}村党支部`,
              code: villageCode,
              unitKind: 'village',
              termStartedOn,
            },
            place,
            between(random, 2, 4),
          );
        }
      }
      if (t === 0) {
        for (const [c, community] of COMMUNITIES.entries()) {
          await branch(
            {
              parentId: committee.id,
              kind: 'branch',
              name: `${community}党支部`,
              code: `${code}C${c + 1}`,
              unitKind: 'community',
              termStartedOn: date('2021-01-10', 60),
            },
            community,
            3,
            ['secretary', 'deputy_secretary', 'organization_member'],
          );
        }
      }
      if (random() < 0.5) {
        await branch(
          {
            parentId: committee.id,
            kind: 'joint_branch',
            name: `${township}非公企业联合党支部`,
            code: `${code}FG`,
            unitKind: 'private_enterprise',
            termStartedOn: date('2023-01-01', 700),
          },
          township,
          0,
        );
      }
    }
    const nonPublic = await make(
      {
        parentId: county.id,
        kind: 'committee',
        name: '县非公经济组织和社会组织综合党委',
        code: `${COUNTY_CODE}FG`,
        unitKind: 'private_enterprise',
        mayApproveAdmissions: true,
        termStartedOn: '2024-04-18',
      },
      ['secretary', 'deputy_secretary', 'organization_member'],
    );
    for (const [e, enterprise] of ENTERPRISES.entries()) {
      await branch(
        {
          parentId: nonPublic.id,
          kind: 'branch',
          name: `${enterprise}党支部`,
          code: `${COUNTY_CODE}FG${e + 1}`,
          unitKind: 'private_enterprise',
          termStartedOn: date('2023-05-01', 500),
        },
        '县城',
        0,
      );
    }
    progress('orgs', orgCount, orgCount);

    let serial = 0;
    const sizes: Record<string, [number, number]> = {
      village: [16, 34],
      community: [25, 40],
      agency: [12, 28],
      institution: [20, 35],
      private_enterprise: [5, 12],
    };
    const records = branches.flatMap((b) => {
      const [min, max] = sizes[b.unitKind ?? 'agency'] ?? [10, 20];
      return demoPeople(random, b, between(random, min, max), today, () => (serial += 1));
    });
    await insertPersonsBulk(
      outer,
      cipher,
      records,
      { recordedBy: admin.id, registeredOn: today, details: { source: 'demo' } },
      (done) => progress('people', done, records.length),
    );

    // Posts are held by full members of the org's own branch where it has people, else by name.
    const holders = await outer
      .select({ id: persons.id, orgId: persons.orgId })
      .from(persons)
      .where(
        and(
          inArray(
            persons.orgId,
            branches.map((b) => b.id),
          ),
          eq(persons.stage, 'full'),
        ),
      );
    const byBranch = new Map<number, number[]>();
    for (const h of holders) byBranch.set(h.orgId, [...(byBranch.get(h.orgId) ?? []), h.id]);
    for (const c of committees) {
      const pool = [...(byBranch.get(c.id) ?? [])];
      for (const post of c.posts) {
        const personId = pool.length ? pool.splice(Math.floor(random() * pool.length), 1)[0]! : null;
        await addPost(
          tx,
          ctx,
          c.id,
          personId
            ? { post, personId }
            : { post, holderName: records[between(random, 0, records.length - 1)]!.name },
        );
      }
    }

    const accounts: DemoAccount[] = [
      {
        username: 'xianwei',
        login: 'xianwei',
        displayName: '县委组织部 王建国',
        role: 'org_staff',
        orgName: DEMO_COUNTY_NAME,
      },
      {
        username: 'chengguan',
        login: 'chengguan',
        displayName: '城关镇组织委员 李秀英',
        role: 'org_staff',
        orgName: '城关镇党委',
      },
      {
        username: 'dongjie',
        login: 'dongjie',
        displayName: '东街社区书记 张敏',
        role: 'branch_secretary',
        orgName: '东街社区党支部',
      },
      {
        username: 'xijie',
        login: 'xijie',
        displayName: '西街社区书记 刘洋',
        role: 'branch_secretary',
        orgName: '西街社区党支部',
      },
      {
        username: 'gongan',
        login: 'gongan',
        displayName: '公安局 审查员 赵刚',
        role: 'joint_reviewer',
        orgName: DEMO_COUNTY_NAME,
      },
    ];
    for (const account of accounts) {
      await createUser(tx, ctx, {
        username: account.username,
        displayName: account.displayName,
        password: DEMO_PASSWORD,
        assignments: [{ role: account.role, orgId: byName.get(account.orgName)! }],
      });
    }
    const eastStreet = records.findIndex(
      (r) => r.orgId === byName.get('东街社区党支部') && r.phone && r.dates.conversionDate,
    );
    const [member] = await outer
      .select()
      .from(persons)
      .where(eq(persons.idNumberHash, cipher.lookupHash(records[eastStreet]!.idNumber)));
    const { username } = await createMemberAccount(tx, ctx, member!.id, DEMO_PASSWORD);
    accounts.push({
      username,
      login: records[eastStreet]!.phone!,
      displayName: `党员 ${member!.name}`,
      role: 'member',
      orgName: '东街社区党支部',
    });
    await loadDemoMovement(tx, cipher, ctx, (name) => byName.get(name)!, today);
    // Dues, awards, service, points and assessment take a while each: the progress line names the step (of five).
    progress('records', 0, 5);
    const dues = await loadDemoDues(outer, county, today, [member!.id]);
    progress('records', 1, 5);
    const awards = await loadDemoAwards(outer, county, today);
    const orgLife = await loadDemoOrgLife(outer, cipher, ctx, county.id, today, 'gongan', (done, total) =>
      progress('meetings', done, total),
    );
    progress('records', 2, 5);
    const service = await loadDemoService(outer, county, today);
    progress('records', 3, 5);
    // After the meetings and the service records: attendance and service hours are what points come from.
    const points = await loadDemoPoints(outer, county, today);
    progress('records', 4, 5);
    // After the meetings too: the monthly assessment scores them.
    const assessment = await loadDemoAssessment(outer, county, today);
    progress('records', 5, 5);
    return {
      loaded: true,
      orgs: orgCount,
      people: records.length,
      accounts,
      orgLife,
      dues,
      awards,
      points,
      assessment,
      service,
    };
  });
}
