import { addDays, addYears, type IsoDate } from '../shared/dates';

/** statistics.md S9. */
export const AGE_BANDS = [
  { key: 'le30', label: '30岁及以下', min: 0, max: 30 },
  { key: '31_35', label: '31-35岁', min: 31, max: 35 },
  { key: '36_40', label: '36-40岁', min: 36, max: 40 },
  { key: '41_45', label: '41-45岁', min: 41, max: 45 },
  { key: '46_50', label: '46-50岁', min: 46, max: 50 },
  { key: '51_55', label: '51-55岁', min: 51, max: 55 },
  { key: '56_60', label: '56-60岁', min: 56, max: 60 },
  { key: 'ge61', label: '61岁及以上', min: 61, max: 200 },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]['key'];
export const AGE_BAND_KEYS = AGE_BANDS.map((b) => b.key) as [AgeBand, ...AgeBand[]];

/** Birth dates of people whose full age on `on` lies in the band (id-number.md I9: the birthday counts). */
export function birthDateRange(band: AgeBand, on: IsoDate): { from: IsoDate; to: IsoDate } {
  const { min, max } = AGE_BANDS.find((b) => b.key === band)!;
  return { from: addDays(addYears(on, -(max + 1)), 1), to: addYears(on, -min) };
}

/** statistics.md S11, the four published join-date bands (S4: join date = admission). */
export const JOIN_BANDS = [
  { key: 'before_1949_10', label: '新中国成立前', from: '0001-01-01', to: '1949-09-30' },
  {
    key: '1949_10_1978_12',
    label: '新中国成立后至党的十一届三中全会前',
    from: '1949-10-01',
    to: '1978-12-31',
  },
  {
    key: '1979_01_2012_10',
    label: '党的十一届三中全会后至党的十八大前',
    from: '1979-01-01',
    to: '2012-10-31',
  },
  { key: 'since_2012_11', label: '党的十八大以来', from: '2012-11-01', to: '9999-12-31' },
] as const;
export type JoinBand = (typeof JOIN_BANDS)[number]['key'];
export const JOIN_BAND_KEYS = JOIN_BANDS.map((b) => b.key) as [JoinBand, ...JoinBand[]];
