import { describe, expect, it } from 'vitest';
import { deadlinesFrom, effectiveDeadlines } from './deadlines';
import { DEFAULT_SERVICE_DEADLINES } from './kinds';

const county = { orgId: 1, orgName: '县委', settings: {} };
const township = { orgId: 2, orgName: '镇党委', settings: {} };
const village = { orgId: 3, orgName: '村党支部', settings: {} };

describe('the deadlines in force at an org', () => {
  it('are the defaults when no org on the way up set any, urgent requests met within an hour', () => {
    const result = effectiveDeadlines([county, township, village]);
    expect(result.urgent).toMatchObject({
      responseMinutes: 60,
      sourceOrgId: null,
      sourceOrgName: '系统默认',
    });
    expect(result.wish.resolveMinutes).toBe(DEFAULT_SERVICE_DEADLINES.wish.resolveMinutes);
  });

  it('follow a setting made above, for the kind it sets only', () => {
    const result = effectiveDeadlines([
      { ...county, settings: { help: { responseMinutes: 30, resolveMinutes: 600 } } },
      township,
      village,
    ]);
    expect(result.help).toMatchObject({ responseMinutes: 30, resolveMinutes: 600, sourceOrgId: 1 });
    expect(result.urgent.sourceOrgId).toBeNull();
  });

  it('take the nearest org’s setting when several orgs set the same kind', () => {
    const result = effectiveDeadlines([
      { ...county, settings: { urgent: { responseMinutes: 45, resolveMinutes: 600 } } },
      { ...township, settings: { urgent: { responseMinutes: 30, resolveMinutes: 300 } } },
      village,
    ]);
    expect(result.urgent).toMatchObject({
      responseMinutes: 30,
      resolveMinutes: 300,
      sourceOrgName: '镇党委',
    });
  });

  it('count from the moment of submission', () => {
    const at = new Date('2026-03-01T02:00:00Z');
    const { respondBy, resolveBy } = deadlinesFrom(at, { responseMinutes: 60, resolveMinutes: 1440 });
    expect(respondBy.toISOString()).toBe('2026-03-01T03:00:00.000Z');
    expect(resolveBy.toISOString()).toBe('2026-03-02T02:00:00.000Z');
  });
});
