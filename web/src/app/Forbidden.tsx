import { Link, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Page } from '../components/Page.tsx';

export function Forbidden() {
  return (
    <Page title="Geen toegang">
      <Paragraph>
        Uw rol geeft geen toegang tot deze pagina. Denkt u dat u deze toegang nodig hebt voor uw werk? Neem
        dan contact op met de beheerder van uw organisatie.
      </Paragraph>
      <Paragraph>
        <Link href="/">Naar de startpagina</Link>
      </Paragraph>
    </Page>
  );
}
