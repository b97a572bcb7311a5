import { describe, expect, it } from 'vitest';
import {
  publicServiceRequestInputSchema,
  serviceAssignInputSchema,
  serviceDeadlinesInputSchema,
  trackingCodeSchema,
} from './schemas';

const valid = {
  orgId: 5,
  kind: 'help',
  text: '家中老人行动不便，需要帮忙代购药品',
  contactName: '王大妈',
  contactPhone: '13812345678',
};

const firstMessage = (input: unknown) => {
  const result = publicServiceRequestInputSchema.safeParse(input);
  return result.success
    ? null
    : { path: result.error.issues[0]!.path, message: result.error.issues[0]!.message };
};

describe('the public request form', () => {
  it('accepts a request with a contact name and a mobile number', () => {
    expect(publicServiceRequestInputSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses a request without a contact phone, naming the field', () => {
    const { contactPhone: _omit, ...rest } = valid;
    expect(firstMessage(rest)).toEqual({ path: ['contactPhone'], message: '请填写联系电话' });
  });

  it('refuses a blank contact name', () => {
    expect(firstMessage({ ...valid, contactName: '  ' })?.message).toBe('请填写联系人姓名');
  });

  it('refuses a number that is not a mainland mobile', () => {
    expect(firstMessage({ ...valid, contactPhone: '02088886666' })?.message).toBe(
      '联系电话应为 11 位手机号码',
    );
  });

  it('refuses a text longer than 500 characters and takes one of exactly 500', () => {
    expect(firstMessage({ ...valid, text: '字'.repeat(501) })?.message).toBe('诉求内容不能超过 500 个字');
    expect(publicServiceRequestInputSchema.safeParse({ ...valid, text: '字'.repeat(500) }).success).toBe(
      true,
    );
  });

  it('refuses fields it does not know', () => {
    expect(publicServiceRequestInputSchema.safeParse({ ...valid, state: 'resolved' }).success).toBe(false);
  });
});

describe('assigning', () => {
  it('needs a member when assigned to a member', () => {
    const result = serviceAssignInputSchema.safeParse({ assigneeKind: 'member' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({
      path: ['personId'],
      message: '派给党员时须选择承办党员',
    });
  });

  it('takes the service desk without a member', () => {
    expect(serviceAssignInputSchema.safeParse({ assigneeKind: 'service_desk' }).success).toBe(true);
  });
});

describe('deadline settings', () => {
  it('refuses a resolve deadline shorter than the response deadline', () => {
    const result = serviceDeadlinesInputSchema.safeParse({
      settings: [{ kind: 'urgent', responseMinutes: 60, resolveMinutes: 30 }],
    });
    expect(result.error!.issues[0]!.message).toBe('办结时限不能短于响应时限');
  });

  it('refuses the same kind twice', () => {
    const s = { kind: 'urgent', responseMinutes: 30, resolveMinutes: 300 };
    expect(serviceDeadlinesInputSchema.safeParse({ settings: [s, s] }).error!.issues[0]!.message).toBe(
      '同一类别只能设置一次',
    );
  });
});

describe('tracking codes', () => {
  it('reads a code typed in lower case', () => {
    expect(trackingCodeSchema.parse('abcd23efgh')).toBe('ABCD23EFGH');
  });

  it('refuses look-alike characters', () => {
    expect(trackingCodeSchema.safeParse('ABCD0OEFGH').success).toBe(false);
  });
});
