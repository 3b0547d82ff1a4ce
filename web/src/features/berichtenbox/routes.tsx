import type { RouteObject } from 'react-router';

export const berichtenboxRoutes: RouteObject[] = [];
