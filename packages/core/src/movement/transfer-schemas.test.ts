import { describe, expect, it } from 'vitest';
import {
  transferExternalInInputSchema,
  transferExternalOutInputSchema,
  transferReceiveInputSchema,
  transferRefuseInputSchema,
  transferReissueInputSchema,
  transferStartInputSchema,
} from './transfer-schemas';

const firstMessage = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe('the transfer start input', () => {
  it('accepts a receiving branch and the dues month, leaving the validity to the server', () => {
    const parsed = transferStartInputSchema.parse({ personId: 3, toOrgId: 1002, duesPaidUpTo: '2026-05' });
    expect(parsed.validityDays).toBeUndefined();
  });

  it('refuses a dues month that is not YYYY-MM', () => {
    const result = transferStartInputSchema.safeParse({ personId: 3, toOrgId: 1002, duesPaidUpTo: '2026-5' });
    expect(firstMessage(result)).toBe('党费交至月份应为 YYYY-MM');
  });

  it('refuses a validity over 180 days', () => {
    const result = transferStartInputSchema.safeParse({
      personId: 3,
      toOrgId: 1002,
      duesPaidUpTo: '2026-05',
      validityDays: 181,
    });
    expect(firstMessage(result)).toBe('有效期应为 1–180 天');
  });

  it('refuses unknown fields', () => {
    const result = transferStartInputSchema.safeParse({
      personId: 3,
      toOrgId: 1002,
      duesPaidUpTo: '2026-05',
      x: 1,
    });
    expect(result.success).toBe(false);
  });
});

describe('the refusal input', () => {
  it('needs a reason (T6)', () => {
    expect(firstMessage(transferRefuseInputSchema.safeParse({ reason: '  ' }))).toBe('须说明退回理由');
  });
});

describe('the receive input', () => {
  it('needs a real date', () => {
    expect(transferReceiveInputSchema.safeParse({ receivedOn: '2026-02-30' }).success).toBe(false);
  });
});

describe('the external inputs', () => {
  it('send a letter to an org named by hand', () => {
    const parsed = transferExternalOutInputSchema.parse({
      personId: 3,
      toOrgName: ' 外省某街道党工委 ',
      duesPaidUpTo: '2026-05',
    });
    expect(parsed.toOrgName).toBe('外省某街道党工委');
  });

  it('record a paper letter arriving', () => {
    const input = {
      letterNumber: '（2026）第 15 号',
      fromOrgName: '外省某镇党委',
      issuedOn: '2026-04-01',
      validityDays: 30,
      duesPaidUpTo: '2026-03',
      receivedOn: '2026-04-10',
      toOrgId: 1002,
    };
    expect(transferExternalInInputSchema.parse(input)).toEqual(input);
  });

  it('refuse a report before the letter was issued', () => {
    const result = transferExternalInInputSchema.safeParse({
      letterNumber: '15',
      fromOrgName: '外省某镇党委',
      issuedOn: '2026-04-01',
      validityDays: 30,
      duesPaidUpTo: '2026-03',
      receivedOn: '2026-03-31',
      toOrgId: 1002,
    });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['receivedOn'],
      message: '报到日期不能早于介绍信开具日期',
    });
  });

  it('reissue with or without a new validity', () => {
    expect(transferReissueInputSchema.parse({})).toEqual({});
    expect(transferReissueInputSchema.parse({ validityDays: 30 })).toEqual({ validityDays: 30 });
  });
});
