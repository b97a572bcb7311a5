import { describe, expect, it } from 'vitest';
import { consentInputSchema, householdInputSchema, visitInputSchema, yuanTextSchema } from './schemas';

const household = {
  orgId: 5,
  headName: '王大爷',
  address: '东村三组 12 号',
  peopleCount: 2,
  situations: ['elderly_alone'],
};

const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.error?.issues[0]?.message;

describe('pairing schemas', () => {
  it('accept a household without ID number or phone', () => {
    expect(householdInputSchema.safeParse(household).success).toBe(true);
  });

  it('refuse a household without a situation, in Chinese', () => {
    expect(firstMessage(householdInputSchema.safeParse({ ...household, situations: [] }))).toBe(
      '请至少选择一项困难类型',
    );
  });

  it('refuse a bad phone number', () => {
    expect(householdInputSchema.safeParse({ ...household, phone: '12345' }).success).toBe(false);
  });

  it('refuse a consent given neither in writing nor orally', () => {
    const r = consentInputSchema.safeParse({
      consentedOn: '2026-01-01',
      way: 'email',
      recordedByName: '李书记',
    });
    expect(firstMessage(r)).toBe('同意方式应为书面或口头');
  });

  it('default a visit with no amounts to zero fen and refuse fractional fen', () => {
    const base = {
      householdId: 1,
      visitorPersonId: 2,
      visitedOn: '2026-01-01',
      notes: '了解近况',
      helpKinds: ['condolence'],
    };
    expect(visitInputSchema.parse(base)).toMatchObject({ moneyFen: 0, goodsFen: 0 });
    expect(firstMessage(visitInputSchema.safeParse({ ...base, moneyFen: 1.5 }))).toBe(
      '资金金额应为以分计的整数',
    );
  });

  it('read amounts typed in 元 exactly', () => {
    expect(yuanTextSchema.safeParse('0.29').success).toBe(true);
    expect(yuanTextSchema.safeParse('1.234').success).toBe(false);
  });
});
