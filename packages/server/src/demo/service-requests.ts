import {
  DEFAULT_SERVICE_DEADLINES,
  overdueLevel,
  type IsoDate,
  type ServiceRequestKind,
  type ServiceRequestState,
} from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/connection';
import { serviceRequestEvents, serviceRequests } from '../modules/service-requests/schema';
import { GIVEN_CHARS, SURNAMES } from './names';
import { between, pick, seededRandom } from './random';

export interface DemoServiceRequestsResult {
  rows: number;
}

const MINUTE = 60_000;

const TEXTS: Record<ServiceRequestKind, string[]> = {
  wish: [
    '孩子想要一个新书包和一套文具',
    '希望有人陪独居老人过生日',
    '想要一台收音机听新闻',
    '留守儿童想要几本课外读物',
    '希望给家里换一个节能灯泡',
  ],
  help: [
    '家中老人腿脚不便，需要帮忙代购药品',
    '院子里的水管冻裂了，请帮忙联系维修',
    '不会在手机上办理医保缴费，请人指导',
    '农机坏在田里，想请人帮忙拖回来',
    '想了解残疾人补贴怎么申请',
  ],
  urgent: ['独居老人在家摔倒，需要有人马上上门', '家里漏水严重，电闸附近进水', '老人走失，请帮忙寻找'],
  advice: [
    '村口路灯坏了好几天，建议尽快修理',
    '建议在村广场增加几张休息椅',
    '垃圾清运时间能否调整到早上',
    '希望组织一次防诈骗宣传',
  ],
};

interface Village {
  id: number;
  path: string;
  tenantOrgId: number;
}

/** Minutes after submission, as a Date. */
const after = (at: Date, minutes: number) => new Date(at.getTime() + minutes * MINUTE);

/**
 * The demo county's service requests this year: one to four per village and community, of every kind and
 * in every state — fresh ones waiting, some assigned to members or the service desk, most resolved and
 * many rated, a few late, a few open past their deadlines and escalated up the tree, a few rejected or
 * withdrawn. Contacts are the villagers' phones already on record (already encrypted with the install's
 * key), so the loader needs no cipher of its own.
 */
