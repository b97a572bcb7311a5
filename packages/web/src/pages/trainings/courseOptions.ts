import { TRAINING_AUDIENCE_LABELS, TRAINING_AUDIENCES } from '@jiceng/core';

export const AUDIENCE_OPTIONS = TRAINING_AUDIENCES.map((a) => ({
  value: a,
  label: TRAINING_AUDIENCE_LABELS[a],
}));

export const AUDIENCE_COLORS = {
  village_cadres: 'blue',
  development_candidates: 'red',
  members: 'gold',
  secretaries: 'purple',
  other: 'default',
} as const;
