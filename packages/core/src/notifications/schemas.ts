import { z } from 'zod';

export const NOTIFICATION_CHANNELS = ['inbox', 'sms'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const notificationSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  body: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationSendSchema = z.strictObject({
  userIds: z.array(z.number().int().positive()).min(1, { message: '至少选择一位接收人' }).max(500),
  title: z.string().trim().min(1, { message: '不能为空' }).max(100, { message: '不能超过 100 个字符' }),
  body: z.string().trim().max(2000, { message: '不能超过 2000 个字符' }).default(''),
  sms: z.boolean().default(false),
});
export type NotificationSendInput = z.infer<typeof notificationSendSchema>;
