import { Heading, Link, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Page } from '../../components/Page.tsx';

/** /contact: who answers questions, honest that the software itself has no help desk. */
export function ContactPage() {
  return (
    <Page title="Contact">
      <Paragraph className="kz-lead">
        Ketenzicht is opensourcesoftware (licentie EUPL-1.2) voor de organisaties van de strafrechtketen. De
        software heeft geen eigen servicedesk: wie u kunt bereiken, hangt af van wie deze installatie beheert.
      </Paragraph>
      <Heading level={2}>Medewerkers van een ketenorganisatie</Heading>
      <Paragraph>
        Voor een account, een vergeten wachtwoord of andere rechten: neem contact op met de beheerder van uw
        eigen organisatie.
      </Paragraph>
      <Heading level={2}>Vragen over de cijfers</Heading>
      <Paragraph>
        Wat elk cijfer telt, staat in de <Link href="/cijfers/definities">definities</Link>. De cijfers zijn
        open data, ook op te vragen via de <Link href="/api/v1/docs">open-data-API</Link>.
      </Paragraph>
      <Heading level={2}>Vragen over uw eigen gegevens</Heading>
      <Paragraph>
        Wilt u weten welke justitiële gegevens over u worden verwerkt, of wilt u die laten verbeteren? Richt
        uw verzoek aan de organisatie in de keten die de gegevens verwerkt. Zie ook de{' '}
        <Link href="/privacy">privacyverklaring</Link>.
      </Paragraph>
      <Heading level={2}>De software</Heading>
      <Paragraph>
        Fouten en voorstellen voor de software meldt u als issue bij het opensourceproject. Een probleem met
        de toegankelijkheid? Zie de <Link href="/toegankelijkheid">toegankelijkheidsverklaring</Link>.
      </Paragraph>
    </Page>
  );
}
