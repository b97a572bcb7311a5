import {
  AGE_BANDS,
  EDUCATION_LABELS,
  EDUCATIONS,
  ETHNICITIES,
  ETHNICITY_LABELS,
  JOIN_BANDS,
  OCCUPATION_LABELS,
  OCCUPATIONS,
  PERSON_KIND_LABELS,
  PERSON_KINDS,
  PERSON_LIST_STANDING_LABELS,
  PERSON_LIST_STANDINGS,
  SEX_LABELS,
  SEXES,
  STAGE_LABELS,
  STAGES,
} from '@jiceng/core';

/** Select options for the record's enumerations, with the Chinese labels from core. */
function optionsOf<T extends string>(values: readonly T[], labels: Record<T, string>) {
  return values.map((value) => ({ value, label: labels[value] }));
}

export const stageOptions = optionsOf(STAGES, STAGE_LABELS);
export const sexOptions = optionsOf(SEXES, SEX_LABELS);
export const educationOptions = optionsOf(EDUCATIONS, EDUCATION_LABELS);
export const personKindOptions = optionsOf(PERSON_KINDS, PERSON_KIND_LABELS);
export const occupationOptions = optionsOf(OCCUPATIONS, OCCUPATION_LABELS);
export const ethnicityOptions = ETHNICITIES.map((code) => ({ value: code, label: ETHNICITY_LABELS[code]! }));
export const ageBandOptions = AGE_BANDS.map((b) => ({ value: b.key, label: b.label }));
export const joinBandOptions = JOIN_BANDS.map((b) => ({ value: b.key, label: b.label }));
export const standingOptions = optionsOf(PERSON_LIST_STANDINGS, PERSON_LIST_STANDING_LABELS);
