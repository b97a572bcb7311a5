import {
  EDUCATION_LABELS,
  ETHNICITY_LABELS,
  OCCUPATION_LABELS,
  PERSON_KIND_LABELS,
  valueFromLabel,
  type CorrectableField,
} from '@jiceng/core';

/** Enumerated fields, whose requested value is stored as the identifier and shown by its Chinese label. */
export const ENUM_LABELS: Partial<Record<CorrectableField, Record<string, string>>> = {
  ethnicity: ETHNICITY_LABELS,
  education: EDUCATION_LABELS,
  personKind: PERSON_KIND_LABELS,
  occupation: OCCUPATION_LABELS,
};

/** The requested value as the user reads it. */
export function correctionValueLabel(field: CorrectableField, value: string): string {
  const labels = ENUM_LABELS[field];
  if (!labels) return value;
  return labels[value] ?? labels[valueFromLabel(labels, value) ?? ''] ?? value;
}
