/** A score's share of its maximum as a colour: deep green at full marks through amber to red at none. */
export function scoreColor(tenths: number | null, maxScore: number): { background: string; text: string } {
  if (tenths === null || maxScore <= 0) return { background: 'transparent', text: 'rgba(0,0,0,0.25)' };
  const share = tenths / (maxScore * 10);
  if (share >= 0.95) return { background: '#d9f7be', text: '#135200' };
  if (share >= 0.8) return { background: '#f4ffb8', text: '#3f6600' };
  if (share >= 0.6) return { background: '#fff1b8', text: '#874d00' };
  if (share >= 0.4) return { background: '#ffd8bf', text: '#873800' };
  return { background: '#ffccc7', text: '#a8071a' };
}

/** The legend under the board: what each colour means. */
export const SCORE_LEGEND = [
  { label: '≥95%', share: 1 },
  { label: '80–95%', share: 0.85 },
  { label: '60–80%', share: 0.7 },
  { label: '40–60%', share: 0.5 },
  { label: '<40%', share: 0.1 },
];

export const points = (tenths: number | null) =>
  tenths === null ? '—' : Number.isInteger(tenths / 10) ? String(tenths / 10) : (tenths / 10).toFixed(1);

/** `2025年5月` from `2025-05`. */
export const monthText = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
