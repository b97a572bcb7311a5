import { describe, expect, it } from 'vitest';
import { checkStarThresholds, DEFAULT_STAR_THRESHOLDS, starRating } from './stars';

describe('star ratings', () => {
  it.each([
    [0, 1],
    [39, 1],
    [40, 2],
    [59, 2],
    [60, 3],
    [80, 4],
    [99, 4],
    [100, 5],
  ])('gives %i points %i stars', (points, stars) => {
    expect(starRating(points, null, DEFAULT_STAR_THRESHOLDS).stars).toBe(stars);
  });

  it('lets the review grade bound the stars, and says so', () => {
    const rating = starRating(120, 'basically_qualified', DEFAULT_STAR_THRESHOLDS);
    expect(rating).toMatchObject({ stars: 2, byPoints: 5, cappedByGrade: 'basically_qualified' });
    expect(rating.explanation).toContain('基本合格');
    expect(starRating(120, 'excellent', DEFAULT_STAR_THRESHOLDS).stars).toBe(5);
    expect(starRating(120, 'qualified', DEFAULT_STAR_THRESHOLDS).stars).toBe(4);
  });

  it('refuses thresholds that do not rise', () => {
    expect(checkStarThresholds({ ...DEFAULT_STAR_THRESHOLDS, minPoints: [40, 40, 80, 100] })).toHaveLength(1);
    expect(checkStarThresholds({ ...DEFAULT_STAR_THRESHOLDS, minPoints: [-1, 40, 80, 100] })).toHaveLength(1);
    expect(checkStarThresholds(DEFAULT_STAR_THRESHOLDS)).toEqual([]);
  });
});
