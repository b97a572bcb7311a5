import { describe, expect, it } from 'vitest';
import { photoTypeOf as detectPhotoType } from '../activities/photos';
import { modelSiteInputSchema, venueInputSchema } from './schemas';

describe('photo types by their first bytes (the shared check)', () => {
  it('recognise JPEG, PNG and WebP', () => {
    expect(detectPhotoType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(detectPhotoType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'image/png',
    );
    const webp = new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50, 0x56]);
    expect(detectPhotoType(webp)).toBe('image/webp');
  });

  it('refuse anything else, a GIF or a text file named .jpg', () => {
    expect(detectPhotoType(new TextEncoder().encode('GIF89a...'))).toBeNull();
    expect(detectPhotoType(new TextEncoder().encode('<script>alert(1)</script>'))).toBeNull();
    expect(detectPhotoType(new Uint8Array([0xff, 0xd8]))).toBeNull();
  });
});

describe('the venue input', () => {
  const venue = {
    orgId: 1,
    name: '东村党群服务中心',
    kind: 'service_center',
    address: '东村村委会院内',
    areaSqm: 320.5,
    openingHours: '工作日 8:30–17:30',
  };

  it('accepts a venue with a landline or a mobile contact', () => {
    expect(venueInputSchema.safeParse({ ...venue, contactPhone: '0791-8888888' }).success).toBe(true);
    expect(venueInputSchema.safeParse({ ...venue, contactPhone: '13800138000' }).success).toBe(true);
  });

  it('refuses an area that is not positive, naming the field', () => {
    const result = venueInputSchema.safeParse({ ...venue, areaSqm: 0 });
    expect(result.error?.issues[0]).toMatchObject({ path: ['areaSqm'], message: '面积应大于 0' });
  });
});

describe('the model site input', () => {
  const site = { title: '东村党建示范点', level: 'county', year: 2026, practices: '积分超市' };

  it('is a venue or a branch, not both and not neither', () => {
    expect(modelSiteInputSchema.safeParse({ ...site, venueId: 1 }).success).toBe(true);
    expect(modelSiteInputSchema.safeParse({ ...site, orgId: 2 }).success).toBe(true);
    expect(modelSiteInputSchema.safeParse({ ...site, venueId: 1, orgId: 2 }).error?.issues[0]?.path).toEqual([
      'venueId',
    ]);
    expect(modelSiteInputSchema.safeParse(site).error?.issues[0]?.message).toContain('请选择');
  });
});
