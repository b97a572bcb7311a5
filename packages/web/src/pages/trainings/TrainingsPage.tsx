import { Route, Routes } from 'react-router';
import { CourseDetail } from './CourseDetail';
import { CoursesList } from './CoursesList';

/** 培训: courses, sessions, attendance and class hours (issue 10). */
export default function TrainingsPage() {
  return (
    <Routes>
      <Route index element={<CoursesList />} />
      <Route path=":id" element={<CourseDetail />} />
    </Routes>
  );
}
