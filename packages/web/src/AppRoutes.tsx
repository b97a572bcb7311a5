import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { HomeRedirect } from './layout/HomeRedirect';
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
const PersonsPage = lazy(() => import('./pages/persons/PersonsPage'));
const PersonPage = lazy(() => import('./pages/persons/PersonPage'));
const PersonImportPage = lazy(() => import('./pages/imports/PersonImportPage'));
const OrgImportPage = lazy(() => import('./pages/imports/OrgImportPage'));
const CorrectionsPage = lazy(() => import('./pages/corrections/CorrectionsPage'));
const DevelopmentBoardPage = lazy(() => import('./pages/development/DevelopmentBoardPage'));
const MobileMembersPage = lazy(() => import('./pages/mobile/MobileMembersPage'));
const LostContactPage = lazy(() => import('./pages/standing/LostContactPage'));
const TransfersPage = lazy(() => import('./pages/transfers/TransfersPage'));
const MyRecordPage = lazy(() => import('./pages/me/MyRecordPage'));
const MyBoardPage = lazy(() => import('./pages/me/MyBoardPage'));
const ReviewsPage = lazy(() => import('./pages/reviews/ReviewsPage'));
const ElectionsPage = lazy(() => import('./pages/elections/ElectionsPage'));
const JointReviewQueuePage = lazy(() => import('./pages/elections/JointReviewQueuePage'));
const MeetingsPage = lazy(() => import('./pages/meetings/MeetingsPage'));
const MeetingPage = lazy(() => import('./pages/meetings/MeetingPage'));
const SignInPage = lazy(() => import('./pages/meetings/SignInPage'));
const CompliancePage = lazy(() => import('./pages/compliance/CompliancePage'));
const CollectionPage = lazy(() => import('./pages/dues/CollectionPage'));
const DuesReportsPage = lazy(() => import('./pages/dues/DuesReportsPage'));
const PointsPage = lazy(() => import('./pages/points/PointsPage'));
const BoardPage = lazy(() => import('./pages/points/BoardPage'));
const AssessmentPage = lazy(() => import('./pages/assessment/AssessmentPage'));
const AwardsPage = lazy(() => import('./pages/awards/AwardsPage'));
const ServiceRequestsPage = lazy(() => import('./pages/service-requests/ServiceRequestsPage'));
const ServicePostsPage = lazy(() => import('./pages/service-posts/ServicePostsPage'));
const PairingPage = lazy(() => import('./pages/pairing/PairingPage'));
const VenuesPage = lazy(() => import('./pages/venues/VenuesPage'));
const ResidentCadresPage = lazy(() => import('./pages/resident-cadres/ResidentCadresPage'));
const TrainingsPage = lazy(() => import('./pages/trainings/TrainingsPage'));
const PublicRequestPage = lazy(() => import('./pages/public/PublicRequestPage'));

