import type { IsoDate } from '../shared/dates';
import { ruleFor, type EffectivePointsRule } from './rules';
import type { PointSource } from './sources';

/** Something recorded elsewhere in Jiceng that earns (or costs) a member points. */
export interface PointFact {
  personId: number;
  source: PointSource;
  qualifier: string | null;
  date: IsoDate;
  /** Attendances, hours, months: multiplied by the rule's points. */
  units: number;
  /** The record that earned it: `meeting`, `dues_payment`, `award`, `points_claim`… and its id. */
  refType: string;
  refId: number;
  /** Points fixed by a decision (an approved claim), still within the rule's caps. */
  fixedPoints?: number;
}

/** A fact with the points it earned under the rules and caps in force. */
export interface PointEntry extends PointFact {
  ruleKey: string;
  /** Before caps. */
  rawPoints: number;
  points: number;
  /** True when a monthly or yearly cap took some or all of it. */
  capped: boolean;
}

const monthOfDate = (date: IsoDate) => date.slice(0, 7);
const yearOfDate = (date: IsoDate) => date.slice(0, 4);

/**
 * The points each fact earns. Facts are taken in a fixed order (date, record type, record id), so the same
 * facts always give the same entries: recomputing a period is idempotent, and a corrected record (an
 * attendance marked absent) changes exactly the points it should. Caps bound the magnitude per member, rule
 * and month / year; a fact beyond a cap is kept with 0 points and `capped`, so the member sees why.
 * Facts without a rule in force earn nothing and are left out.
 */
export function computePoints(
  facts: readonly PointFact[],
  rulesOf: (personId: number) => readonly EffectivePointsRule[],
): PointEntry[] {
  const ordered = [...facts].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.refType.localeCompare(b.refType) ||
      a.refId - b.refId ||
      a.personId - b.personId ||
      a.source.localeCompare(b.source),
  );
  const used = new Map<string, number>();
  const entries: PointEntry[] = [];
  for (const fact of ordered) {
    const rule = ruleFor(rulesOf(fact.personId), fact.source, fact.qualifier);
    if (!rule) continue;
    const rawPoints = fact.fixedPoints ?? rule.points * fact.units;
    const monthKey = `${fact.personId}|${rule.key}|${monthOfDate(fact.date)}`;
    const yearKey = `${fact.personId}|${rule.key}|${yearOfDate(fact.date)}`;
    let room = Math.abs(rawPoints);
    if (rule.monthlyCap !== null)
      room = Math.min(room, Math.max(0, rule.monthlyCap - (used.get(monthKey) ?? 0)));
    if (rule.yearlyCap !== null)
      room = Math.min(room, Math.max(0, rule.yearlyCap - (used.get(yearKey) ?? 0)));
    used.set(monthKey, (used.get(monthKey) ?? 0) + room);
    used.set(yearKey, (used.get(yearKey) ?? 0) + room);
    const points = Math.sign(rawPoints) * room;
    entries.push({ ...fact, ruleKey: rule.key, rawPoints, points, capped: room < Math.abs(rawPoints) });
  }
  return entries;
}

/** A member's total over some entries. */
export function pointsTotal(entries: readonly Pick<PointEntry, 'points'>[]): number {
  return entries.reduce((sum, e) => sum + e.points, 0);
}
