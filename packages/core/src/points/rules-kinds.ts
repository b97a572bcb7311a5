import { AWARD_KIND_INFO, AWARD_KINDS } from '../awards/kinds';
import { isBaseMeetingKind, MEETING_KIND_LABELS, MEETING_KINDS } from '../org-life/meeting-kinds';
import type { RuleViolation } from '../shared/errors';
import { POINT_SOURCE_LABELS, type PointSource } from './sources';

/** Sources whose records come in kinds a rule may single out: a meeting's kind, an award's kind. */
export const KINDED_POINT_SOURCES = ['meeting_attendance', 'award'] as const satisfies readonly PointSource[];
export type KindedPointSource = (typeof KINDED_POINT_SOURCES)[number];

/** A kind a rule may single out (its qualifier), with the Chinese name the editor shows. */
export interface PointsRuleKind {
  source: KindedPointSource;
  qualifier: string;
  label: string;
}

export function isKindedSource(source: PointSource): source is KindedPointSource {
  return (KINDED_POINT_SOURCES as readonly string[]).includes(source);
}

/**
 * The kinds a rule may single out at an org: every meeting kind of org-life.md and the custom kinds the
 * org and those above it added (what its meetings can be), and the awards that go to a person — an award
 * to an org earns no member points, so a rule for it would never apply.
 */
export function pointsRuleKinds(
  customMeetingKinds: readonly { key: string; label: string }[] = [],
): PointsRuleKind[] {
  const meetings: PointsRuleKind[] = MEETING_KINDS.map((k) => ({
    source: 'meeting_attendance',
    qualifier: k,
    label: MEETING_KIND_LABELS[k],
  }));
  for (const k of customMeetingKinds) {
    if (isBaseMeetingKind(k.key) || meetings.some((m) => m.qualifier === k.key)) continue;
    meetings.push({ source: 'meeting_attendance', qualifier: k.key, label: k.label });
  }
  const awards: PointsRuleKind[] = AWARD_KINDS.filter((k) => AWARD_KIND_INFO[k].target === 'person').map(
    (k) => ({ source: 'award', qualifier: k, label: AWARD_KIND_INFO[k].label }),
  );
  return [...meetings, ...awards];
}

/** The Chinese name of a rule: its source and, for a kind's own rule, the kind (its key when unknown). */
export function pointsRuleLabel(
  source: PointSource,
  qualifier: string | null,
  kinds: readonly PointsRuleKind[] = pointsRuleKinds(),
): string {
  if (!qualifier) return POINT_SOURCE_LABELS[source];
  const kind = kinds.find((k) => k.source === source && k.qualifier === qualifier);
  return `${POINT_SOURCE_LABELS[source]}（${kind?.label ?? qualifier}）`;
}

const KIND_NOUN: Record<KindedPointSource, string> = {
  meeting_attendance: '本组织可用的活动类别',
  award: '可计积分的个人表彰类别',
};

/**
 * Each kind's own rule must name a kind its source has and the org can meet: otherwise it would never apply
 * and the editor would show a rule nobody can earn.
 */
export function checkRuleQualifiers(
  kinds: readonly PointsRuleKind[],
  proposed: readonly { source: PointSource; qualifier: string | null }[],
): RuleViolation[] {
  const problems: RuleViolation[] = [];
  for (const { source, qualifier } of proposed) {
    if (!qualifier) continue;
    const label = `“${POINT_SOURCE_LABELS[source]}”`;
    if (!isKindedSource(source)) {
      problems.push({
        rule: 'points.rules',
        field: 'qualifier',
        message: `${label}不分类别，不能按“${qualifier}”单独设置`,
      });
    } else if (!kinds.some((k) => k.source === source && k.qualifier === qualifier)) {
      problems.push({
        rule: 'points.rules',
        field: 'qualifier',
        message: `${label}：“${qualifier}”不是${KIND_NOUN[source]}`,
      });
    }
  }
  return problems;
}
