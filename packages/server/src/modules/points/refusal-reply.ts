import type { FastifyReply } from 'fastify';
import { StepRefused } from '../development/refusal';

/** A refusal answers with every violation, so a form can mark each row and field. */
export async function answer(reply: FastifyReply, work: Promise<unknown>, status = 200) {
  try {
    return reply.status(status).send(await work);
  } catch (error) {
    if (error instanceof StepRefused) return reply.status(422).send(error.body());
    throw error;
  }
}
