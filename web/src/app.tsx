import { Route, Routes } from 'react-router-dom';
import { AppShell } from './components/app-shell.tsx';
import { HomeRedirect } from './components/home-redirect.tsx';
import { RequireAuth } from './components/require-auth.tsx';
import { PendingRequestPage } from './offline/pending-request-page.tsx';
import { ChangePasswordPage } from './pages/account/change-password-page.tsx';
import { AdminPage } from './pages/admin/admin-page.tsx';
import { CommunityPage } from './pages/community/community-page.tsx';
import { NewTopicPage } from './pages/community/new-topic-page.tsx';
import { TopicPage } from './pages/community/topic-page.tsx';
import { ConsolidatedPage } from './pages/consolidation/consolidated-page.tsx';
import { InsightsPage } from './pages/insights/insights-page.tsx';
import { KbArticlePage } from './pages/kb/kb-article-page.tsx';
import { KbEditorPage } from './pages/kb/kb-editor-page.tsx';
import { KbListPage } from './pages/kb/kb-list-page.tsx';
import { LoginPage } from './pages/login/login-page.tsx';
import { NewRequestPage } from './pages/new-request/new-request-page.tsx';
import { NotFoundPage } from './pages/not-found/not-found-page.tsx';
import { NewNoticePage } from './pages/notices/new-notice-page.tsx';
import { NoticePage } from './pages/notices/notice-page.tsx';
import { NoticeReceiptPage } from './pages/notices/notice-receipt-page.tsx';
import { NoticesPage } from './pages/notices/notices-page.tsx';
import { StatusPage } from './pages/notices/status-page.tsx';
import { NotificationsPage } from './pages/notifications/notifications-page.tsx';
import { PhoneLogPage } from './pages/phone-log/phone-log-page.tsx';
import { RegisterPage } from './pages/register/register-page.tsx';
import { RegisterImportPage } from './pages/register-sheets/register-import-page.tsx';
import { PendingDeferralsPage } from './pages/releases/pending-deferrals-page.tsx';
import { ReleaseEditorPage } from './pages/releases/release-editor-page.tsx';
import { ReleasePage } from './pages/releases/release-page.tsx';
import { ReleasesPage } from './pages/releases/releases-page.tsx';
import { RequestPage } from './pages/request/request-page.tsx';
import { SearchPage } from './pages/search/search-page.tsx';
import { VendorQueuePage } from './pages/vendor-queue/vendor-queue-page.tsx';

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/status" element={<StatusPage />} />
      <Route path="/notices/receipt" element={<NoticeReceiptPage />} />
      <Route element={<RequireAuth />}>
        <Route element={<AppShell />}>
          <Route index element={<HomeRedirect />} />
          <Route path="requests" element={<RegisterPage />} />
          <Route path="requests/new" element={<NewRequestPage />} />
          <Route path="requests/phone-log" element={<PhoneLogPage />} />
          <Route path="requests/pending/:clientId" element={<PendingRequestPage />} />
          <Route path="requests/:ref" element={<RequestPage />} />
          <Route path="register/import" element={<RegisterImportPage />} />
          <Route path="vendor-queue" element={<VendorQueuePage />} />
          <Route path="admin" element={<AdminPage />} />
          <Route path="search" element={<SearchPage />} />
          <Route path="insights" element={<InsightsPage />} />
          <Route path="consolidated" element={<ConsolidatedPage />} />
          <Route path="kb" element={<KbListPage />} />
          <Route path="kb/new" element={<KbEditorPage />} />
          <Route path="kb/:id" element={<KbArticlePage />} />
          <Route path="kb/:id/edit" element={<KbEditorPage />} />
          <Route path="community" element={<CommunityPage />} />
          <Route path="community/new" element={<NewTopicPage />} />
          <Route path="community/:id" element={<TopicPage />} />
          <Route path="releases" element={<ReleasesPage />} />
          <Route path="releases/new" element={<ReleaseEditorPage />} />
          <Route path="releases/:id" element={<ReleasePage />} />
          <Route path="releases/:id/edit" element={<ReleaseEditorPage />} />
          <Route path="deferrals" element={<PendingDeferralsPage />} />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route path="notices" element={<NoticesPage />} />
          <Route path="notices/new" element={<NewNoticePage />} />
          <Route path="notices/:id" element={<NoticePage />} />
          <Route path="account/password" element={<ChangePasswordPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
