import { chinaToday, deriveStage, STAGE_DATE_FIELDS } from '@jiceng/core';
import type { Database } from '../../packages/server/src/db/connection';
import type { DataCipher } from '../../packages/server/src/http/crypto';
import { insertPersonsBulk, type NewPersonRecord } from '../../packages/server/src/modules/persons/bulk';
import { demoPeople, type DemoBranch } from '../../packages/server/src/demo/people';
import { seededRandom } from '../../packages/server/src/demo/random';
import { copyInto } from './copy';
import type { GeneratedOrg } from './tree';

/** The branches of a generated tree, with their groups, as the demo generator wants them. */
export function branchesOf(rows: readonly GeneratedOrg[]): DemoBranch[] {
  const groups = new Map<number, number[]>();
  for (const r of rows)
    if (r.kind === 'group' && r.parentId) groups.set(r.parentId, [...(groups.get(r.parentId) ?? []), r.id]);
  return rows
    .filter((r) => r.kind === 'branch' || r.kind === 'joint_branch')
    .map((r) => ({
      id: r.id,
      name: r.name,
      tenantOrgId: r.tenantOrgId,
      unitKind: r.unitKind,
      groupIds: groups.get(r.id) ?? [],
      place: r.name,
    }));
}

/** `count` people spread over the branches, with the demo county's shapes (ages, stages, kinds). */
export function generatePeople(branches: readonly DemoBranch[], count: number, seed = 11): NewPersonRecord[] {
  const random = seededRandom(seed);
  const today = chinaToday();
  let serial = 0;
  const people: NewPersonRecord[] = [];
  const perBranch = Math.max(1, Math.floor(count / branches.length));
  for (let i = 0; people.length < count; i += 1) {
    const branch = branches[i % branches.length]!;
    const n = Math.min(perBranch, count - people.length);
    people.push(...demoPeople(random, branch, n, today, () => (serial += 1)));
  }
  return people;
}

/** Loads people: through the server's bulk insert on PGlite, with COPY on PostgreSQL. */
export async function loadPeople(
  database: Database,
  cipher: DataCipher,
  records: readonly NewPersonRecord[],
): Promise<void> {
  const today = chinaToday();
  if (database.kind === 'pglite') {
    await database.db.transaction((tx) =>
      insertPersonsBulk(tx, cipher, records, {
        recordedBy: null,
        registeredOn: today,
        details: { source: 'bench' },
      }).then(() => undefined),
    );
    return;
  }
  const client = await database.pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ id: number }>(
      `SELECT coalesce(max(id), 0)::int AS id FROM persons`,
    );
    const firstId = rows[0]!.id + 1;
    await copyInto(
      client,
      'persons',
      [
        'id',
        'tenant_org_id',
        'org_id',
        'group_id',
        'name',
        'sex',
        'birth_date',
        'ethnicity',
        'education',
        'person_kind',
        'occupation',
        'address',
        'id_number_enc',
        'id_number_hash',
        'phone_enc',
        'phone_hash',
        'stage',
        'application_date',
        'activist_date',
        'candidate_date',
        'admission_date',
        'conversion_date',
      ],
      (function* () {
        for (const [i, r] of records.entries()) {
          const derived = deriveStage(
            STAGE_DATE_FIELDS.flatMap(([field, type], n) =>
              r.dates[field] ? [{ id: n, type, occurredOn: r.dates[field]! }] : [],
            ),
          );
          yield [
            firstId + i,
            r.tenantOrgId,
            r.orgId,
            r.groupId,
            r.name,
            r.sex,
            r.birthDate,
            r.ethnicity,
            r.education,
            r.personKind,
            r.occupation,
            r.address,
            cipher.encrypt(r.idNumber),
            cipher.lookupHash(r.idNumber),
            r.phone ? cipher.encrypt(r.phone) : null,
            r.phone ? cipher.lookupHash(r.phone) : null,
            derived.stage,
            derived.dates.applicationDate,
            derived.dates.activistDate,
            derived.dates.candidateDate,
            derived.dates.admissionDate,
            derived.dates.conversionDate,
          ] as const;
        }
      })(),
    );
    await copyInto(
      client,
      'person_events',
      ['person_id', 'tenant_org_id', 'type', 'occurred_on', 'org_id', 'details'],
      (function* () {
        for (const [i, r] of records.entries()) {
          yield [firstId + i, r.tenantOrgId, 'registered', today, r.orgId, '{"source":"bench"}'] as const;
          for (const [field, type] of STAGE_DATE_FIELDS) {
            const date = r.dates[field];
            if (date) yield [firstId + i, r.tenantOrgId, type, date, r.orgId, '{"source":"bench"}'] as const;
          }
        }
      })(),
    );
    await client.query(
      `SELECT setval(pg_get_serial_sequence('persons', 'id'), (SELECT max(id) FROM persons))`,
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
