import type { RouteObject } from 'react-router';

export const consultationRoutes: RouteObject[] = [];
