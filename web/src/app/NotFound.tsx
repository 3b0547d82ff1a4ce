import { Link, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Page } from '../components/Page.tsx';

export function NotFound() {
  return (
    <Page title="Pagina niet gevonden">
      <Paragraph>Deze pagina bestaat niet. Controleer het adres of ga terug naar de startpagina.</Paragraph>
      <Paragraph>
        <Link href="/">Naar de startpagina</Link>
      </Paragraph>
    </Page>
  );
}
