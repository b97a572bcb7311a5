import {
  addDays,
  addMonths,
  BASE_REQUIREMENTS,
  DEFAULT_EXCELLENT_CAP_TEXT,
  excellentLimit,
  minCandidates,
  periodOf,
  tallyElection,
  type AttendanceMark,
  type IsoDate,
  type MeetingDetail,
  type MeetingKind,
  type MinutesView,
  type ReviewGrade,
} from '@jiceng/core';
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { RequestContext } from '../auth/actor';
import { loadAssignments } from '../auth/service';
import type { Db, Tx } from '../db/connection';
import type { DataCipher } from '../http/crypto';
import { COMMITTEE_MIN_FULL_MEMBERS } from '../modules/compliance/load';
import { setMeetingRule } from '../modules/compliance/rules';
import { decide } from '../modules/elections/decisions';
import { addReviewer, departmentsOf } from '../modules/elections/departments';
import { createJointReview } from '../modules/elections/joint-reviews';
import { elections, jointReviewDecisions } from '../modules/elections/schema';
import { insertJsonRows } from '../modules/imports/json-insert';
import { minutesHashOf } from '../modules/meetings/close';
import { meetingAttendees, meetings } from '../modules/meetings/schema';
import { memberReviewEntries, memberReviews } from '../modules/reviews/schema';
import { users } from '../modules/users/schema';
import { between, pick, seededRandom } from './random';

type Attendee = MeetingDetail['attendees'][number];

interface Member {
  id: number;
  name: string;
  groupId: number | null;
  stage: 'probationary' | 'full';
  admittedOn: IsoDate | null;
  convertedOn: IsoDate | null;
  lostSince: IsoDate | null;
  outflowOn: IsoDate | null;
  userId: number | null;
  /** How this member tends to attend: working away, too old to come often, or usually there. */
  habit: 'away' | 'frail' | 'regular';
}

interface Post {
  post: string;
  personId: number | null;
  holderName: string;
}

interface Branch {
  id: number;
  name: string;
  kind: string;
  unitKind: string | null;
  parentId: number | null;
  /** The county's child the branch lies under (a township committee, 县直机关工委…): its row in /compliance. */
  area: string;
  areaId: number;
  groups: { id: number; name: string }[];
  members: Member[];
  posts: Post[];
  hasCommittee: boolean;
  /** Chance of holding each required meeting. */
  diligence: number;
  /** Stopped holding meetings from this day on (a secretary left, the village is busy with a project…). */
  lapsedFrom: IsoDate | null;
  /** The branch's usual theme day (主题党日) of the month. */
  themeDay: number;
  monthlyLectures: boolean;
}

interface Draft {
  branch: Branch;
  groupId: number | null;
  kind: MeetingKind;
  title: string;
  on: IsoDate;
  startsAt: string;
  place: string;
  minutes: MinutesView;
  attendees: Attendee[];
  closedAt: string;
}

export interface DemoOrgLifeResult {
  meetings: number;
  attendees: number;
  reviews: number;
  elections: number;
}

/**
 * Branches come in three sorts: reliable ones that almost never miss a meeting, average ones that miss
 * one now and then, weak ones that miss often. Where a branch lies sets the mix: townships known for their
 * party work, a few weaker ones, the rest in between. Misses then gather in some branches, as they do,
 * instead of spreading a few over every branch.
 */
const DILIGENCE = { reliable: 0.997, average: 0.93, weak: 0.72 } as const;
const MIX = { good: [0.75, 0.22], usual: [0.45, 0.43], weak: [0.1, 0.4] } as const;
const AREA_STANDING: Record<string, keyof typeof MIX> = {
  县直机关工委: 'good',
  县人民医院党委: 'good',
  城关镇党委: 'good',
  龙泉镇党委: 'good',
  高坪镇党委: 'weak',
  柳林乡党委: 'weak',
  凤凰乡党委: 'weak',
  县非公经济组织和社会组织综合党委: 'weak',
};
/** How much more often a kind is skipped than the branch's average: group and committee meetings most. */
const SKIPPED: Record<MeetingKind, number> = {
  general_meeting: 0.6,
  committee_meeting: 1.1,
  group_meeting: 1.3,
  lecture: 1,
  theme_day: 0.8,
  life_meeting: 0.5,
  member_review: 0.5,
};
/** The township that asks its branches for a lecture every month (a stricter local rule). */
const MONTHLY_LECTURE_AREA = '龙泉镇党委';
const DEMO_BRANCH = '东街社区党支部';
const QUARTER_NAMES = ['一', '二', '三', '四'];

