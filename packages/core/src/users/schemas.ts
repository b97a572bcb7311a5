import { z } from 'zod';
import { ROLES } from '../access/roles';
import { passwordProblem } from './password';

export const passwordSchema = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const usernameSchema = z
  .string()
  .trim()
  .min(3, { message: '至少 3 个字符' })
  .max(32, { message: '不能超过 32 个字符' })
  .regex(/^[a-z0-9_.-]+$/, { message: '只能包含小写字母、数字、点、下划线和连字符' });

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, { message: '不能为空' })
  .max(50, { message: '不能超过 50 个字符' });

export const roleSchema = z.enum(ROLES, { message: '不是有效的角色' });

export const assignmentInputSchema = z.strictObject({
  role: roleSchema,
  orgId: z.number().int().positive().nullable(),
});
export type AssignmentInput = z.infer<typeof assignmentInputSchema>;

export const assignmentSchema = z.object({
  id: z.number().int(),
  role: roleSchema,
  orgId: z.number().int().nullable(),
  orgName: z.string().nullable(),
});
export type Assignment = z.infer<typeof assignmentSchema>;

export const userCreateSchema = z.strictObject({
  username: usernameSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
  assignments: z.array(assignmentInputSchema).min(1, { message: '至少分配一个角色' }).max(20),
});
export type UserCreateInput = z.infer<typeof userCreateSchema>;

export const userUpdateSchema = z.strictObject({
  displayName: displayNameSchema.optional(),
  disabled: z.boolean().optional(),
});

export const passwordResetSchema = z.strictObject({ password: passwordSchema });

export const passwordChangeSchema = z.strictObject({
  currentPassword: z.string().min(1, { message: '不能为空' }).max(200),
  newPassword: passwordSchema,
});

export const loginSchema = z.strictObject({
  username: z.string().trim().min(1, { message: '不能为空' }).max(64),
  password: z.string().min(1, { message: '不能为空' }).max(200),
});

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  assignments: z.array(assignmentSchema),
});
export type User = z.infer<typeof userSchema>;

export const meSchema = userSchema.extend({
  permissions: z.array(z.string()),
});
export type Me = z.infer<typeof meSchema>;
