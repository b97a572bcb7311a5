import type {
  PersonTrainings,
  TrainingAttendanceInput,
  TrainingCourse,
  TrainingCourseDetail,
  TrainingCourseInput,
  TrainingCoursesQuery,
  TrainingCourseUpdate,
  TrainingSession,
  TrainingSessionInput,
} from '@jiceng/core';
import { api } from './client';
import { downloadFile } from './files';

export const trainingsApi = {
  list: (query: TrainingCoursesQuery) => api.get<TrainingCourse[]>('/training-courses', query),
  get: (id: number) => api.get<TrainingCourseDetail>(`/training-courses/${id}`),
  create: (input: TrainingCourseInput) => api.post<TrainingCourse>('/training-courses', input),
  update: (id: number, input: TrainingCourseUpdate) =>
    api.put<TrainingCourse>(`/training-courses/${id}`, input),
  remove: (id: number) => api.delete<{ ok: true }>(`/training-courses/${id}`),
  addSession: (id: number, input: TrainingSessionInput) =>
    api.post<TrainingSession[]>(`/training-courses/${id}/sessions`, input),
  updateSession: (id: number, sessionId: number, input: TrainingSessionInput) =>
    api.put<TrainingSession[]>(`/training-courses/${id}/sessions/${sessionId}`, input),
  removeSession: (id: number, sessionId: number) =>
    api.delete<TrainingSession[]>(`/training-courses/${id}/sessions/${sessionId}`),
  mark: (id: number, sessionId: number, input: TrainingAttendanceInput) =>
    api.put<TrainingSession[]>(`/training-courses/${id}/sessions/${sessionId}/attendance`, input),
  enrol: (id: number, personIds: number[]) =>
    api.post<{ added: number }>(`/training-courses/${id}/enrolments`, { personIds }),
  unenrol: (id: number, personId: number) =>
    api.delete<{ ok: true }>(`/training-courses/${id}/enrolments/${personId}`),
  rosterXlsx: (id: number) => downloadFile(`/training-courses/${id}/roster.xlsx`, undefined, '学员名单.xlsx'),
  ofPerson: (personId: number, asOf?: string) =>
    api.get<PersonTrainings>(`/persons/${personId}/trainings`, { asOf }),
};
