import { describe, expect, it } from 'vitest';
import { checkOutflow, checkOutflowReturn, outflowInputSchema, type OutflowCheck } from './mobile';

const ok: OutflowCheck = {
  stage: 'full',
  standing: 'active',
  ownOrgId: 1001,
  inflow: { id: 2001, kind: 'branch' },
  openOutflow: false,
  outflowOn: '2026-05-01',
  today: '2026-06-01',
};

describe('registering an outflow', () => {
  it('is allowed for an active member going to another branch', () => {
    expect(checkOutflow(ok)).toEqual([]);
  });

  it('is allowed with an inflow org outside Jiceng', () => {
    expect(checkOutflow({ ...ok, inflow: null })).toEqual([]);
  });

  it('is refused for a person who is not a member', () => {
    expect(checkOutflow({ ...ok, stage: 'applicant' })).toEqual([
      expect.objectContaining({ rule: 'transfers.md T8', field: 'personId' }),
    ]);
  });

  it('is refused for a member whose standing is suspended', () => {
    expect(checkOutflow({ ...ok, standing: 'suspended' })).toEqual([
      expect.objectContaining({ field: 'personId' }),
    ]);
  });

  it('is refused while another outflow is open', () => {
    expect(checkOutflow({ ...ok, openOutflow: true })).toEqual([
      expect.objectContaining({ rule: 'transfers.md T9' }),
    ]);
  });

  it('is refused while a transfer is open', () => {
    expect(checkOutflow({ ...ok, openTransfer: true })).toEqual([
      expect.objectContaining({ rule: 'transfers.md T7' }),
    ]);
  });

  it('is refused to an inflow org that is not a branch', () => {
    expect(checkOutflow({ ...ok, inflow: { id: 20, kind: 'committee' } })).toEqual([
      expect.objectContaining({ field: 'inflowOrgId' }),
    ]);
  });

  it('is refused to the member’s own branch', () => {
    expect(checkOutflow({ ...ok, inflow: { id: 1001, kind: 'branch' } })).toEqual([
      expect.objectContaining({ field: 'inflowOrgId' }),
    ]);
  });

  it('is refused with a date in the future', () => {
    expect(checkOutflow({ ...ok, outflowOn: '2026-06-02' })).toEqual([
      expect.objectContaining({ field: 'outflowOn' }),
    ]);
  });

  it('is allowed dated today', () => {
    expect(checkOutflow({ ...ok, outflowOn: '2026-06-01' })).toEqual([]);
  });
});

describe('recording a return', () => {
  it('is allowed between the outflow and today', () => {
    expect(checkOutflowReturn('2026-01-01', '2026-05-01', '2026-06-01')).toEqual([]);
  });

  it('cannot come before the outflow', () => {
    expect(checkOutflowReturn('2026-01-01', '2025-12-31', '2026-06-01')).toEqual([
      expect.objectContaining({ field: 'returnedOn', allowedFrom: '2026-01-01' }),
    ]);
  });
});

describe('the outflow input', () => {
  const input = {
    personId: 3,
    outflowOn: '2026-05-01',
    destination: '广东省深圳市',
    contact: '0755-12345678',
    inflowOrgName: '深圳某街道流动党员支部',
  };

  it('accepts an inflow org named by hand and a landline', () => {
    expect(outflowInputSchema.parse(input)).toEqual(input);
  });

  it('needs the inflow org chosen or named', () => {
    const { inflowOrgName: _name, ...without } = input;
    expect(outflowInputSchema.safeParse(without).error?.issues[0]).toMatchObject({
      path: ['inflowOrgId'],
      message: '请选择流入地党组织或填写流入地党组织名称',
    });
  });

  it('refuses a contact that is not a phone number', () => {
    expect(outflowInputSchema.safeParse({ ...input, contact: 'wechat:abc' }).error?.issues[0]?.message).toBe(
      '联系方式应为 5–30 位电话号码',
    );
  });

  it('refuses an empty destination, naming the field', () => {
    expect(outflowInputSchema.safeParse({ ...input, destination: '' }).error?.issues[0]?.message).toBe(
      '外出地点不能为空',
    );
  });
});
