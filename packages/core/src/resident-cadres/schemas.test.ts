import { describe, expect, it } from 'vitest';
import { cadreAssignmentInputSchema, cadreTaskUpdateSchema } from './schemas';

const base = {
  workUnit: '县财政局',
  villageOrgId: 5,
  mode: 'stationed',
  dispatchedByOrgId: 1,
  from: '2026-03-01',
};

const issueOf = (input: unknown) => {
  const result = cadreAssignmentInputSchema.safeParse(input);
  return result.success
    ? null
    : { path: result.error.issues[0]!.path.join('.'), message: result.error.issues[0]!.message };
};

describe('the assignment input', () => {
  it('accepts an outside cadre by name, work unit and phone', () => {
    expect(issueOf({ ...base, name: '王五', phone: '13800138000', firstSecretary: true })).toBeNull();
  });

  it('asks for a name when no archive person is chosen', () => {
    expect(issueOf(base)).toMatchObject({ path: 'name', message: expect.stringContaining('干部姓名') });
  });

  it('refuses a phone for a person from the archives', () => {
    expect(issueOf({ ...base, personId: 3, phone: '13800138000' })).toMatchObject({ path: 'phone' });
  });

  it('refuses a period that ends before it starts', () => {
    expect(issueOf({ ...base, name: '王五', to: '2026-02-28' })).toMatchObject({ path: 'to' });
  });

  it('refuses a first secretary who is not stationed', () => {
    expect(issueOf({ ...base, name: '王五', mode: 'liaison', firstSecretary: true })).toMatchObject({
      path: 'mode',
    });
  });

  it('names the field of a bad phone in Chinese', () => {
    expect(issueOf({ ...base, name: '王五', phone: '123' })).toMatchObject({
      path: 'phone',
      message: '应为 11 位手机号码',
    });
  });
});

describe('the task update', () => {
  it('asks for the result when a task is done', () => {
    const result = cadreTaskUpdateSchema.safeParse({ state: 'done' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['result']);
  });
});
