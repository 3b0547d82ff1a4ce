import type { RouteObject } from 'react-router';

/** The pages every government site has, linked from the footer (short labels, as Rijksoverheid's footer has them); public. */
export const ABOUT_PAGES = [
  { path: '/toegankelijkheid', label: 'Toegankelijkheid' },
  { path: '/privacy', label: 'Privacy' },
  { path: '/contact', label: 'Contact' },
] as const;

// Each in a script of its own, fetched when opened: the public dashboard's first load stays light.
export const aboutRoutes: RouteObject[] = [
  {
    path: '/toegankelijkheid',
    lazy: async () => ({ Component: (await import('./AccessibilityPage.tsx')).AccessibilityPage }),
  },
  { path: '/privacy', lazy: async () => ({ Component: (await import('./PrivacyPage.tsx')).PrivacyPage }) },
  { path: '/contact', lazy: async () => ({ Component: (await import('./ContactPage.tsx')).ContactPage }) },
];
