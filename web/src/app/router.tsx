import { createBrowserRouter, type RouteObject } from 'react-router';
import { aboutRoutes } from '../features/about/routes.tsx';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { dashboardRoutes } from '../features/dashboard/routes.tsx';
import { HomePage } from './HomePage.tsx';
import { Layout } from './Layout.tsx';
import { NotFound } from './NotFound.tsx';

/**
 * The staff features, each in a script of its own that is fetched the first
 * time a path under its prefix is opened: a visitor of the public pages
 * (/cijfers) does not download the staff portal.
 */
const STAFF_FEATURES: { prefix: string; load: () => Promise<RouteObject[]> }[] = [
  {
    prefix: '/raadplegen',
    load: () => import('../features/consultation/routes.tsx').then((m) => m.consultationRoutes),
  },
  {
    prefix: '/berichtenbox',
    load: () => import('../features/berichtenbox/routes.tsx').then((m) => m.berichtenboxRoutes),
  },
  {
    prefix: '/operaties',
    load: () => import('../features/operations/routes.tsx').then((m) => m.operationsRoutes),
  },
  { prefix: '/beheer', load: () => import('../features/admin/routes.tsx').then((m) => m.adminRoutes) },
  { prefix: '/wachtwoord', load: () => import('../features/auth/routes.tsx').then((m) => m.accountRoutes) },
];

const LAYOUT = 'layout';
const patched = new Set<string>();

/** Every page of the portal. Each feature declares its own routes, each behind RequireRole. */
export const router = createBrowserRouter(
  [
    {
      id: LAYOUT,
      element: <Layout />,
      children: [
        { path: '/inloggen', element: <LoginPage /> },
        { path: '/', element: <HomePage /> },
        ...dashboardRoutes,
        ...aboutRoutes,
        { path: '*', element: <NotFound /> },
      ],
    },
  ],
  {
    // Called for a path only the "*" route matches: the feature of its prefix brings its routes.
    async patchRoutesOnNavigation({ path, patch }) {
      const feature = STAFF_FEATURES.find((f) => path === f.prefix || path.startsWith(`${f.prefix}/`));
      if (!feature || patched.has(feature.prefix)) return;
      patch(LAYOUT, await feature.load());
      patched.add(feature.prefix);
    },
  },
);
