import type { RouteObject } from 'react-router';

export const operationsRoutes: RouteObject[] = [];