const STUDIES = [
  '《中国共产党章程》',
  '党的二十大报告相关篇目',
  '党的二十届三中全会精神',
  '《中国共产党纪律处分条例》',
  '《中国共产党支部工作条例（试行）》',
  '《习近平谈治国理政》相关篇目',
  '上级党委近期会议精神',
  '《中国共产党党员权利保障条例》',
];
const LECTURES = [
  '坚定理想信念 筑牢信仰之基',
  '弘扬伟大建党精神 争做合格党员',
  '以高质量党建引领基层治理',
  '严守政治纪律和政治规矩',
  '发挥党员先锋模范作用',
  '践行全心全意为人民服务的根本宗旨',
  '加强作风建设 密切党群干群关系',
  '从党的历史中汲取奋进力量',
  '学纪知纪明纪守纪',
  '推进基层治理现代化的实践与思考',
];
const MONTH_THEMES = [
  '新春走访慰问困难党员群众',
  '学习贯彻上级党委全会精神',
  '学雷锋志愿服务',
  '清明祭英烈 传承红色基因',
  '重温入党誓词 践行初心使命',
  '党员政治生日',
  '庆祝中国共产党成立{anniversary}周年',
  '防汛救灾 党员先锋在行动',
  '秋收助农 党员在行动',
  '爱国主义教育',
  '学习贯彻党的二十届四中全会精神',
  '年终总结 民主议事',
];
const COMMITTEE_TOPICS = [
  '研究春节期间走访慰问名单和安全稳定工作',
  '研究支部年度工作要点和党员教育培训计划',
  '研究入党积极分子培养考察情况',
  '研究清明节期间森林防火和安全工作',
  '研究发展对象政治审查和培训安排',
  '研究“七一”表彰推荐人选',
  '研究汛期值班和应急安排',
  '研究党员联系服务群众工作',
  '研究秋季重点工作分工',
  '研究党员发展计划和党费收缴情况',
  '研究年度党员发展工作和冬季安全工作',
  '研究年度工作总结和组织生活会准备工作',
];
const GENERAL_TOPICS = [
  {
    topics: '传达学习上级党委年度工作会议精神；讨论通过支部年度工作计划；通报上年度党费收缴情况',
    decisions: '通过支部年度工作计划；明确党员联系户分工，责任到人',
  },
  {
    topics: '学习党章党规；通报上半年工作开展情况；讨论确定年度发展对象人选',
    decisions: '确定发展对象人选，报上级党委审查；做好“七一”走访慰问老党员工作',
  },
  {
    topics: '传达学习上级会议精神；通报党费收缴和党员管理情况；部署秋季重点工作',
    decisions: '落实秋季重点工作分工；督促长期外出党员按时交纳党费',
  },
  {
    topics: '总结支部年度工作；研究组织生活会和民主评议党员准备工作；通报年度党费收缴情况',
    decisions: '确定组织生活会召开时间和议程，会前开展谈心谈话',
  },
];
const ACTIONS: Record<string, string[]> = {
  village: [
    '开展人居环境整治志愿服务',
    '走访慰问困难老党员',
    '清理河道和村道垃圾',
    '宣传防范电信网络诈骗知识',
    '开展防溺水安全宣传',
    '协助开展森林防火巡查',
  ],
  community: [
    '入户走访独居老人',
    '开展垃圾分类宣传',
    '清理小区楼道杂物',
    '开展反诈宣传进小区',
    '开展“我为群众办实事”志愿服务',
  ],
  other: [
    '到挂点村开展结对帮扶',
    '参观县革命历史纪念馆',
    '开展“我为群众办实事”志愿服务',
    '开展文明交通志愿服务',
  ],
};
const LEAVE_REASONS: Record<string, string[]> = {
  village: ['生病住院', '家中有事', '农忙', '照顾生病家人', '外出办事'],
  other: ['因公出差', '参加上级培训', '生病住院', '家中有事', '照顾生病家人'],
};

const pad2 = (n: number) => String(n).padStart(2, '0');
/** `2026年第四季度`. */
const quarterName = (on: IsoDate) =>
  `${on.slice(0, 4)}年第${QUARTER_NAMES[Math.floor((Number(on.slice(5, 7)) - 1) / 3)]!}季度`;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** The day of the month, or the month's last day when it has fewer. */
