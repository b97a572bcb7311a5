import { Route, Routes } from 'react-router';
import { AssignmentDetail } from './AssignmentDetail';
import { CadresHome } from './CadresHome';

/** 驻村干部 and first secretaries (issue 10): the list and counts, and each assignment's page. */
export default function ResidentCadresPage() {
  return (
    <Routes>
      <Route index element={<CadresHome />} />
      <Route path=":id" element={<AssignmentDetail />} />
    </Routes>
  );
}
