import { describe, expect, it } from 'vitest';
import { deadlineStatus, onTimeFigures, overdueLevel, resolvedOnTime, type RequestClock } from './timing';

const t0 = new Date('2026-03-01T00:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
/** An urgent request: respond within 60 minutes, resolve within 24 hours. */
const urgent = (over: Partial<RequestClock> = {}): RequestClock => ({
  state: 'assigned',
  respondBy: at(60),
  resolveBy: at(1440),
  respondedAt: null,
  resolvedAt: null,
  ...over,
});

describe('overdue levels', () => {
  it('is 0 while the response deadline is ahead', () => {
    expect(overdueLevel(urgent(), at(59))).toBe(0);
  });

  it('is 1 from the response deadline without a response', () => {
    expect(overdueLevel(urgent(), at(60))).toBe(1);
  });

  it('stays 0 when someone responded in time, until the resolve deadline', () => {
    const r = urgent({ state: 'responded', respondedAt: at(50) });
    expect(overdueLevel(r, at(1439))).toBe(0);
    expect(overdueLevel(r, at(1440))).toBe(1);
  });

  it('is 2 when both deadlines passed', () => {
    expect(overdueLevel(urgent(), at(1440))).toBe(2);
    expect(overdueLevel(urgent({ state: 'responded', respondedAt: at(90) }), at(1500))).toBe(2);
  });

  it('is 0 for a resolved request, however late', () => {
    expect(
      overdueLevel(urgent({ state: 'resolved', respondedAt: at(90), resolvedAt: at(2000) }), at(3000)),
    ).toBe(0);
  });
});

describe('on time', () => {
  it('is a resolution with both deadlines met', () => {
    expect(resolvedOnTime(urgent({ state: 'resolved', respondedAt: at(40), resolvedAt: at(100) }))).toBe(
      true,
    );
  });

  it('is not a resolution after a late response', () => {
    expect(resolvedOnTime(urgent({ state: 'rated', respondedAt: at(61), resolvedAt: at(100) }))).toBe(false);
  });

  it('is not a resolution after the resolve deadline', () => {
    expect(resolvedOnTime(urgent({ state: 'resolved', respondedAt: at(10), resolvedAt: at(1441) }))).toBe(
      false,
    );
  });

  it('rates resolved requests and open ones past their resolve deadline, leaving out the rest', () => {
    const figures = onTimeFigures(
      [
        urgent({ state: 'resolved', respondedAt: at(10), resolvedAt: at(100) }),
        urgent({ state: 'rated', respondedAt: at(10), resolvedAt: at(200) }),
        urgent({ state: 'resolved', respondedAt: at(70), resolvedAt: at(200) }),
        urgent({ state: 'assigned' }),
        urgent({ state: 'rejected' }),
        urgent({ state: 'submitted', resolveBy: at(100) }),
      ],
      at(1000),
    );
    expect(figures).toEqual({ counted: 4, onTime: 2, overdueOpen: 1, rate: 50 });
  });

  it('has no rate when nothing is counted', () => {
    expect(onTimeFigures([], at(0)).rate).toBeNull();
  });
});

describe('the deadline a list shows', () => {
  it('counts down to the response while nobody responded', () => {
    expect(deadlineStatus(urgent(), at(20))).toMatchObject({
      kind: 'due',
      deadline: 'response',
      minutesLeft: 40,
    });
  });

  it('shows the response overdue by the minutes past it', () => {
    expect(deadlineStatus(urgent(), at(75))).toMatchObject({
      kind: 'overdue',
      deadline: 'response',
      minutesOverdue: 15,
    });
  });

  it('counts down to the resolution once someone responded', () => {
    const r = urgent({ state: 'responded', respondedAt: at(30) });
    expect(deadlineStatus(r, at(440))).toMatchObject({
      kind: 'due',
      deadline: 'resolution',
      minutesLeft: 1000,
    });
  });

  it('shows the resolution overdue once its deadline passed', () => {
    expect(deadlineStatus(urgent(), at(1500))).toMatchObject({
      kind: 'overdue',
      deadline: 'resolution',
      minutesOverdue: 60,
    });
  });

  it('says on time or late for a resolved request', () => {
    expect(
      deadlineStatus(urgent({ state: 'resolved', respondedAt: at(1), resolvedAt: at(2) }), at(5000)).kind,
    ).toBe('on_time');
    expect(deadlineStatus(urgent({ state: 'withdrawn' }), at(5)).kind).toBe('closed');
  });
});
