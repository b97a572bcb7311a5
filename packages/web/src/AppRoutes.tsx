import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { FullPageSpin } from './layout/FullPageSpin';
import { NotFoundPage } from './layout/NotFoundPage';
import { RequireAuth } from './session/RequireAuth';
import { RequirePermission } from './session/RequirePermission';

const LoginPage = lazy(() => import('./pages/auth/LoginPage'));
const OrgsHome = lazy(() => import('./pages/orgs/OrgsHome'));
const OrgPage = lazy(() => import('./pages/orgs/OrgPage'));
const UsersPage = lazy(() => import('./pages/users/UsersPage'));
const AuditLogPage = lazy(() => import('./pages/audit/AuditLogPage'));
const InboxPage = lazy(() => import('./pages/notifications/InboxPage'));

export function AppRoutes() {
  return (
    <Suspense fallback={<FullPageSpin />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          <Route index element={<Navigate to="/orgs" replace />} />
          <Route path="orgs" element={<OrgsHome />} />
          <Route path="orgs/:id" element={<OrgPage />} />
          <Route
            path="users"
            element={
              <RequirePermission permission="user.read">
                <UsersPage />
              </RequirePermission>
            }
          />
          <Route
            path="audit"
            element={
              <RequirePermission permission="audit.read">
                <AuditLogPage />
              </RequirePermission>
            }
          />
          <Route path="notifications" element={<InboxPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
