import { lazy, Suspense } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { RequireSession } from './layout/RequireSession';
import { Loading } from './layout/Loading';
import { NotFound, Placeholder } from './pages/Placeholder';
import { SignInPage } from './pages/SignInPage';
import { screen } from './screens';

const InboxPage = lazy(() => import('./pages/inbox/InboxPage'));

/** Every screen of the console has its address, so e-mails and chat messages can link straight to an item. */
export const consoleRoutes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
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
        element: (
          <Suspense fallback={<Loading />}>
            <InboxPage />
          </Suspense>
        ),
      },
      { path: 'pipeline', element: <Placeholder page="pipeline" screen={screen('pipeline')} /> },
      { path: 'projects/new', element: <Placeholder page="newProject" screen={screen('newProject')} /> },
      { path: 'projects/:id', element: <Placeholder page="project" screen={screen('pipeline')} /> },
      { path: 'resources', element: <Placeholder page="resources" screen={screen('resources')} /> },
      { path: 'resources/centers/:id', element: <Placeholder page="deliveryCenter" screen={screen('resources')} /> },
      { path: 'reports', element: <Placeholder page="reports" screen={screen('reports')} /> },
      { path: 'me', element: <Placeholder page="me" screen={screen('me')} /> },
      { path: 'admin', element: <Placeholder page="admin" screen={screen('admin')} /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];
