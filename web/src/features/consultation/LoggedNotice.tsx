import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';

/** Every search and view is recorded; the user is told so where they search and read. */
export function LoggedNotice({ children }: { children: string }) {
  return (
    <Alert type="info">
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}
