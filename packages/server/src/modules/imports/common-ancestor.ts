/** The deepest org whose subtree holds every path (`/1/12/305/`), or null when they share none. */
export function commonAncestorId(paths: readonly string[]): number | null {
  if (paths.length === 0) return null;
  let common = paths[0]!.split('/').filter(Boolean);
  for (const path of new Set(paths)) {
    const ids = path.split('/').filter(Boolean);
    let i = 0;
    while (i < common.length && i < ids.length && common[i] === ids[i]) i += 1;
    common = common.slice(0, i);
    if (common.length === 0) return null;
  }
  return Number(common[common.length - 1]);
}
