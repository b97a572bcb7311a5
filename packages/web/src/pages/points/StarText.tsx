/** Stars as text (★★★☆☆): prints in any font and reads on any screen. */
export function StarText({ stars, of = 5 }: { stars: number; of?: number }) {
  return (
    <span className="jc-stars" aria-label={`${stars} 星`}>
      {'★'.repeat(stars)}
      <span className="jc-stars-off">{'★'.repeat(Math.max(0, of - stars))}</span>
    </span>
  );
}

export const STAR_LEVEL_LABELS: Record<number, string> = {
  5: '五星党员',
  4: '四星党员',
  3: '三星党员',
  2: '二星党员',
  1: '一星党员',
};
