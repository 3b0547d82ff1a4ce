import { Paragraph } from '@rijkshuisstijl-community/components-react';

export function Loading({ text = 'Gegevens worden geladen…' }: { text?: string }) {
  return (
    <Paragraph role="status" aria-live="polite">
      {text}
    </Paragraph>
  );
}
