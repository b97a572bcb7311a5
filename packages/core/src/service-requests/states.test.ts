import { describe, expect, it } from 'vitest';
import { checkServiceTransition, nextServiceState } from './states';

describe('the steps of a request', () => {
  it('allows assigning a new request and reassigning an assigned one', () => {
    expect(checkServiceTransition('submitted', 'assign')).toBeNull();
    expect(checkServiceTransition('assigned', 'assign')).toBeNull();
    expect(nextServiceState('assign')).toBe('assigned');
  });

  it('refuses responding to a request nobody was assigned, naming the rule', () => {
    const refusal = checkServiceTransition('submitted', 'respond');
    expect(refusal).toMatchObject({ rule: 'service-requests S2', field: 'state' });
    expect(refusal!.message).toContain('待派单');
  });

  it('allows resolving an assigned or responded request', () => {
    expect(checkServiceTransition('assigned', 'resolve')).toBeNull();
    expect(checkServiceTransition('responded', 'resolve')).toBeNull();
  });

  it('refuses resolving a request twice', () => {
    expect(checkServiceTransition('resolved', 'resolve')?.rule).toBe('service-requests S3');
  });

  it('refuses rejecting a request someone already responded to', () => {
    expect(checkServiceTransition('responded', 'reject')?.rule).toBe('service-requests S4');
  });

  it('allows rating only a resolved request, once', () => {
    expect(checkServiceTransition('resolved', 'rate')).toBeNull();
    expect(checkServiceTransition('rated', 'rate')?.message).toContain('已评价');
    expect(checkServiceTransition('assigned', 'rate')?.rule).toBe('service-requests S5');
  });
});