export async function loadDemoServiceRequests(
  tx: Tx,
  county: { id: number; path: string; name: string },
  today: IsoDate,
): Promise<DemoServiceRequestsResult> {
  const random = seededRandom(20261010);
  const now = new Date();
  const yearStart = new Date(`${today.slice(0, 4)}-01-01T00:00:00+08:00`);
  const villages = (
    await tx.execute<{ id: number; path: string; tenant_org_id: number }>(sql`
      SELECT id, path, tenant_org_id FROM orgs
       WHERE path LIKE ${county.path + '%'} AND unit_kind IN ('village', 'community') AND kind <> 'group'
         AND dissolved_at IS NULL
       ORDER BY id`)
  ).rows.map((r): Village => ({ id: Number(r.id), path: r.path, tenantOrgId: Number(r.tenant_org_id) }));
  if (villages.length === 0) return { rows: 0 };
  const people = await tx.execute<{
    id: number;
    org_path: string;
    phone_enc: string;
    phone_hash: string;
    member: boolean;
  }>(sql`
    SELECT id, org_path, phone_enc, phone_hash,
           (stage IN ('probationary', 'full') AND standing = 'active') AS member
      FROM persons WHERE org_path LIKE ${county.path + '%'} AND phone_enc IS NOT NULL`);
  const byVillage = new Map<number, { phones: { enc: string; hash: string }[]; members: number[] }>();
  for (const v of villages) {
    const inside = people.rows.filter((p) => p.org_path.startsWith(v.path));
    byVillage.set(v.id, {
      phones: inside.map((p) => ({ enc: p.phone_enc, hash: p.phone_hash })),
      members: inside.filter((p) => p.member).map((p) => Number(p.id)),
    });
  }

  type Row = typeof serviceRequests.$inferInsert;
  type Event = Omit<typeof serviceRequestEvents.$inferInsert, 'requestId'>;
  const planned: { row: Row; events: Event[] }[] = [];
  const spanMinutes = Math.max(60, (now.getTime() - yearStart.getTime()) / MINUTE - 30);
  let sequence = 0;
  for (const v of villages) {
    const { phones, members } = byVillage.get(v.id)!;
    if (phones.length === 0) continue;
    for (let n = between(random, 1, 4); n > 0; n -= 1) {
      sequence += 1;
      const roll = random();
      const kind: ServiceRequestKind =
        roll < 0.08 ? 'urgent' : roll < 0.45 ? 'help' : roll < 0.8 ? 'wish' : 'advice';
      const deadline = DEFAULT_SERVICE_DEADLINES[kind];
      // Squaring leans the dates towards today: recent weeks have more requests, some still open.
      const submittedAt = new Date(now.getTime() - 30 * MINUTE - random() ** 2 * spanMinutes * MINUTE);
      const respondBy = after(submittedAt, deadline.responseMinutes);
      const resolveBy = after(submittedAt, deadline.resolveMinutes);
      const ageMinutes = (now.getTime() - submittedAt.getTime()) / MINUTE;
      const phone = pick(random, phones);
      const member = members.length && random() < 0.7 ? pick(random, members) : null;
      const fate = random();
      const late = random() < 0.12;
      const channel = random() < 0.6 ? 'public' : random() < 0.8 ? 'hotline' : 'walk_in';
      const row: Row = {
        tenantOrgId: v.tenantOrgId,
        orgId: v.id,
        trackingCode: demoCode(sequence),
        kind,
        channel,
        text: pick(random, TEXTS[kind]),
        contactName: `${pick(random, SURNAMES)}${pick(random, GIVEN_CHARS)}${random() < 0.5 ? pick(random, GIVEN_CHARS) : ''}`,
        contactPhoneEnc: phone.enc,
        contactPhoneHash: phone.hash,
        state: 'submitted',
        submittedAt,
        respondBy,
        resolveBy,
        escalationLevel: 0,
      };
      const events: Event[] = [
        { at: submittedAt, action: 'submitted', note: channel === 'public' ? '群众在线提交' : '服务热线' },
      ];
      const assign = () => {
        const assignedAt = after(submittedAt, Math.min(deadline.responseMinutes * 0.3, ageMinutes * 0.2));
        row.state = 'assigned';
        row.assigneeKind = member ? 'member' : 'service_desk';
        row.assigneePersonId = member;
        row.assignedAt = assignedAt;
        events.push({ at: assignedAt, action: 'assigned', personId: member });
      };
      const respond = (at: Date) => {
        row.state = 'responded';
        row.respondedAt = at;
        events.push({ at, action: 'responded', note: '已到户了解情况' });
      };
      const resolve = (at: Date) => {
        row.state = 'resolved';
        row.resolvedAt = at;
        row.resolution = '已按群众诉求办理完毕';
        row.resolvedByPersonId = member;
        events.push({ at, action: 'resolved', note: row.resolution });
      };
      const cap = (at: Date) => new Date(Math.min(at.getTime(), now.getTime() - MINUTE));
      const pastDeadline = ageMinutes >= deadline.resolveMinutes;
      if (!pastDeadline) {
        // Still within its time: anywhere along the way.
        if (fate >= 0.25) assign();
        if (fate >= 0.5)
          respond(cap(after(submittedAt, Math.min(deadline.responseMinutes * 0.6, ageMinutes * 0.4))));
        if (fate >= 0.7) resolve(cap(after(submittedAt, ageMinutes * 0.7)));
      } else if (fate < 0.07) {
        row.state = fate < 0.04 ? 'rejected' : 'withdrawn';
        row.closeReason =
          fate < 0.04 ? '不属于受理范围，已告知群众向有关部门反映' : '群众来电说明问题已自行解决';
        events.push({
          at: after(submittedAt, 30),
          action: row.state === 'rejected' ? 'rejected' : 'withdrawn',
          note: row.closeReason,
        });
      } else if (fate < 0.12) {
        // Left open past its deadlines: escalated below.
        if (fate >= 0.09) assign();
      } else {
        assign();
        respond(cap(after(submittedAt, deadline.responseMinutes * (late ? 1.5 : 0.5))));
        resolve(cap(after(submittedAt, deadline.resolveMinutes * (late ? 1.2 : 0.2 + random() * 0.6))));
        if (fate >= 0.45) {
          row.state = 'rated';
          row.satisfaction = late
            ? pick(random, ['basically_satisfied', 'dissatisfied'])
            : random() < 0.8
              ? 'satisfied'
              : 'basically_satisfied';
          row.ratedAt = cap(after(row.resolvedAt!, 180));
          events.push({ at: row.ratedAt, action: 'rated' });
        }
      }
      const level = overdueLevel(
        {
          state: row.state as ServiceRequestState,
          respondBy,
          resolveBy,
          respondedAt: row.respondedAt ?? null,
          resolvedAt: row.resolvedAt ?? null,
        },
        now,
      );
      const ids = v.path.split('/').filter(Boolean).map(Number);
      for (let step = 1; step <= level; step += 1) {
        const to = ids[Math.max(ids.length - 1 - step, 0)]!;
        row.escalationLevel = step;
        row.escalatedToOrgId = to;
        const at = step === 1 && !row.respondedAt ? respondBy : resolveBy;
        events.push({
          at,
          action: 'escalated',
          toOrgId: to,
          note: step === 1 && !row.respondedAt ? '超过响应时限未响应' : '超过办结时限未办结',
        });
      }
      row.updatedAt = events.at(-1)!.at;
      planned.push({ row, events });
    }
  }

  let rows = 0;
  const CHUNK = 500;
  for (let i = 0; i < planned.length; i += CHUNK) {
    const slice = planned.slice(i, i + CHUNK);
    const inserted = await tx
      .insert(serviceRequests)
      .values(slice.map((p) => p.row))
      .returning({ id: serviceRequests.id, trackingCode: serviceRequests.trackingCode });
    const idOf = new Map(inserted.map((r) => [r.trackingCode, r.id]));
    const events = slice.flatMap((p) =>
      p.events.map((e) => ({ ...e, requestId: idOf.get(p.row.trackingCode)! })),
    );
    await tx.insert(serviceRequestEvents).values(events);
    rows += inserted.length + events.length;
  }
  return { rows };
}

/** A tracking code of the demo: deterministic, in the code alphabet, distinct per sequence number. */
function demoCode(sequence: number): string {
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
  let n = sequence * 7_919 + 104_729;
  let code = '';
  for (let i = 0; i < 7; i += 1) {
    code += alphabet[n % alphabet.length];
    n = Math.floor(n / alphabet.length);
  }
  return `DM${String.fromCharCode(65 + (sequence % 8))}${code}`;
}
