import { describe, expect, it } from 'vitest';
import { checkStageDates, deriveStage } from './stage';

describe('the stage derived from events', () => {
  it('is the stage of the latest event, with every stage date', () => {
    const derived = deriveStage([
      { id: 2, type: 'admitted', occurredOn: '2015-07-01' },
      { id: 1, type: 'application_submitted', occurredOn: '2013-03-01' },
      { id: 3, type: 'converted', occurredOn: '2016-07-01' },
    ]);
    expect(derived.stage).toBe('full');
    expect(derived.dates).toEqual({
      applicationDate: '2013-03-01',
      activistDate: null,
      candidateDate: null,
      admissionDate: '2015-07-01',
      conversionDate: '2016-07-01',
    });
  });

  it('ignores a voided event', () => {
    const derived = deriveStage([
      { id: 1, type: 'admitted', occurredOn: '2015-07-01' },
      { id: 2, type: 'converted', occurredOn: '2015-08-01' },
      { id: 3, type: 'event_voided', occurredOn: '2026-01-01', voidsEventId: 2 },
    ]);
    expect(derived.stage).toBe('probationary');
    expect(derived.dates.conversionDate).toBeNull();
  });

  it('is null without stage events', () => {
    expect(deriveStage([{ id: 1, type: 'registered', occurredOn: '2020-01-01' }]).stage).toBeNull();
  });
});

describe('entered stage dates', () => {
  it('must follow each other', () => {
    const violations = checkStageDates(
      { admissionDate: '2015-07-01', conversionDate: '2015-01-01' },
      '2026-11-23',
      null,
    );
    expect(violations).toEqual([
      expect.objectContaining({
        field: 'conversionDate',
        message: '转正日期（2015-01-01）不能早于入党日期（2015-07-01）',
      }),
    ]);
  });

  it('cannot lie in the future or before birth', () => {
    const violations = checkStageDates(
      { applicationDate: '2027-01-01', admissionDate: '1980-01-01' },
      '2026-11-23',
      '1990-05-05',
    );
    expect(violations.map((v) => v.field)).toEqual(['applicationDate', 'admissionDate', 'admissionDate']);
  });

  it('need an admission date when a conversion date is given', () => {
    expect(checkStageDates({ conversionDate: '2016-07-01' }, '2026-11-23', null)).toEqual([
      expect.objectContaining({ field: 'admissionDate' }),
    ]);
  });
});
