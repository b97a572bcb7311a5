import type { TrainingCourse, TrainingSession } from '@jiceng/core';
import { expect } from 'vitest';
import type { TestClient } from '../../test/test-client';

export function courseInput(organizerOrgId: number, overrides: Record<string, unknown> = {}) {
  return {
    organizerOrgId,
    title: '发展对象集中培训班',
    audience: 'development_candidates',
    plannedHours: 24,
    startsOn: '2023-07-01',
    endsOn: '2023-07-05',
    place: '镇党校',
    ...overrides,
  };
}

export async function createCourse(
  client: TestClient,
  organizerOrgId: number,
  overrides: Record<string, unknown> = {},
): Promise<TrainingCourse> {
  const response = await client.post<TrainingCourse>(
    '/api/training-courses',
    courseInput(organizerOrgId, overrides),
  );
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

/** Adds sessions (date, hours) and answers their ids in the same order. */
export async function addSessions(
  client: TestClient,
  courseId: number,
  sessions: [string, number][],
): Promise<number[]> {
  const ids: number[] = [];
  for (const [heldOn, hours] of sessions) {
    const response = await client.post<TrainingSession[]>(`/api/training-courses/${courseId}/sessions`, {
      heldOn,
      hours,
      topic: `党的基本知识 ${heldOn}`,
      teacher: '县委党校讲师',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const added = response.body.filter((s) => !ids.includes(s.id));
    ids.push(added.find((s) => s.heldOn === heldOn && s.hours === hours)!.id);
  }
  return ids;
}

export async function enrolAll(client: TestClient, courseId: number, personIds: number[]) {
  const response = await client.post(`/api/training-courses/${courseId}/enrolments`, { personIds });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

/** Marks everyone given present at each session. */
export async function markPresent(
  client: TestClient,
  courseId: number,
  sessionIds: number[],
  personIds: number[],
) {
  for (const sessionId of sessionIds) {
    const response = await client.request(
      'PUT',
      `/api/training-courses/${courseId}/sessions/${sessionId}/attendance`,
      { marks: personIds.map((personId) => ({ personId, mark: 'present' })) },
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
  }
}
