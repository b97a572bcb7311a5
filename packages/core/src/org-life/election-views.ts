import { z } from 'zod';
import { ruleViolationSchema } from '../development/schemas';
import { unitKindSchema } from '../org/schemas';
import { idNumberSchema } from '../person/schemas';
import { JOINT_REVIEW_DECISIONS, jointReviewDepartmentKeySchema } from './joint-review';
import { electionInputSchema, electionTallySchema } from './schemas';
import { text } from '../shared/fields';

const id = (label: string) =>
  z
    .number({ message: `${label}应为编号` })
    .int({ message: `${label}应为编号` })
    .positive({ message: `${label}应为编号` });

/**
 * POST /orgs/:id/elections: a village election names the joint review its candidates passed (else the
 * latest one counts); a revote for seats left empty (L15) names the election it completes.
 */
export const electionRecordInputSchema = electionInputSchema.extend({
  jointReviewId: id('资格联审').optional(),
  revoteOf: id('原选举').optional(),
});
export type ElectionRecordInput = z.infer<typeof electionRecordInputSchema>;

/** How one candidate came out of the tally (L15). */
export const CANDIDATE_OUTCOMES = ['elected', 'tied', 'not_elected'] as const;
export type CandidateOutcome = (typeof CANDIDATE_OUTCOMES)[number];
export const CANDIDATE_OUTCOME_LABELS: Record<CandidateOutcome, string> = {
  elected: '当选',
  tied: '票数相同，须再次投票',
  not_elected: '未当选',
};

export const electionCandidateSchema = z.object({
  /** 1-based position in the list as entered; the tally names candidates by it. */
  seq: z.number().int(),
  personId: z.number().int().nullable(),
  name: z.string(),
  votes: z.number().int(),
  outcome: z.enum(CANDIDATE_OUTCOMES),
});
export type ElectionCandidateView = z.infer<typeof electionCandidateSchema>;

export const electionSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  heldOn: z.string(),
  entitled: z.number().int(),
  present: z.number().int(),
  seats: z.number().int(),
  termYears: z.number().int(),
  candidates: z.array(electionCandidateSchema),
  tally: electionTallySchema,
  jointReviewId: z.number().int().nullable(),
  /** A revote fills seats an earlier election left empty: it adds members, the term stays. */
  revoteOf: z.number().int().nullable(),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
  /** The new committee and term took effect (someone was elected). */
  tookEffect: z.boolean(),
  /** L16: who now elects the secretary and deputy. */
  officerElectingBody: z.enum(['committee_meeting', 'general_meeting']),
});
export type Election = z.infer<typeof electionSchema>;

export const electionHistorySchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  unitKind: unitKindSchema.nullable(),
  /** A village org or one under a village: its candidates go through joint review first. */
  needsJointReview: z.boolean(),
  termStartedOn: z.string().nullable(),
  termYears: z.number().int(),
  termEndsOn: z.string().nullable(),
  termStatus: z.enum(['none', 'current', 'ending_soon', 'expired']),
  elections: z.array(electionSchema),
});
export type ElectionHistory = z.infer<typeof electionHistorySchema>;

// 村干部联审 (joint review of village cadre candidates).

export const jointReviewerSchema = z.object({
  userId: z.number().int(),
  username: z.string(),
  displayName: z.string(),
});

export const jointReviewDepartmentViewSchema = z.object({
  id: z.number().int(),
  key: z.string(),
  label: z.string(),
  reviewers: z.array(jointReviewerSchema),
});
export type JointReviewDepartmentView = z.infer<typeof jointReviewDepartmentViewSchema>;

/** The departments of a county (the tree's top org). */
export const jointReviewDepartmentListSchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  departments: z.array(jointReviewDepartmentViewSchema),
});
export type JointReviewDepartmentList = z.infer<typeof jointReviewDepartmentListSchema>;

export const jointReviewerInputSchema = z.strictObject({ userId: id('用户') });

export const jointReviewCreateInputSchema = z.strictObject({
  /** The village org whose election the candidates stand in. */
  orgId: id('党组织'),
  title: text('联审名称', 100),
  candidates: z
    .array(
      z.strictObject({
        personId: id('候选人').optional(),
        name: text('候选人姓名', 40),
        idNumber: idNumberSchema.optional(),
        post: text('拟任职务', 40).optional(),
      }),
    )
    .min(1, { message: '至少须有 1 名候选人' })
    .max(50, { message: '候选人过多' }),
});
export type JointReviewCreateInput = z.input<typeof jointReviewCreateInputSchema>;

export const jointReviewListQuerySchema = z.object({ orgId: z.coerce.number().int().positive().optional() });

export const jointReviewCellSchema = z.object({
  departmentId: z.number().int(),
  department: jointReviewDepartmentKeySchema,
  decision: z.enum(JOINT_REVIEW_DECISIONS),
  reason: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

export const jointReviewCandidateSchema = z.object({
  id: z.number().int(),
  personId: z.number().int().nullable(),
  name: z.string(),
  /** Masked (id-number.md): the departments see who it is without the full number in a list. */
  idNumberMasked: z.string().nullable(),
  post: z.string().nullable(),
  /** One cell per department of the review, in the department order. */
  decisions: z.array(jointReviewCellSchema),
  cleared: z.boolean(),
});

export const jointReviewSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  title: z.string(),
  createdAt: z.string(),
  departments: z.array(z.object({ id: z.number().int(), key: z.string(), label: z.string() })),
  candidates: z.array(jointReviewCandidateSchema),
  /** Every candidate passed by every department: the election may be recorded. */
  cleared: z.boolean(),
  /** Why not yet, one line per candidate (checkElectionMayBeRecorded). */
  blockers: z.array(ruleViolationSchema),
});
export type JointReview = z.infer<typeof jointReviewSchema>;

/** One candidate waiting for one department of the calling reviewer. */
export const jointReviewQueueItemSchema = z.object({
  reviewId: z.number().int(),
  reviewTitle: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  sentOn: z.string(),
  candidateId: z.number().int(),
  name: z.string(),
  idNumberMasked: z.string().nullable(),
  post: z.string().nullable(),
  departmentId: z.number().int(),
  department: z.string(),
  departmentLabel: z.string(),
});
export type JointReviewQueueItem = z.infer<typeof jointReviewQueueItemSchema>;
