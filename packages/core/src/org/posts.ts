export const POST_KINDS = [
  'secretary',
  'deputy_secretary',
  'organization_member',
  'publicity_member',
  'discipline_member',
  // An elected committee member before (or without) a portfolio; the election records it (L15, L16).
  'committee_member',
] as const;
export type PostKind = (typeof POST_KINDS)[number];

export const POST_KIND_LABELS: Record<PostKind, string> = {
  secretary: '书记',
  deputy_secretary: '副书记',
  organization_member: '组织委员',
  publicity_member: '宣传委员',
  discipline_member: '纪检委员',
  committee_member: '委员',
};

/** Posts a single person holds per org; deputies may be several. */
export const SINGLE_HOLDER_POSTS: readonly PostKind[] = ['secretary'];
