import type { RouteObject } from 'react-router';
import { PasswordPage } from './PasswordPage.tsx';

/** Wachtwoord wijzigen, for every logged-in user (the page checks the session itself: a forced change comes here). */
export const accountRoutes: RouteObject[] = [{ path: '/wachtwoord', element: <PasswordPage /> }];
