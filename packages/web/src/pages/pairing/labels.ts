import {
  fenLabel,
  HELP_KIND_LABELS,
  HOUSEHOLD_SITUATION_LABELS,
  HOUSEHOLD_SITUATIONS,
  HELP_KINDS,
  PAIRING_END_REASON_LABELS,
  PAIRING_END_REASONS,
  type HelpKind,
  type HouseholdSituation,
} from '@jiceng/core';

export const situationOptions = HOUSEHOLD_SITUATIONS.map((s) => ({
  value: s,
  label: HOUSEHOLD_SITUATION_LABELS[s],
}));
export const helpKindOptions = HELP_KINDS.map((k) => ({ value: k, label: HELP_KIND_LABELS[k] }));
export const endReasonOptions = PAIRING_END_REASONS.map((r) => ({
  value: r,
  label: PAIRING_END_REASON_LABELS[r],
}));

export const situationsText = (list: readonly HouseholdSituation[]) =>
  list.map((s) => HOUSEHOLD_SITUATION_LABELS[s]).join('、');

export const helpKindsText = (list: readonly HelpKind[]) => list.map((k) => HELP_KIND_LABELS[k]).join('、');

/** Money and goods of a visit in one short text: "资金 500.00 元 · 物资 120.50 元", or "—". */
export function valueText(moneyFen: number, goodsFen: number): string {
  const parts = [
    ...(moneyFen > 0 ? [`资金 ${fenLabel(moneyFen)}`] : []),
    ...(goodsFen > 0 ? [`物资 ${fenLabel(goodsFen)}`] : []),
  ];
  return parts.length ? parts.join(' · ') : '—';
}
