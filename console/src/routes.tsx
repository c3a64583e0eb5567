import { lazy, Suspense, type LazyExoticComponent, type ReactElement } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { RequireSession } from './layout/RequireSession';
import { Loading } from './layout/Loading';
import { NotFound } from './pages/Placeholder';
import { SignInPage } from './pages/SignInPage';

const InboxPage = lazy(() => import('./pages/inbox/InboxPage'));
const PipelinePage = lazy(() => import('./pages/pipeline/PipelinePage'));
const NewProjectPage = lazy(() => import('./pages/new-project/NewProjectPage'));
const ProjectPage = lazy(() => import('./pages/project/ProjectPage'));
const ResourcesPage = lazy(() => import('./pages/resources/ResourcesPage'));
const DeliveryCenterPage = lazy(() => import('./pages/resources/DeliveryCenterPage'));
const ReportsPage = lazy(() => import('./pages/reports/ReportsPage'));
const MePage = lazy(() => import('./pages/me/MePage'));
const AdminPage = lazy(() => import('./pages/admin/AdminPage'));
const SetPasswordPage = lazy(() => import('./pages/set-password/SetPasswordPage'));

/** Each screen is its own chunk, loaded when first opened. */
function page(Page: LazyExoticComponent<() => ReactElement>) {
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

/** Every screen of the console has its address, so e-mails and chat messages can link straight to an item. */
export const consoleRoutes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  // Reached from an invitation or reset link, signed out.
  { path: '/set-password', element: page(SetPasswordPage) },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Navigate to="/inbox" replace /> },
      {
        path: 'inbox/:kind?/:id?',
        element: page(InboxPage),
      },
      { path: 'pipeline', element: page(PipelinePage) },
      { path: 'projects/new', element: page(NewProjectPage) },
      { path: 'projects/:id', element: page(ProjectPage) },
      { path: 'resources', element: page(ResourcesPage) },
      { path: 'resources/centers/:id', element: page(DeliveryCenterPage) },
      { path: 'reports', element: page(ReportsPage) },
      { path: 'me', element: page(MePage) },
      { path: 'admin/:section?', element: page(AdminPage) },
      { path: '*', element: <NotFound /> },
    ],
  },
];
