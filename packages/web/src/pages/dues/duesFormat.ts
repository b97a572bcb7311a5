import type { DuesFigures } from '@jiceng/core';

/** 实交 over 应交 to one decimal, as the Excel export writes it; a dash when nothing was due. */
export function collectionRate(figures: Pick<DuesFigures, 'dueFen' | 'collectedFen'>): string {
  if (figures.dueFen <= 0) return '—';
  return `${((figures.collectedFen * 100) / figures.dueFen).toFixed(1)}%`;
}