function dayIn(year: number, month: number, day: number): IsoDate {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad2(month)}-${pad2(Math.min(day, last))}`;
}

/** A China-time instant as a timestamptz the database reads. */
const at = (date: IsoDate, time: string) => `${date}T${time}:00+08:00`;

function placeOf(branch: Branch, kind: MeetingKind, month: number): string {
  if (kind === 'theme_day' && month === 4) return '县革命烈士陵园';
  const name = branch.name;
  if (branch.unitKind === 'village') return `${name.slice(0, name.indexOf('村') + 1)}党群服务中心`;
  if (branch.unitKind === 'community') return `${name.replace(/党支部$/, '')}党群服务中心`;
  if (branch.kind === 'joint_branch') return `${name.replace(/联合党支部$/, '')}党群服务站`;
  if (branch.area === '县人民医院党委') return `县人民医院${name.replace(/党支部$/, '')}会议室`;
  if (name.endsWith('机关党支部') && !name.startsWith('县'))
    return `${name.replace('机关党支部', '')}政府会议室`;
  if (branch.unitKind === 'private_enterprise') return `${name.replace(/党支部$/, '')}党员活动室`;
  return `${name.replace(/(机关)?党支部$/, '')}会议室`;
}

/**
 * The organizational life of the demo county this year: closed meetings of every required kind with
 * minutes, attendance and the minutes hash the meetings module computes; last year's member reviews;
 * the village committees' last elections; a township's stricter lecture rule; a joint reviewer with a
 * review waiting; and the coming meetings of the demo branch, today's open for sign-in. The bulk goes
 * in with a few set-based statements per thousand meetings and, like the people, is not audited one by
 * one; the rule and the joint review go through the services, audited as the web would leave them.
 */
export async function loadDemoOrgLife(
  outer: Tx,
  cipher: DataCipher,
  ctx: RequestContext,
  countyId: number,
  today: IsoDate,
  reviewerUsername: string,
  progress: (done: number, total: number) => void = () => undefined,
): Promise<DemoOrgLifeResult> {
  // The services open their own transactions; inside the caller's they become savepoints.
  const db = outer as unknown as Db;
  const random = seededRandom(20261202);
  const adminId = ctx.actor!.userId;
  const year = Number(today.slice(0, 4));
  const { branches, postsByOrg } = await loadBranches(outer, countyId, today, random);
  const byName = new Map(branches.map((b) => [b.name, b]));

  // A stricter rule of one township, through the service; its branches hold lectures monthly.
  const lectureArea = branches.find((b) => b.area === MONTHLY_LECTURE_AREA);
  if (lectureArea) {
    await setMeetingRule(db, ctx, lectureArea.areaId, { kind: 'lecture', per: 'month', minCount: 1 });
  }

  const drafts: Draft[] = [];
  const reviews: { branch: Branch; meeting: Draft | null; entries: ReviewRow[] }[] = [];
  const demo = byName.get(DEMO_BRANCH);
  const upcoming = demo ? upcomingOf(demo, today) : [];
  for (const branch of branches) {
    const skip =
      branch === demo
        ? new Set(upcoming.map((u) => `${u.kind}:${u.groupId ?? ''}:${periodKey(u.kind, u.plannedOn)}`))
        : new Set<string>();
    const review = reviewOf(branch, year - 1, random);
    const { list, reviewMeeting } = scheduleOf(branch, year, today, review, skip, random);
    drafts.push(...list);
    reviews.push({ branch, meeting: reviewMeeting, entries: review });
  }

  const ids = new Map<Draft, number>();
  let attendeeCount = 0;
  const MEETING_BATCH = 1500;
  for (let start = 0; start < drafts.length; start += MEETING_BATCH) {
    const chunk = drafts.slice(start, start + MEETING_BATCH);
    attendeeCount += await insertMeetings(outer, chunk, ids, countyId, adminId);
    progress(start + chunk.length, drafts.length);
  }
  const reviewCount = await insertReviews(outer, reviews, ids, countyId, adminId, year);
  const electionCount = await insertElections(outer, branches, postsByOrg, countyId, adminId, random);
  await loadJointReview(db, cipher, ctx, outer, countyId, branches, reviewerUsername);
  if (demo) await insertUpcoming(outer, demo, upcoming, countyId, adminId);
  return {
    meetings: drafts.length,
    attendees: attendeeCount,
    reviews: reviewCount,
    elections: electionCount,
  };
}

/** The period a meeting of this kind counts for in the base requirements (for the demo branch's plan). */
function periodKey(kind: MeetingKind, on: IsoDate): string {
  return periodOf(on, BASE_REQUIREMENTS.find((r) => r.kind === kind)!.per).key;
}

async function loadBranches(
  tx: Tx,
  countyId: number,
  today: IsoDate,
  random: () => number,
): Promise<{ branches: Branch[]; postsByOrg: Map<number, Post[]> }> {
  const rows = await tx.execute<{
    id: number;
    name: string;
    kind: string;
    unit_kind: string | null;
    parent_id: number | null;
    area_id: number;
    area: string;
  }>(sql`
    SELECT o.id, o.name, o.kind, o.unit_kind, o.parent_id, a.id AS area_id, a.name AS area
      FROM orgs o JOIN orgs a ON a.id = NULLIF(split_part(o.path, '/', 3), '')::int
     WHERE o.tenant_org_id = ${countyId} AND o.kind IN ('branch', 'joint_branch') AND o.dissolved_at IS NULL
     ORDER BY o.path`);
  const groups = await tx.execute<{ id: number; name: string; parent_id: number }>(sql`
    SELECT g.id, g.name, g.parent_id FROM orgs g
     WHERE g.tenant_org_id = ${countyId} AND g.kind = 'group' AND g.dissolved_at IS NULL
     ORDER BY g.code, g.id`);
  // Counted members (T14) as the meetings module expects them, with what decides their attendance.
  const people = await tx.execute<{
    id: number;
    name: string;
    org_id: number;
    group_id: number | null;
    stage: 'probationary' | 'full';
    admission_date: string | null;
    conversion_date: string | null;
    birth_date: string;
    lost_since: string | null;
    user_id: number | null;
    outflow_on: string | null;
  }>(sql`
    SELECT p.id, p.name, p.org_id, p.group_id, p.stage, p.admission_date, p.conversion_date, p.birth_date,
           p.lost_since, p.user_id,
           (SELECT min(f.outflow_on) FROM outflows f WHERE f.person_id = p.id) AS outflow_on
      FROM persons p
     WHERE p.tenant_org_id = ${countyId} AND p.stage IN ('probationary', 'full') AND p.standing = 'active'
       AND p.transferred_out_on IS NULL
     ORDER BY p.id`);
  const posts = await tx.execute<{
    org_id: number;
    post: string;
    person_id: number | null;
    holder_name: string;
  }>(
    sql`
    SELECT op.org_id, op.post, op.person_id, op.holder_name FROM org_posts op JOIN orgs o ON o.id = op.org_id
     WHERE o.tenant_org_id = ${countyId} AND op.ended_on IS NULL ORDER BY op.id`,
  );

  const branches = new Map<number, Branch>();
  for (const r of rows.rows) {
    const [reliable, average] = MIX[AREA_STANDING[r.area] ?? 'usual'];
    const roll = random();
    const sort = roll < reliable ? 'reliable' : roll < reliable + average ? 'average' : 'weak';
    const name = r.name;
    // Theme days on a fixed day: the 1st is the most common choice, then round days.
    const themeDay = pick(random, [1, 1, 1, 1, 5, 8, 10, 10, 15, 15, 18, 20, 25, between(random, 2, 28)]);
    branches.set(Number(r.id), {
      id: Number(r.id),
      name,
      kind: r.kind,
      unitKind: r.unit_kind,
      parentId: r.parent_id === null ? null : Number(r.parent_id),
      area: r.area,
      areaId: Number(r.area_id),
      groups: [],
      members: [],
      posts: [],
      hasCommittee: false,
      diligence:
        name === DEMO_BRANCH || sort === 'reliable'
          ? DILIGENCE.reliable
          : clamp(DILIGENCE[sort] + (random() - 0.5) * 0.08, 0.5, 0.99),
      lapsedFrom: null,
      themeDay,
      monthlyLectures: r.area === MONTHLY_LECTURE_AREA,
    });
  }
  for (const g of groups.rows)
    branches.get(Number(g.parent_id))?.groups.push({ id: Number(g.id), name: g.name });
  for (const p of people.rows) {
    const branch = branches.get(Number(p.org_id));
    if (!branch) continue;
    const birthYear = Number(p.birth_date.slice(0, 4));
    const roll = random();
    branch.members.push({
      id: Number(p.id),
      name: p.name,
      groupId: p.group_id === null ? null : Number(p.group_id),
      stage: p.stage,
      admittedOn: p.admission_date,
      convertedOn: p.conversion_date,
      lostSince: p.lost_since,
      outflowOn: p.outflow_on,
      userId: p.user_id === null ? null : Number(p.user_id),
      habit:
        Number(today.slice(0, 4)) - birthYear >= 80
          ? 'frail'
          : branch.unitKind === 'village' && roll < 0.1
            ? 'away'
            : branch.unitKind === 'private_enterprise' && roll < 0.05
              ? 'away'
              : 'regular',
    });
  }
  const orgPosts = new Map<number, Post[]>();
  for (const p of posts.rows) {
    const list = orgPosts.get(Number(p.org_id)) ?? [];
    list.push({
      post: p.post,
      personId: p.person_id === null ? null : Number(p.person_id),
      holderName: p.holder_name,
    });
    orgPosts.set(Number(p.org_id), list);
  }
  const list = [...branches.values()];
  for (const b of list) {
    b.posts = orgPosts.get(b.id) ?? [];
    // As compliance decides it (L9), so the committee meetings held are the ones required.
    const full = b.members.filter((m) => m.stage === 'full').length;
    b.hasCommittee =
      full >= COMMITTEE_MIN_FULL_MEMBERS ||
      b.posts.some((p) => p.post !== 'secretary' && p.post !== 'deputy_secretary');
    // A few branches went quiet two months ago, so the overdue lists have something recent in them.
    if (b.name !== DEMO_BRANCH && b.name !== '西街社区党支部' && random() < 0.06) {
      b.lapsedFrom = addMonths(`${today.slice(0, 7)}-01`, -2);
    }
  }
  return { branches: list, postsByOrg: orgPosts };
}

interface ReviewRow {
  personId: number;
  stage: 'probationary' | 'full';
  grade: ReviewGrade | null;
  comment: string | null;
}

/**
 * Last year's 民主评议 of the branch, held early this year: members admitted by the end of last year,
 * probationary ones ungraded (L6), about a fifth to three tenths 优秀 within the one-third cap (L5), a few
 * 基本合格 (mostly members away who rarely took part).
 */
function reviewOf(branch: Branch, reviewYear: number, random: () => number): ReviewRow[] {
  const yearEnd = `${reviewYear}-12-31`;
  const rows = branch.members
    .filter((m) => m.admittedOn !== null && m.admittedOn <= yearEnd)
    .map((m) => {
      // The stage on review: someone converted this year was still probationary then.
      const full = m.convertedOn !== null ? m.convertedOn <= yearEnd : m.stage === 'full';
      const stage: ReviewRow['stage'] = full ? 'full' : 'probationary';
      return {
        personId: m.id,
        stage,
        grade: null as ReviewGrade | null,
        comment: null as string | null,
        habit: m.habit,
      };
    });
  const full = rows.filter((r) => r.stage === 'full');
  const limit = excellentLimit(full.length);
  const wanted = Math.min(limit, Math.round(full.length * (0.2 + random() * 0.1)));
  const order = [...full].sort(() => random() - 0.5);
  let excellent = 0;
  for (const r of order) {
    if (r.habit === 'away' && random() < 0.5) {
      r.grade = 'basically_qualified';
      r.comment = '长期外出务工，参加组织生活较少';
    } else if (random() < 0.02) {
      r.grade = 'basically_qualified';
      r.comment = '按时交纳党费不够及时，发挥作用不够明显';
    } else if (excellent < wanted && r.habit === 'regular') {
      r.grade = 'excellent';
      excellent += 1;
    } else {
      r.grade = 'qualified';
    }
  }
  return rows.map(({ personId, stage, grade, comment }) => ({ personId, stage, grade, comment }));
}

function markOf(
  member: Member,
  on: IsoDate,
  committee: boolean,
  unitKind: string | null,
  random: () => number,
): { mark: AttendanceMark; reason: string | null } {
  if (member.lostSince !== null && member.lostSince <= on) return { mark: 'absent', reason: null };
  if (member.outflowOn !== null && member.outflowOn <= on) return { mark: 'excused', reason: '外出务工' };
  const month = Number(on.slice(5, 7));
  if (member.habit === 'away') {
    // Home for the Spring Festival, away the rest of the year.
    const home = month <= 2 ? 0.8 : 0.2;
    return random() < home ? { mark: 'present', reason: null } : { mark: 'excused', reason: '外出务工' };
  }
  if (member.habit === 'frail' && random() < 0.45) {
    return { mark: 'excused', reason: random() < 0.7 ? '年老体弱行动不便' : '生病住院' };
  }
  const present = committee ? 0.96 : unitKind === 'village' ? 0.88 : 0.92;
  if (random() < present) return { mark: 'present', reason: null };
  if (random() < 0.7) {
    return {
      mark: 'excused',
      reason: pick(random, LEAVE_REASONS[unitKind === 'village' ? 'village' : 'other']!),
    };
  }
  return { mark: 'absent', reason: null };
}

interface Upcoming {
  kind: MeetingKind;
  title: string;
  plannedOn: IsoDate;
  startsAt: string;
  place: string;
  groupId?: number;
  agenda: string;
}

/** The demo branch's next two weeks: today's theme day (open for sign-in with the QR code) and four more. */
function upcomingOf(branch: Branch, on: IsoDate): Upcoming[] {
  const month = Number(on.slice(5, 7));
  const place = placeOf(branch, 'general_meeting', 0);
  const theme = MONTH_THEMES[month - 1]!.replace('{anniversary}', String(Number(on.slice(0, 4)) - 1921));
  const group = branch.groups[0];
  return [
    {
      kind: 'theme_day',
      title: `${month}月主题党日：${theme}`,
      plannedOn: on,
      startsAt: '14:30',
      place,
      agenda: '1. 重温入党誓词；2. 集中学习；3. 志愿服务',
    },
    {
      kind: 'committee_meeting',
      title: `${month}月支部委员会会议`,
      plannedOn: addDays(on, 3),
      startsAt: '09:00',
      place,
      agenda: COMMITTEE_TOPICS[month - 1]!,
    },
    ...(group
      ? [
          {
            kind: 'group_meeting' as const,
            title: `${group.name}${month}月党小组会`,
            plannedOn: addDays(on, 5),
            startsAt: '19:30',
            place,
            groupId: group.id,
            agenda: `学习${STUDIES[month % STUDIES.length]!}；交流学习体会；收缴党费`,
          },
        ]
      : []),
    {
      kind: 'lecture',
      title: `党课：${LECTURES[month % LECTURES.length]!}`,
      plannedOn: addDays(on, 8),
      startsAt: '15:00',
      place,
      agenda: '支部书记讲党课',
    },
    {
      kind: 'general_meeting',
      title: `${quarterName(addDays(on, 12))}支部党员大会`,
      plannedOn: addDays(on, 12),
      startsAt: '15:00',
      place,
      agenda: GENERAL_TOPICS[Math.floor((month - 1) / 3)]!.topics,
    },
  ];
}

/**
 * Who a meeting expects, as the meetings module fixes it when planning (attendees.ts): the post holders
 * for a committee meeting, the group's members for a group meeting, else the branch's members; here
 * only those already admitted on the day, since the list is fixed when the meeting is planned.
 */
function expectedAt(branch: Branch, kind: MeetingKind, on: IsoDate, groupId: number | null): Member[] {
  if (kind === 'committee_meeting') {
    const byId = new Map(branch.members.map((m) => [m.id, m]));
    const ids = new Set(
      branch.posts.flatMap((p) => (p.personId !== null && byId.has(p.personId) ? [p.personId] : [])),
    );
    return [...ids].sort((a, b) => a - b).map((id) => byId.get(id)!);
  }
  return branch.members.filter(
    (m) => m.admittedOn !== null && m.admittedOn <= on && (groupId === null || m.groupId === groupId),
  );
}

/**
 * The demo branch's coming meetings, planned with their expected attendees unmarked, as planMeeting
 * leaves them. Written directly rather than through planMeeting: its notices would print dozens of
 * text messages over the demo's account list when no SMS gateway is configured.
 */
async function insertUpcoming(
  tx: Tx,
  branch: Branch,
  upcoming: readonly Upcoming[],
  countyId: number,
  adminId: number,
): Promise<void> {
  for (const u of upcoming) {
    const [row] = await tx
      .insert(meetings)
      .values({
        tenantOrgId: countyId,
        orgId: branch.id,
        groupId: u.groupId ?? null,
        kind: u.kind,
        title: u.title,
        plannedOn: u.plannedOn,
        startsAt: u.startsAt,
        place: u.place,
        agenda: u.agenda,
        signInToken: randomBytes(18).toString('base64url'),
        createdBy: adminId,
      })
      .returning({ id: meetings.id });
    const expected = expectedAt(branch, u.kind, u.plannedOn, u.groupId ?? null);
    if (expected.length > 0) {
      await tx.insert(meetingAttendees).values(expected.map((m) => ({ meetingId: row!.id, personId: m.id })));
    }
  }
}

/**
 * The branch's meetings from 1 January up to yesterday: each required one held with the branch's
 * diligence, none after it lapsed, none the demo branch has planned for the same period instead.
 */
function scheduleOf(
  branch: Branch,
  year: number,
  today: IsoDate,
  review: readonly ReviewRow[],
  skip: ReadonlySet<string>,
  random: () => number,
): { list: Draft[]; reviewMeeting: Draft | null } {
  const yesterday = addDays(today, -1);
  const list: Draft[] = [];
  const byId = new Map(branch.members.map((m) => [m.id, m]));
  const secretary = branch.posts.find((p) => p.post === 'secretary');
  const recorderPost = branch.posts.find(
    (p) => p.post === 'organization_member' || p.post === 'deputy_secretary' || p.post === 'publicity_member',
  );
  const village = branch.unitKind === 'village';
  const action =
    ACTIONS[branch.unitKind === 'village' || branch.unitKind === 'community' ? branch.unitKind : 'other']!;
  const held = (kind: MeetingKind, on: IsoDate, groupId: number | null = null) =>
    on >= `${year}-01-01` &&
    on <= yesterday &&
    !(branch.lapsedFrom !== null && on >= branch.lapsedFrom) &&
    !skip.has(`${kind}:${groupId ?? ''}:${periodKey(kind, on)}`) &&
    random() >= (1 - branch.diligence) * SKIPPED[kind];

  const make = (
    kind: MeetingKind,
    on: IsoDate,
    title: string,
    topics: string,
    decisions: string,
    group: { id: number; name: string } | null = null,
  ): Draft | null => {
    const expected = expectedAt(branch, kind, on, group?.id ?? null);
    if (expected.length === 0) return null;
    const startsAt = village
      ? pick(random, ['19:30', '19:30', '09:00', '14:30'])
      : pick(random, ['09:00', '14:30', '15:00']);
    const closedOn = addDays(on, between(random, 0, 4));
    const closedAt = at(closedOn <= yesterday ? closedOn : on, '20:30');
    // The host runs the meeting, so is there: the secretary, or for a group its first full member (组长).
    const hostMember =
      group === null
        ? secretary && secretary.personId !== null
          ? byId.get(secretary.personId)
          : undefined
        : (expected.find((m) => m.stage === 'full') ?? expected[0]);
    const attendees: Attendee[] = expected.map((m) => {
      const { mark, reason } =
        m === hostMember
          ? { mark: 'present' as const, reason: null }
          : markOf(m, on, kind === 'committee_meeting', branch.unitKind, random);
      const self = mark === 'present' && m.userId !== null && random() < 0.6;
      return {
        personId: m.id,
        name: m.name,
        stage: m.stage,
        expected: true,
        guest: false,
        mark,
        reason,
        markedVia: self ? 'self' : 'secretary',
        markedAt: self ? at(on, startsAt) : closedAt,
      };
    });
    const host = hostMember?.name ?? secretary?.holderName ?? expected[0]!.name;
    const present = attendees.filter((a) => a.mark === 'present' && a.name !== host);
    const recorder =
      group === null && recorderPost && recorderPost.holderName !== host
        ? recorderPost.holderName
        : (present[0]?.name ?? attendees.find((a) => a.name !== host)?.name ?? host);
    const place = placeOf(branch, kind, Number(on.slice(5, 7)));
    const minutes: MinutesView = { place, host, recorder, topics, decisions };
    return {
      branch,
      groupId: group?.id ?? null,
      kind,
      title,
      on,
      startsAt,
      place,
      minutes,
      attendees,
      closedAt,
    };
  };
  const add = (draft: Draft | null) => {
    if (draft) list.push(draft);
    return draft;
  };

  const lastMonth = Number(yesterday.slice(0, 4)) < year ? 0 : Number(yesterday.slice(5, 7));
  const themeOf = (m: number) => dayIn(year, m, branch.themeDay);
  for (let m = 1; m <= lastMonth; m += 1) {
    const study = STUDIES[(m + branch.id) % STUDIES.length]!;
    const theme = MONTH_THEMES[m - 1]!.replace('{anniversary}', String(year - 1921));
    // Fixed-ish: now and then moved a day or two for a holiday or the weather.
    const themeOn = dayIn(year, m, branch.themeDay + (random() < 0.15 ? between(random, 1, 2) : 0));
    if (held('theme_day', themeOn)) {
      const doing = pick(random, action);
      add(
        make(
          'theme_day',
          themeOn,
          `${m}月主题党日：${theme}`,
          `开展“${theme}”主题党日活动：重温入党誓词；集中学习${study}；${doing}`,
          m === 12
            ? '对照年度目标逐项梳理，形成支部年度工作总结初稿'
            : `${doing}活动常态化开展，党员分片包干`,
        ),
      );
    }
    if (branch.hasCommittee) {
      const on = dayIn(year, m, between(random, 1, 8));
      if (held('committee_meeting', on)) {
        add(
          make(
            'committee_meeting',
            on,
            `${m}月支部委员会会议`,
            `研究本月支部工作安排；${COMMITTEE_TOPICS[m - 1]!}`,
            '明确本月工作任务和支委分工，责任到人，月底前向支委会报告落实情况',
          ),
        );
      }
    }
    for (const group of branch.groups) {
      // Some groups meet on the theme day (组织生活日), the others when their members are around.
      const on = random() < 0.3 ? themeOn : dayIn(year, m, between(random, 1, 26));
      if (held('group_meeting', on, group.id)) {
        add(
          make(
            'group_meeting',
            on,
            `${group.name}${m}月党小组会`,
            `学习${study}；组内党员交流学习体会和近期思想工作情况；收缴${m}月党费`,
            random() < 0.5
              ? '组内党员按时足额交纳党费；每人联系 3–5 户群众'
              : '组内党员各写一篇学习体会，下次组会交流',
            group,
          ),
        );
      }
    }
    if (branch.monthlyLectures) {
      const on = random() < 0.5 ? themeOn : dayIn(year, m, between(random, 3, 27));
      if (held('lecture', on)) {
        const lecture = LECTURES[(m + branch.id) % LECTURES.length]!;
        add(
          make('lecture', on, `党课：${lecture}`, `${m}月党课：${lecture}（支部书记主讲）；党员交流讨论`, ''),
        );
      }
    }
  }
  for (let q = 1; q <= 4; q += 1) {
    const first = 3 * q - 2;
    if (first > lastMonth) break;
    const m = first + pick(random, [0, 0, 1, 1, 2]);
    // A general meeting is often held right after the theme day, with the members all there.
    const on = random() < 0.6 ? themeOf(m) : dayIn(year, m, between(random, 3, 26));
    const general = GENERAL_TOPICS[q - 1]!;
    const extra = village && random() < 0.5 ? '；按“四议两公开”审议村级重大事项' : '';
    if (held('general_meeting', on)) {
      add(
        make(
          'general_meeting',
          on,
          `${quarterName(on)}支部党员大会`,
          general.topics + extra,
          general.decisions,
        ),
      );
    }
    if (!branch.monthlyLectures) {
      const lectureOn =
        random() < 0.5 ? on : dayIn(year, first + between(random, 0, 2), between(random, 3, 27));
      const lecture = LECTURES[(q * 3 + branch.id) % LECTURES.length]!;
      const by = random() < 0.3 ? '乡镇党委联系领导' : '支部书记';
      if (held('lecture', lectureOn)) {
        add(
          make(
            'lecture',
            lectureOn,
            `党课：${lecture}`,
            `党课：${lecture}（${by}主讲）；党员交流学习体会`,
            '',
          ),
        );
      }
    }
  }

  // Last year's life meeting and member review, held in January–February (a few in March) as usual.
  const lifeOn =
    random() < 0.9
      ? addDays(`${year}-01-08`, between(random, 0, 50))
      : dayIn(year, 3, between(random, 2, 25));
  const previous = year - 1;
  if (held('life_meeting', lifeOn)) {
    add(
      make(
        'life_meeting',
        lifeOn,
        `${previous}年度组织生活会`,
        '通报上年度组织生活会整改落实情况；支部书记代表支委会作对照检查；党员逐一开展批评和自我批评',
        '梳理问题清单，制定整改措施，明确整改时限和责任人',
      ),
    );
  }
  const reviewOn = random() < 0.6 ? lifeOn : addDays(lifeOn, between(random, 1, 3));
  let reviewMeeting: Draft | null = null;
  if (review.length > 0 && held('member_review', reviewOn)) {
    const count = (grade: ReviewGrade) => review.filter((r) => r.grade === grade).length;
    const probationary = review.filter((r) => r.stage === 'probationary').length;
    reviewMeeting = add(
      make(
        'member_review',
        reviewOn,
        `${previous}年度民主评议党员`,
        '党员个人总结发言；党员互评；民主测评；支部委员会综合评定等次',
        `评定优秀 ${count('excellent')} 名、合格 ${count('qualified')} 名、基本合格 ${count('basically_qualified')} 名` +
          (probationary > 0 ? `；预备党员 ${probationary} 名参加评议，不评定等次` : ''),
      ),
    );
  }
  return { list, reviewMeeting };
}

const MEETING_KEYS = [
  'tenantOrgId',
  'orgId',
  'groupId',
  'kind',
  'title',
  'plannedOn',
  'startsAt',
  'place',
  'state',
  'heldOn',
  'minutes',
  'closedAt',
  'closedBy',
  'minutesHash',
  'signInToken',
  'createdBy',
  'createdAt',
  'updatedAt',
] as const;
const ATTENDEE_KEYS = [
  'meetingId',
  'personId',
  'expected',
  'guest',
  'mark',
  'reason',
  'markedVia',
  'markedAt',
  'markedBy',
] as const;
const ATTENDEE_BATCH = 20_000;

/** One statement for the meetings of the chunk, matched back by their sign-in secret, then their attendance. */
async function insertMeetings(
  tx: Tx,
  chunk: readonly Draft[],
  ids: Map<Draft, number>,
  countyId: number,
  adminId: number,
): Promise<number> {
  const tokens = chunk.map(() => randomBytes(18).toString('base64url'));
  const inserted = await insertJsonRows(
    tx,
    meetings,
    MEETING_KEYS,
    chunk.map((d, i) => ({
      tenantOrgId: countyId,
      orgId: d.branch.id,
      groupId: d.groupId,
      kind: d.kind,
      title: d.title,
      plannedOn: d.on,
      startsAt: d.startsAt,
      place: d.place,
      state: 'closed',
      heldOn: d.on,
      minutes: d.minutes,
      closedAt: new Date(d.closedAt),
      closedBy: adminId,
      minutesHash: minutesHashOf(d.on, d.minutes, d.attendees),
      signInToken: tokens[i]!,
      createdBy: adminId,
      createdAt: new Date(at(addDays(d.on, -7), '10:00')),
      updatedAt: new Date(d.closedAt),
    })),
    sql`${sql.identifier('id')}, ${sql.identifier('sign_in_token')}`,
  );
  const idOf = new Map(inserted.map((r) => [String(r.sign_in_token), Number(r.id)]));
  const rows = chunk.flatMap((d, i) => {
    const meetingId = idOf.get(tokens[i]!)!;
    ids.set(d, meetingId);
    return d.attendees.map((a) => ({
      meetingId,
      personId: a.personId,
      expected: a.expected,
      guest: a.guest,
      mark: a.mark,
      reason: a.reason,
      markedVia: a.markedVia,
      markedAt: a.markedAt === null ? null : new Date(a.markedAt),
      markedBy:
        a.markedVia === 'self'
          ? (d.branch.members.find((m) => m.id === a.personId)?.userId ?? null)
          : adminId,
    }));
  });
  for (let start = 0; start < rows.length; start += ATTENDEE_BATCH) {
    await insertJsonRows(tx, meetingAttendees, ATTENDEE_KEYS, rows.slice(start, start + ATTENDEE_BATCH));
  }
  return rows.length;
}

/** Last year's reviews, linked to the meeting that held them when it is on record. */
async function insertReviews(
  tx: Tx,
  reviews: readonly { branch: Branch; meeting: Draft | null; entries: ReviewRow[] }[],
  ids: ReadonlyMap<Draft, number>,
  countyId: number,
  adminId: number,
  year: number,
): Promise<number> {
  const recorded = reviews.filter((r) => r.entries.length > 0);
  const inserted = await insertJsonRows(
    tx,
    memberReviews,
    ['tenantOrgId', 'orgId', 'year', 'meetingId', 'excellentCap', 'recordedBy', 'createdAt', 'updatedAt'],
    recorded.map((r) => {
      const when = new Date(at(r.meeting?.on ?? `${year}-01-20`, '17:00'));
      return {
        tenantOrgId: countyId,
        orgId: r.branch.id,
        year: year - 1,
        meetingId: r.meeting ? (ids.get(r.meeting) ?? null) : null,
        excellentCap: DEFAULT_EXCELLENT_CAP_TEXT,
        recordedBy: adminId,
        createdAt: when,
        updatedAt: when,
      };
    }),
    sql`${sql.identifier('id')}, ${sql.identifier('org_id')}`,
  );
  const reviewOf = new Map(inserted.map((r) => [Number(r.org_id), Number(r.id)]));
  const entries = recorded.flatMap((r) =>
    r.entries.map((e) => ({ reviewId: reviewOf.get(r.branch.id)!, ...e })),
  );
  for (let start = 0; start < entries.length; start += ATTENDEE_BATCH) {
    await insertJsonRows(
      tx,
      memberReviewEntries,
      ['reviewId', 'personId', 'stage', 'grade', 'comment'],
      entries.slice(start, start + ATTENDEE_BATCH),
    );
  }
  return recorded.length;
}

/**
 * The last election of each village committee, on the day its term started: the current post holders
 * elected, one or two more candidates for the margin (L14), more than four fifths present (L13), counted
 * by core's tallyElection so the record reads as the elections module would have stored it.
 */
async function insertElections(
  tx: Tx,
  branches: readonly Branch[],
  postsByOrg: ReadonlyMap<number, Post[]>,
  countyId: number,
  adminId: number,
  random: () => number,
): Promise<number> {
  const villages = await tx.execute<{ id: number; term_started_on: string; term_years: number }>(sql`
    SELECT o.id, o.term_started_on::text AS term_started_on, o.term_years FROM orgs o
     WHERE o.tenant_org_id = ${countyId} AND o.unit_kind = 'village' AND o.kind IN ('branch', 'general_branch')
       AND o.term_started_on IS NOT NULL AND o.dissolved_at IS NULL
     ORDER BY o.path`);
  const rows = [];
  for (const v of villages.rows) {
    const orgId = Number(v.id);
    const heldOn = v.term_started_on;
    const voters = branches
      .filter((b) => b.id === orgId || b.parentId === orgId)
      .flatMap((b) => b.members)
      .filter(
        (m) =>
          m.stage === 'full' &&
          m.admittedOn !== null &&
          m.admittedOn <= heldOn &&
          (m.convertedOn === null || m.convertedOn <= heldOn),
      );
    const entitled = voters.length;
    if (entitled < 5) continue;
    const posts = postsByOrg.get(orgId) ?? [];
    const seats =
      posts.length >= 3
        ? posts.length
        : entitled >= COMMITTEE_MIN_FULL_MEMBERS
          ? 3
          : Math.max(1, posts.length);
    const winners: { personId: number | null; name: string }[] = [];
    for (const p of posts) {
      if (winners.length < seats && !winners.some((w) => w.name === p.holderName)) {
        winners.push({ personId: p.personId, name: p.holderName });
      }
    }
    const others = voters.filter((m) => !winners.some((w) => w.personId === m.id || w.name === m.name));
    while (winners.length < seats && others.length > 0) {
      const m = others.splice(Math.floor(random() * others.length), 1)[0]!;
      winners.push({ personId: m.id, name: m.name });
    }
    const losers = others.sort(() => random() - 0.5).slice(0, minCandidates(seats) - seats);
    if (winners.length < seats || losers.length < minCandidates(seats) - seats) continue;
    let present = entitled - between(random, 0, Math.floor(entitled * 0.15));
    while (present * 5 <= entitled * 4) present += 1;
    const half = Math.floor(present / 2) + 1;
    const candidates = [
      ...winners.map((w) => ({
        ...w,
        votes: between(random, Math.max(half, Math.ceil(present * 0.7)), present),
      })),
      ...losers.map((m) => ({
        personId: m.id,
        name: m.name,
        votes: between(random, Math.floor(present * 0.15), Math.floor((present - 1) / 2)),
      })),
    ]
      // Ballots list candidates by surname stroke order; the demo just mixes them.
      .sort(() => random() - 0.5)
      .map((c, i) => ({ seq: i + 1, ...c }));
    const tally = tallyElection({
      entitled,
      present,
      seats,
      candidates: candidates.map((c) => ({ id: c.seq, name: c.name, votes: c.votes })),
    });
    if (tally.violations.length > 0 || tally.elected.length !== seats) continue;
    rows.push({
      tenantOrgId: countyId,
      orgId,
      heldOn,
      entitled,
      present,
      seats,
      termYears: Number(v.term_years),
      candidates,
      tally: { ...tally, revoteOf: null },
      recordedBy: adminId,
      createdAt: new Date(at(heldOn, '18:00')),
    });
  }
  await insertJsonRows(
    tx,
    elections,
    [
      'tenantOrgId',
      'orgId',
      'heldOn',
      'entitled',
      'present',
      'seats',
      'termYears',
      'candidates',
      'tally',
      'recordedBy',
      'createdAt',
    ],
    rows,
  );
  return rows.length;
}

/**
 * The joint reviewer's demo: the account listed for 公安, and a village in 城关镇 whose committee is due
 * for renewal with three candidates sent for review, some departments done, 公安 through one of them.
 * Sent and decided through the services (audited, the reviewer notified); the decisions of departments
 * that have no demo account are written as their feedback was entered.
 */
async function loadJointReview(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  tx: Tx,
  countyId: number,
  branches: readonly Branch[],
  reviewerUsername: string,
): Promise<void> {
  const departments = await departmentsOf(tx, countyId);
  const police = departments.find((d) => d.key === 'public_security');
  const [reviewer] = await tx.select().from(users).where(eq(users.username, reviewerUsername));
  const village = branches.find(
    (b) =>
      b.area === '城关镇党委' &&
      b.unitKind === 'village' &&
      b.kind === 'branch' &&
      b.members.filter((m) => m.stage === 'full').length >= 8,
  );
  if (!police || !reviewer || !village) return;
  await addReviewer(db, ctx, police.id, reviewer.id);
  const secretary = village.posts.find((p) => p.post === 'secretary' && p.personId !== null);
  const full = village.members.filter(
    (m) => m.stage === 'full' && m.lostSince === null && m.outflowOn === null,
  );
  const chosen = [
    ...(secretary ? full.filter((m) => m.id === secretary.personId) : []),
    ...full.filter((m) => m.id !== secretary?.personId),
  ].slice(0, 3);
  const review = await createJointReview(db, cipher, ctx, {
    orgId: village.id,
    title: `${village.name}换届选举候选人资格联审`,
    candidates: chosen.map((m, i) => ({
      personId: m.id,
      name: m.name,
      post: i === 0 ? '党支部书记人选' : '党支部委员人选',
    })),
  });
  const decidedAt = new Date(Date.now() - 86_400_000);
  const byKey = new Map(departments.map((d) => [d.key, d.id]));
  const cleared = review.candidates.flatMap((c, i) =>
    ['organization', 'discipline', 'justice', ...(i < 2 ? ['petitions'] : [])].map((key) => ({
      candidateId: c.id,
      departmentId: byKey.get(key)!,
      decision: 'passed',
      decidedAt,
    })),
  );
  await tx.insert(jointReviewDecisions).values(cleared);
  const reviewerCtx: RequestContext = {
    clientIp: null,
    actor: {
      userId: reviewer.id,
      username: reviewer.username,
      displayName: reviewer.displayName,
      sessionId: '',
      assignments: await loadAssignments(tx, reviewer.id),
    },
  };
  await decide(db, cipher, reviewerCtx, review.id, review.candidates[0]!.id, {
    department: 'public_security',
    decision: 'passed',
  });
}
