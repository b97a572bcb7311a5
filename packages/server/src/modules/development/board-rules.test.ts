import { CPC_DEV_2014, type RecordedStep } from '@jiceng/core';
import { describe, expect, it } from 'vitest';
import { boardEntries, NEAR_DAYS } from './board-rules';

const applicant = { stage: 'applicant', birthDate: '1990-01-01' };
const activist = { stage: 'activist', birthDate: '1990-01-01' };
const probationer = { stage: 'probationary', birthDate: '1990-01-01' };
const applied: RecordedStep[] = [{ step: 'application_submitted', date: '2024-01-31' }];
const designated: RecordedStep[] = [
  ...applied,
  { step: 'first_talk', date: '2024-02-10' },
  { step: 'activist_designated', date: '2024-03-15' },
];
const admitted: RecordedStep[] = [
  {
    step: 'admission_meeting',
    date: '2024-09-01',
    data: { vote: { entitled: 9, present: 8, yes: 8, no: 0, abstain: 0 } },
  },
  { step: 'admission_approved', date: '2024-10-01', data: { approverMayApprove: true } },
];

const item = (entries: ReturnType<typeof boardEntries>, name: string) => entries.find((e) => e.item === name);

describe('board items at their boundaries', () => {
  it.each([
    ['2024-02-28', false],
    ['2024-02-29', false],
    ['2024-03-01', true],
  ])('the first talk (due 2024-02-29, D2) on %s is overdue: %s', (today, overdue) => {
    expect(item(boardEntries(applicant, applied, today, CPC_DEV_2014), 'first_talk')).toMatchObject({
      dueDate: '2024-02-29',
      overdue,
    });
  });

  it.each([
    ['2024-09-14', false],
    ['2024-09-15', false],
    ['2024-09-16', true],
  ])('the half-year assessment (due 2024-09-15, D5) on %s is overdue: %s', (today, overdue) => {
    expect(item(boardEntries(activist, designated, today, CPC_DEV_2014), 'assessment')).toMatchObject({
      dueDate: '2024-09-15',
      overdue,
    });
  });

  it.each([
    ['2024-08-15', false],
    ['2024-08-16', true],
    ['2024-08-17', true],
  ])(`the assessment appears ${NEAR_DAYS} days ahead of its due date: on %s %s`, (today, shown) => {
    expect(item(boardEntries(activist, designated, today, CPC_DEV_2014), 'assessment') !== undefined).toBe(
      shown,
    );
  });

  it.each([
    ['2025-08-01', false],
    ['2025-08-02', true],
    ['2025-09-02', true],
  ])('the end of probation (2025-09-01, D17) shows from 30 days ahead: on %s %s', (today, shown) => {
    const entry = item(boardEntries(probationer, admitted, today, CPC_DEV_2014), 'probation_ending');
    expect(entry !== undefined).toBe(shown);
    if (entry) expect(entry.overdue).toBe(today > '2025-09-01');
  });
});
