/** 党群活动场所 (阵地): the kinds of venue a county records (common practice). */
export const VENUE_KINDS = ['service_center', 'activity_room', 'civilization_station', 'other'] as const;
export type VenueKind = (typeof VENUE_KINDS)[number];

export const VENUE_KIND_LABELS: Record<VenueKind, string> = {
  service_center: '党群服务中心',
  activity_room: '党员活动室',
  civilization_station: '新时代文明实践站',
  other: '其他场所',
};

/** Who named a model site (示范点). */
export const MODEL_SITE_LEVELS = ['county', 'township'] as const;
export type ModelSiteLevel = (typeof MODEL_SITE_LEVELS)[number];

export const MODEL_SITE_LEVEL_LABELS: Record<ModelSiteLevel, string> = {
  county: '县级示范点',
  township: '乡镇级示范点',
};

/** A photo of a venue or a model site belongs to one of them. */
export const VENUE_PHOTO_OWNERS = ['venue', 'model_site'] as const;
export type VenuePhotoOwner = (typeof VENUE_PHOTO_OWNERS)[number];
