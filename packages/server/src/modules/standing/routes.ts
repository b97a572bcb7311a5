import {
  contactRegainedInputSchema,
  contactSearchInputSchema,
  idSchema,
  lostContactInputSchema,
  lostContactListSchema,
  movementListQuerySchema,
  removalDueListSchema,
  standingChangeInputSchema,
  standingChangeListQuerySchema,
  standingChangePageSchema,
  standingViewSchema,
  stepRefusalSchema,
} from '@jiceng/core';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppDeps, ZodApp } from '../../app';
import { StepRefused } from '../development/refusal';
import { lostContactList, removalDueList, standingChangeList } from './lists';
import {
  getStanding,
  markContactRegained,
  markLostContact,
  recordContactSearch,
  recordStandingChange,
} from './service';

const tags = ['standing'];
const idParams = z.object({ id: idSchema });
const written = { 201: standingViewSchema, 422: stepRefusalSchema };

/** A refusal answers with every violation, so the form can mark each field (as development does). */
async function created(reply: FastifyReply, work: Promise<unknown>) {
  try {
    return reply.status(201).send(await work);
  } catch (error) {
    if (error instanceof StepRefused) return reply.status(422).send(error.body());
    throw error;
  }
}

export async function standingRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  const db = deps.database.db;

  app.get(
    '/persons/:id/standing',
    {
      config: { access: 'person.read' },
      schema: {
        tags,
        summary: '党籍：当前状态、异动记录、失联与寻找情况，以及停止党籍、恢复党籍和除名的期限',
        params: idParams,
        response: { 200: standingViewSchema },
      },
    },
    async (request) => getStanding(db, request.ctx, request.params.id),
  );

  app.post(
    '/persons/:id/standing-changes',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '记录党籍异动（去世、开除、退党、劝退、除名、停止党籍、恢复党籍），不符合规定时说明依据',
        params: idParams,
        body: standingChangeInputSchema,
        response: written,
      },
    },
    async (request, reply) =>
      created(reply, recordStandingChange(db, request.ctx, request.params.id, request.body)),
  );

  app.post(
    '/persons/:id/lost-contact',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '登记失联党员（失联满 6 个月且经寻找仍无法联系的，可停止党籍）',
        params: idParams,
        body: lostContactInputSchema,
        response: written,
      },
    },
    async (request, reply) =>
      created(reply, markLostContact(db, request.ctx, request.params.id, request.body)),
  );

  app.post(
    '/persons/:id/contact-searches',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '记录一次寻找失联党员的情况',
        params: idParams,
        body: contactSearchInputSchema,
        response: written,
      },
    },
    async (request, reply) =>
      created(reply, recordContactSearch(db, request.ctx, request.params.id, request.body)),
  );

  app.post(
    '/persons/:id/contact-regained',
    {
      config: { access: 'person.manage' },
      schema: {
        tags,
        summary: '失联党员已恢复联系',
        params: idParams,
        body: contactRegainedInputSchema,
        response: written,
      },
    },
    async (request, reply) =>
      created(reply, markContactRegained(db, request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/movement/lost-contact',
    {
      config: { access: 'person.read' },
      schema: {
        tags,
        summary: '失联党员名单：失联时间、寻找次数，失联满 6 个月的列入停止党籍名单',
        querystring: movementListQuerySchema,
        response: { 200: lostContactListSchema },
      },
    },
    async (request) => lostContactList(db, request.ctx, request.query),
  );

  app.get(
    '/movement/removal-due',
    {
      config: { access: 'person.read' },
      schema: {
        tags,
        summary: '停止党籍党员名单：停止党籍满 2 年仍无法联系的提示按自行脱党除名（由组织决定）',
        querystring: movementListQuerySchema,
        response: { 200: removalDueListSchema },
      },
    },
    async (request) => removalDueList(db, request.ctx, request.query),
  );

  app.get(
    '/movement/standing-changes',
    {
      config: { access: 'person.read' },
      schema: {
        tags,
        summary: '最近的党籍异动记录',
        querystring: standingChangeListQuerySchema,
        response: { 200: standingChangePageSchema },
      },
    },
    async (request) => standingChangeList(db, request.ctx, request.query),
  );
}
