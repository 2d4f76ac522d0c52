import { Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { AppShell } from './components/app-shell.tsx';
import { HomeRedirect } from './components/home-redirect.tsx';
import { lazyPage, PageLoading } from './components/lazy-page.tsx';
import { RequireAuth } from './components/require-auth.tsx';
import { LoginPage } from './pages/login/login-page.tsx';
import { NotFoundPage } from './pages/not-found/not-found-page.tsx';

// Each screen is its own chunk, loaded on first visit; the service worker precaches them all for offline use.
const ChangePasswordPage = lazyPage(() => import('./pages/account/change-password-page.tsx'), 'ChangePasswordPage');
const AdminPage = lazyPage(() => import('./pages/admin/admin-page.tsx'), 'AdminPage');
const CommunityPage = lazyPage(() => import('./pages/community/community-page.tsx'), 'CommunityPage');
const NewTopicPage = lazyPage(() => import('./pages/community/new-topic-page.tsx'), 'NewTopicPage');
const TopicPage = lazyPage(() => import('./pages/community/topic-page.tsx'), 'TopicPage');
const ConsolidatedPage = lazyPage(() => import('./pages/consolidation/consolidated-page.tsx'), 'ConsolidatedPage');
const InsightsPage = lazyPage(() => import('./pages/insights/insights-page.tsx'), 'InsightsPage');
const KbArticlePage = lazyPage(() => import('./pages/kb/kb-article-page.tsx'), 'KbArticlePage');
const KbEditorPage = lazyPage(() => import('./pages/kb/kb-editor-page.tsx'), 'KbEditorPage');
const KbListPage = lazyPage(() => import('./pages/kb/kb-list-page.tsx'), 'KbListPage');
const NewRequestPage = lazyPage(() => import('./pages/new-request/new-request-page.tsx'), 'NewRequestPage');
const NewNoticePage = lazyPage(() => import('./pages/notices/new-notice-page.tsx'), 'NewNoticePage');
const NoticePage = lazyPage(() => import('./pages/notices/notice-page.tsx'), 'NoticePage');
const NoticeReceiptPage = lazyPage(() => import('./pages/notices/notice-receipt-page.tsx'), 'NoticeReceiptPage');
const NoticesPage = lazyPage(() => import('./pages/notices/notices-page.tsx'), 'NoticesPage');
const StatusPage = lazyPage(() => import('./pages/notices/status-page.tsx'), 'StatusPage');
const NotificationsPage = lazyPage(() => import('./pages/notifications/notifications-page.tsx'), 'NotificationsPage');
const PhoneLogPage = lazyPage(() => import('./pages/phone-log/phone-log-page.tsx'), 'PhoneLogPage');
const RegisterPage = lazyPage(() => import('./pages/register/register-page.tsx'), 'RegisterPage');
const RegisterImportPage = lazyPage(() => import('./pages/register-sheets/register-import-page.tsx'), 'RegisterImportPage');
const PendingRequestPage = lazyPage(() => import('./offline/pending-request-page.tsx'), 'PendingRequestPage');
const PendingDeferralsPage = lazyPage(() => import('./pages/releases/pending-deferrals-page.tsx'), 'PendingDeferralsPage');
const ReleaseEditorPage = lazyPage(() => import('./pages/releases/release-editor-page.tsx'), 'ReleaseEditorPage');
const ReleasePage = lazyPage(() => import('./pages/releases/release-page.tsx'), 'ReleasePage');
const ReleasesPage = lazyPage(() => import('./pages/releases/releases-page.tsx'), 'ReleasesPage');
const RequestPage = lazyPage(() => import('./pages/request/request-page.tsx'), 'RequestPage');
const SearchPage = lazyPage(() => import('./pages/search/search-page.tsx'), 'SearchPage');
const VendorQueuePage = lazyPage(() => import('./pages/vendor-queue/vendor-queue-page.tsx'), 'VendorQueuePage');

export function App() {
  return (
    <Suspense fallback={<PageLoading />}>
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
    </Suspense>
  );
}
