import {
  electionHistorySchema,
  electionRecordInputSchema,
  electionSchema,
  idSchema,
  ruleRefusalSchema,
} from '@jiceng/core';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { orRefusal } from '../reviews/refused';
import { electionHistory } from './history';
import { recordElection } from './record';

const tags = ['elections'];
const idParams = z.object({ id: idSchema });

export async function electionRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  const { cipher } = deps;

  app.get(
    '/orgs/:id/elections',
    {
      config: { access: 'meeting.read' },
      schema: {
        tags,
        summary: '换届选举：本组织任期和历次选举结果',
        params: idParams,
        response: { 200: electionHistorySchema },
      },
    },
    async (request) => electionHistory(db, request.ctx, request.params.id),
  );

  app.post(
    '/orgs/:id/elections',
    {
      config: { access: 'meeting.manage' },
      schema: {
        tags,
        summary:
          '记录换届选举（实到超过应到五分之四、差额不少于 20%、得票超过实到半数当选；村级须先通过资格联审），当选者成为新一届委员，任期重新起算',
        params: idParams,
        body: electionRecordInputSchema,
        response: { 201: electionSchema, 422: ruleRefusalSchema },
      },
    },
    async (request, reply) =>
      orRefusal(reply, async () =>
        reply
          .status(201)
          .send(await recordElection(db, cipher, request.ctx, request.params.id, request.body)),
      ),
  );
}
