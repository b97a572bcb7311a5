import { addDays, type OrgCreateInput, type PostKind, type Role } from '@jiceng/core';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/connection';
import type { RequestContext } from '../auth/actor';
import { loadAssignments } from '../auth/service';
import { orgs } from '../modules/orgs/schema';
import { addPost, createOrg } from '../modules/orgs/service';
import { createUser } from '../modules/users/service';
import { users } from '../modules/users/schema';
import {
  COMMUNITIES,
  ENTERPRISES,
  GIVEN_CHARS,
  GROUP_ORDINALS,
  SURNAMES,
  TOWNSHIPS,
  VILLAGE_STEMS,
} from './names';
import { between, pick, seededRandom } from './random';

export const DEMO_COUNTY_NAME = '示范县委';
export const DEMO_PASSWORD = 'Demo2026jc';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  orgName: string;
}

export interface DemoResult {
  loaded: boolean;
  orgs: number;
  accounts: DemoAccount[];
}

/**
 * Loads a realistic county — county committee, working committee, hospital, twelve townships with their
 * villages, communities and enterprises, branches and groups, committee posts and terms — through the same
 * services the web uses, so every row is validated and audited. Does nothing when it is already there.
 */
export async function loadDemoCounty(
  db: Db,
  progress: (done: number, total: number) => void = () => undefined,
): Promise<DemoResult> {
  const [existing] = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.name, DEMO_COUNTY_NAME));
  if (existing) return { loaded: false, orgs: 0, accounts: [] };
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
  const random = seededRandom(20261123);
  const personName = () =>
    pick(random, SURNAMES) + pick(random, GIVEN_CHARS) + (random() < 0.7 ? pick(random, GIVEN_CHARS) : '');
  const date = (from: string, spanDays: number) => addDays(from, between(random, 0, spanDays));
  const estimate = 1 + 1 + 8 + 4 + TOWNSHIPS.length * 40;
  let count = 0;
  const byName = new Map<string, number>();

  const make = async (input: OrgCreateInput, posts: PostKind[] = ['secretary']) => {
    const org = await createOrg(db, ctx, input);
    byName.set(org.name, org.id);
    for (const post of posts) {
      await addPost(db, ctx, org.id, {
        post,
        holderName: personName(),
        startedOn: input.termStartedOn ?? null,
      });
    }
    count += 1;
    progress(count, estimate);
    return org;
  };
  const committeePosts: PostKind[] = [
    'secretary',
    'deputy_secretary',
    'organization_member',
    'publicity_member',
    'discipline_member',
  ];
  const groups = async (branchId: number, n: number) => {
    for (let g = 0; g < n; g += 1) {
      await make(
        { parentId: branchId, kind: 'group', name: `${GROUP_ORDINALS[g]}党小组`, code: `G${g + 1}` },
        [],
      );
    }
  };

  const county = await make(
    {
      parentId: null,
      kind: 'committee',
      name: DEMO_COUNTY_NAME,
      code: '360000',
      unitKind: 'agency',
      mayApproveAdmissions: true,
      termStartedOn: '2021-09-26',
      termYears: 5,
    },
    committeePosts,
  );
  const agencies = await make(
    {
      parentId: county.id,
      kind: 'working_committee',
      name: '县直机关工委',
      code: 'JG',
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
  ].entries()) {
    const branch = await make(
      {
        parentId: agencies.id,
        kind: 'branch',
        name,
        code: `JG${i + 1}`,
        unitKind: 'agency',
        termStartedOn: date('2023-01-01', 900),
      },
      ['secretary', 'organization_member', 'publicity_member'],
    );
    await groups(branch.id, 2);
  }
  const hospital = await make(
    {
      parentId: county.id,
      kind: 'committee',
      name: '县人民医院党委',
      code: 'YY',
      unitKind: 'institution',
      mayApproveAdmissions: true,
      termStartedOn: '2022-12-01',
    },
    committeePosts,
  );
  for (const [i, name] of ['内科党支部', '外科党支部', '行政后勤党支部'].entries()) {
    await make(
      {
        parentId: hospital.id,
        kind: 'branch',
        name,
        code: `YY${i + 1}`,
        unitKind: 'institution',
        termStartedOn: date('2022-06-01', 700),
      },
      ['secretary', 'organization_member'],
    );
  }

  for (const [t, township] of TOWNSHIPS.entries()) {
    const committee = await make(
      {
        parentId: county.id,
        kind: 'committee',
        name: `${township}党委`,
        code: `T${String(t + 1).padStart(2, '0')}`,
        mayApproveAdmissions: true,
        termStartedOn: '2021-08-20',
        termYears: 5,
      },
      committeePosts,
    );
    await make(
      {
        parentId: committee.id,
        kind: 'branch',
        name: `${township}机关党支部`,
        code: 'JG',
        unitKind: 'agency',
        termStartedOn: date('2023-03-01', 600),
      },
      ['secretary', 'organization_member'],
    );
    const villageCount = between(random, 6, 12);
    const stems = [...VILLAGE_STEMS].sort(() => random() - 0.5).slice(0, villageCount);
    for (const [v, stem] of stems.entries()) {
      const unitKind = 'village' as const;
      // Village committees were renewed together in 2021; a few renewed late, some are due now.
      const termStartedOn = random() < 0.8 ? date('2021-01-05', 120) : date('2021-06-01', 500);
      if (random() < 0.2) {
        const general = await make(
          {
            parentId: committee.id,
            kind: 'general_branch',
            name: `${stem}村党总支`,
            code: `V${v + 1}`,
            unitKind,
            termStartedOn,
          },
          ['secretary', 'deputy_secretary', 'organization_member'],
        );
        for (let b = 0; b < 2; b += 1) {
          const branch = await make(
            {
              parentId: general.id,
              kind: 'branch',
              name: `${stem}村${GROUP_ORDINALS[b]}党支部`,
              code: `B${b + 1}`,
              unitKind,
              termStartedOn,
            },
            ['secretary'],
          );
          await groups(branch.id, between(random, 2, 3));
        }
      } else {
        const branch = await make(
          {
            parentId: committee.id,
            kind: 'branch',
            name: `${stem}村党支部`,
            code: `V${v + 1}`,
            unitKind,
            termStartedOn,
          },
          random() < 0.5 ? ['secretary', 'organization_member', 'publicity_member'] : ['secretary'],
        );
        await groups(branch.id, between(random, 2, 4));
      }
    }
    if (t === 0) {
      for (const [c, community] of COMMUNITIES.entries()) {
        const branch = await make(
          {
            parentId: committee.id,
            kind: 'branch',
            name: `${community}党支部`,
            code: `C${c + 1}`,
            unitKind: 'community',
            termStartedOn: date('2021-01-10', 60),
          },
          ['secretary', 'deputy_secretary', 'organization_member'],
        );
        await groups(branch.id, 3);
      }
    }
    if (random() < 0.5) {
      await make(
        {
          parentId: committee.id,
          kind: 'joint_branch',
          name: `${township}非公企业联合党支部`,
          code: 'FG',
          unitKind: 'private_enterprise',
          termStartedOn: date('2023-01-01', 700),
        },
        ['secretary'],
      );
    }
  }
  const nonPublic = await make(
    {
      parentId: county.id,
      kind: 'committee',
      name: '县非公经济组织和社会组织综合党委',
      code: 'FG',
      unitKind: 'private_enterprise',
      mayApproveAdmissions: true,
      termStartedOn: '2024-04-18',
    },
    ['secretary', 'deputy_secretary', 'organization_member'],
  );
  for (const [e, enterprise] of ENTERPRISES.entries()) {
    await make(
      {
        parentId: nonPublic.id,
        kind: 'branch',
        name: `${enterprise}党支部`,
        code: `E${e + 1}`,
        unitKind: 'private_enterprise',
        termStartedOn: date('2023-05-01', 500),
      },
      ['secretary'],
    );
  }

  const accounts: DemoAccount[] = [
    { username: 'xianwei', displayName: '县委组织部 王建国', role: 'org_staff', orgName: DEMO_COUNTY_NAME },
    { username: 'chengguan', displayName: '城关镇组织委员 李秀英', role: 'org_staff', orgName: '城关镇党委' },
    {
      username: 'dongjie',
      displayName: '东街社区书记 张敏',
      role: 'branch_secretary',
      orgName: '东街社区党支部',
    },
    {
      username: 'xijie',
      displayName: '西街社区书记 刘洋',
      role: 'branch_secretary',
      orgName: '西街社区党支部',
    },
  ];
  for (const account of accounts) {
    await createUser(db, ctx, {
      username: account.username,
      displayName: account.displayName,
      password: DEMO_PASSWORD,
      assignments: [{ role: account.role, orgId: byName.get(account.orgName)! }],
    });
  }
  return { loaded: true, orgs: count, accounts };
}
