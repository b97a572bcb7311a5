// The type check and the size limit are shared with the activities' photos (core activities/photos.ts).

/** Per venue or model site, so a page stays light. */
export const MAX_PHOTOS_PER_OWNER = 12;
