import { createBrowserRouter } from 'react-router';
import { adminRoutes } from '../features/admin/routes.tsx';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { berichtenboxRoutes } from '../features/berichtenbox/routes.tsx';
import { consultationRoutes } from '../features/consultation/routes.tsx';
import { dashboardRoutes } from '../features/dashboard/routes.tsx';
import { operationsRoutes } from '../features/operations/routes.tsx';
import { HomePage } from './HomePage.tsx';
import { Layout } from './Layout.tsx';
import { NotFound } from './NotFound.tsx';

/** Every page of the portal. Each feature declares its own routes, each behind RequireRole. */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/inloggen', element: <LoginPage /> },
      { path: '/', element: <HomePage /> },
      ...consultationRoutes,
      ...berichtenboxRoutes,
      ...operationsRoutes,
      ...adminRoutes,
      ...dashboardRoutes,
      { path: '*', element: <NotFound /> },
    ],
  },
]);
