import { z } from 'zod';
import { myActivitySchema } from '../activities/schemas';
import { POST_CLAIM_STATES } from './kinds';
import { serviceHoursEntrySchema, servicePostClaimSchema, servicePostSchema } from './schemas';

/** What a member sees on the phone: posts open to them, their claims and hours, activities to come. */
export const myServicePostsSchema = z.object({
  posts: z.array(servicePostSchema.extend({ myClaimState: z.enum(POST_CLAIM_STATES).nullable() })),
  claims: z.array(servicePostClaimSchema),
  hours: z.array(serviceHoursEntrySchema),
  activities: z.array(myActivitySchema),
  /** Confirmed hours this year: posts and activities together. */
  confirmedHoursThisYear: z.number(),
});
export type MyServicePosts = z.infer<typeof myServicePostsSchema>;
