import { todayInChina } from '../../format/time';

export const THIS_YEAR = Number(todayInChina().slice(0, 4));

/** The years a rating or a board may be looked at: this year and the five before. */
export const STAR_YEAR_OPTIONS = Array.from({ length: 6 }, (_, i) => THIS_YEAR - i).map((y) => ({
  value: y,
  label: `${y} 年度`,
}));
