import {
  addDays,
  composeIdNumber,
  ETHNICITIES,
  HAN_ETHNICITY,
  type Education,
  type Occupation,
  type PersonKind,
  type StageDates,
  type UnitKind,
} from '@jiceng/core';
import type { NewPersonRecord } from '../modules/persons/bulk';
import { GIVEN_CHARS, STREETS, SURNAMES } from './names';
import { between, pick } from './random';

export interface DemoBranch {
  id: number;
  name: string;
  tenantOrgId: number;
  unitKind: UnitKind | null;
  groupIds: number[];
  /** Place part of the address. */
  place: string;
}

type Weighted<T> = readonly (readonly [T, number])[];

function weighted<T>(random: () => number, table: Weighted<T>): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let roll = random() * total;
  for (const [value, w] of table) {
    roll -= w;
    if (roll < 0) return value;
  }
  return table[table.length - 1]![0];
}

// Shapes from statistics.md's national figures: about 30% women, 8% minorities, 29% aged 61 or older.
const AGE_TABLE: Weighted<[number, number]> = [
  [[18, 30], 12],
  [[31, 35], 11],
  [[36, 40], 11],
  [[41, 45], 10],
  [[46, 50], 9],
  [[51, 55], 9],
  [[56, 60], 9],
  [[61, 88], 29],
];
const STAGE_TABLE: Weighted<'applicant' | 'activist' | 'candidate' | 'probationary' | 'full'> = [
  ['applicant', 4],
  ['activist', 4],
  ['candidate', 2],
  ['probationary', 3],
  ['full', 87],
];

function educationFor(random: () => number, unitKind: UnitKind | null, age: number): Education {
  if (unitKind === 'village') {
    return weighted(
      random,
      age > 55
        ? [
            ['junior_high_or_below', 8],
            ['high_school', 2],
          ]
        : [
            ['junior_high_or_below', 4],
            ['high_school', 3],
            ['secondary_vocational', 1],
            ['college', 2],
          ],
    );
  }
  if (unitKind === 'agency' || unitKind === 'institution' || unitKind === 'school') {
    return weighted(random, [
      ['postgraduate', 2],
      ['bachelor', 6],
      ['college', 2],
    ]);
  }
  return weighted(random, [
    ['junior_high_or_below', 2],
    ['high_school', 3],
    ['secondary_vocational', 1],
    ['college', 3],
    ['bachelor', 2],
  ]);
}

function kindFor(random: () => number, unitKind: UnitKind | null, age: number): [PersonKind, Occupation] {
  if (age >= 60 && random() < 0.8) return ['retired', 'retired'];
  if (unitKind === 'village') return random() < 0.9 ? ['farmer', 'farmer'] : ['other', 'other'];
  if (unitKind === 'agency') return ['employed', 'civil_servant'];
  if (unitKind === 'institution' || unitKind === 'school')
    return ['employed', random() < 0.7 ? 'professional' : 'manager'];
  if (unitKind === 'private_enterprise' || unitKind === 'state_enterprise') {
    return [
      'employed',
      weighted(random, [
        ['worker', 5],
        ['professional', 3],
        ['manager', 2],
      ]),
    ];
  }
  if (age < 23 && random() < 0.5) return ['student', 'student'];
  return weighted(random, [
    [['employed', 'worker'], 3],
    [['unemployed', 'other'], 1],
    [['other', 'other'], 2],
  ]);
}

/** Realistic people of one branch: names, valid ID numbers, ages, education, kinds and stage dates. */
export function demoPeople(
  random: () => number,
  branch: DemoBranch,
  count: number,
  today: string,
  serial: () => number,
): NewPersonRecord[] {
  const people: NewPersonRecord[] = [];
  const currentYear = Number(today.slice(0, 4));
  for (let i = 0; i < count; i += 1) {
    const [minAge, maxAge] = weighted(random, AGE_TABLE);
    const age = between(random, minAge, maxAge);
    const birthDate = addDays(`${currentYear - age - 1}-${today.slice(5)}`, between(random, 1, 364));
    const female = random() < 0.3;
    const n = serial();
    // Jiangxi (36) region codes; serial numbers map to distinct (region, sequence) pairs for 4.4 million
    // people, so ID numbers never repeat. The sequence's parity carries the sex (I6).
    const sequence = (n % 499) * 2 + (female ? 0 : 1);
    const idNumber = composeIdNumber(`36${1000 + (Math.floor(n / 499) % 9000)}`, birthDate, sequence);
    const stage = weighted(random, STAGE_TABLE);
    const dates = stageDates(random, stage, birthDate, today);
    const [personKind, occupation] = kindFor(random, branch.unitKind, age);
    people.push({
      tenantOrgId: branch.tenantOrgId,
      orgId: branch.id,
      groupId: branch.groupIds.length && random() < 0.9 ? pick(random, branch.groupIds) : null,
      name:
        pick(random, SURNAMES) +
        pick(random, GIVEN_CHARS) +
        (random() < 0.75 ? pick(random, GIVEN_CHARS) : ''),
      sex: female ? 'female' : 'male',
      birthDate,
      ethnicity: random() < 0.92 ? HAN_ETHNICITY : pick(random, ETHNICITIES.slice(1, 20)),
      education: educationFor(random, branch.unitKind, age),
      personKind,
      occupation,
      address:
        branch.unitKind === 'village'
          ? `${branch.place}${between(random, 1, 12)}组${between(random, 1, 80)}号`
          : `县城${pick(random, STREETS)}${between(random, 1, 300)}号`,
      idNumber,
      phone:
        random() < 0.85
          ? `1${pick(random, ['3', '5', '8', '9'])}${String(10_000_000_00 + n * 7919).slice(-9)}`
          : null,
      dates,
    });
  }
  return people;
}

function stageDates(
  random: () => number,
  stage: 'applicant' | 'activist' | 'candidate' | 'probationary' | 'full',
  birthDate: string,
  today: string,
): Partial<StageDates> {
  const earliest = addDays(birthDate, 18 * 366);
  const clamp = (date: string) => (date > today ? today : date < earliest ? earliest : date);
  if (stage === 'probationary') {
    const admission = clamp(addDays(today, -between(random, 30, 360)));
    return {
      applicationDate: clamp(addDays(admission, -between(random, 500, 900))),
      admissionDate: admission,
    };
  }
  if (stage === 'full') {
    const span = Math.max(0, Math.floor((Date.parse(today) - Date.parse(earliest)) / 86_400_000) - 400);
    const admission = clamp(addDays(earliest, between(random, 0, span)));
    return {
      applicationDate: clamp(addDays(admission, -between(random, 400, 1200))),
      admissionDate: admission,
      conversionDate: clamp(addDays(admission, 365 + between(random, 0, 20))),
    };
  }
  const application = clamp(addDays(today, -between(random, 60, 900)));
  if (stage === 'applicant') return { applicationDate: application };
  const activist = clamp(addDays(application, between(random, 30, 120)));
  if (stage === 'activist') return { applicationDate: application, activistDate: activist };
  return {
    applicationDate: application,
    activistDate: activist,
    candidateDate: clamp(addDays(activist, 366 + between(random, 0, 60))),
  };
}