export function AppRoutes() {
  return (
    <Suspense fallback={<FullPageSpin />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        {/* Public pages: residents use them without an account (issue 10 requests, issue 11 disclosures). */}
        <Route path="/public/request" element={<PublicRequestPage />} />
        {/* Phone-first and without the menu: a member opens it from the meeting's QR code. */}
        <Route
          path="/sign-in/:token"
          element={
            <RequireAuth>
              <SignInPage />
            </RequireAuth>
          }
        />
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          <Route index element={<HomeRedirect />} />
          <Route path="orgs" element={<OrgsHome />} />
          <Route
            path="orgs/import"
            element={
              <RequirePermission permission="org.manage">
                <OrgImportPage />
              </RequirePermission>
            }
          />
          <Route path="orgs/:id" element={<OrgPage />} />
          <Route
            path="transfers"
            element={
              <RequirePermission permission="person.read">
                <TransfersPage />
              </RequirePermission>
            }
          />
          <Route
            path="persons"
            element={
              <RequirePermission permission="person.read">
                <PersonsPage />
              </RequirePermission>
            }
          />
          <Route
            path="persons/import"
            element={
              <RequirePermission permission="person.manage">
                <PersonImportPage />
              </RequirePermission>
            }
          />
          {/* A tab may be named in the address, e.g. /persons/5/standing from the dues arrears list (F12). */}
          <Route
            path="persons/:id/:tab?"
            element={
              <RequirePermission permission="person.read">
                <PersonPage />
              </RequirePermission>
            }
          />
          <Route
            path="development"
            element={
              <RequirePermission permission="person.read">
                <DevelopmentBoardPage />
              </RequirePermission>
            }
          />
          <Route
            path="mobile"
            element={
              <RequirePermission permission="person.read">
                <MobileMembersPage />
              </RequirePermission>
            }
          />
          <Route
            path="movement/lost-contact"
            element={
              <RequirePermission permission="person.read">
                <LostContactPage />
              </RequirePermission>
            }
          />
          <Route
            path="points"
            element={
              <RequirePermission permission="points.read">
                <PointsPage />
              </RequirePermission>
            }
          />
          <Route
            path="points/board/:orgId"
            element={
              <RequirePermission permission="points.read">
                <BoardPage />
              </RequirePermission>
            }
          />
          <Route
            path="assessment"
            element={
              <RequirePermission permission="assessment.read">
                <AssessmentPage />
              </RequirePermission>
            }
          />
          <Route
            path="awards"
            element={
              <RequirePermission permission="person.read">
                <AwardsPage />
              </RequirePermission>
            }
          />
          <Route
            path="dues"
            element={
              <RequirePermission permission="dues.read">
                <DuesReportsPage />
              </RequirePermission>
            }
          />
          <Route
            path="dues/collect"
            element={
              <RequirePermission permission="dues.manage">
                <CollectionPage />
              </RequirePermission>
            }
          />
          <Route
            path="compliance"
            element={
              <RequirePermission permission="meeting.read">
                <CompliancePage />
              </RequirePermission>
            }
          />
          <Route
            path="meetings"
            element={
              <RequirePermission permission="meeting.read">
                <MeetingsPage />
              </RequirePermission>
            }
          />
          <Route
            path="meetings/:id"
            element={
              <RequirePermission permission="meeting.read">
                <MeetingPage />
              </RequirePermission>
            }
          />
          <Route
            path="reviews"
            element={
              <RequirePermission permission="meeting.read">
                <ReviewsPage />
              </RequirePermission>
            }
          />
          <Route
            path="elections"
            element={
              <RequirePermission permission="meeting.read">
                <ElectionsPage />
              </RequirePermission>
            }
          />
          <Route
            path="joint-review"
            element={
              <RequirePermission permission="joint_review.decide">
                <JointReviewQueuePage />
              </RequirePermission>
            }
          />
          <Route
            path="corrections"
            element={
              <RequirePermission permission="person.manage">
                <CorrectionsPage />
              </RequirePermission>
            }
          />
          <Route
            path="service/requests/*"
            element={
              <RequirePermission permission="service.read">
                <ServiceRequestsPage />
              </RequirePermission>
            }
          />
          <Route
            path="service/posts/*"
            element={
              <RequirePermission permission="service.read">
                <ServicePostsPage />
              </RequirePermission>
            }
          />
          <Route
            path="service/pairing/*"
            element={
              <RequirePermission permission="service.read">
                <PairingPage />
              </RequirePermission>
            }
          />
          <Route
            path="service/venues/*"
            element={
              <RequirePermission permission="service.read">
                <VenuesPage />
              </RequirePermission>
            }
          />
          <Route
            path="service/cadres/*"
            element={
              <RequirePermission permission="service.read">
                <ResidentCadresPage />
              </RequirePermission>
            }
          />
          <Route
            path="trainings/*"
            element={
              <RequirePermission permission="service.read">
                <TrainingsPage />
              </RequirePermission>
            }
          />
          <Route path="me" element={<MyRecordPage />} />
          <Route path="me/board" element={<MyBoardPage />} />
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
