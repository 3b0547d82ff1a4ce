import {
  Heading,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@rijkshuisstijl-community/components-react';
import { Page } from '../../components/Page.tsx';

/** /toegankelijkheid: what is tested and what is not, as the Besluit digitale toegankelijkheid overheid asks a site to say. */
export function AccessibilityPage() {
  return (
    <Page title="Toegankelijkheidsverklaring">
      <Paragraph className="kz-lead">
        Ketenzicht wil voor iedereen bruikbaar zijn, ook voor wie een schermlezer, vergroting of alleen een
        toetsenbord gebruikt. Het doel is de norm die voor websites van de overheid geldt: WCAG 2.1 op niveau
        AA (EN 301 549).
      </Paragraph>
      <Heading level={2}>Wat is gedaan</Heading>
      <UnorderedList>
        <UnorderedListItem>
          Het portaal is gebouwd met de componenten van NL Design System in de Rijkshuisstijl.
        </UnorderedListItem>
        <UnorderedListItem>
          Bij elke wijziging test het project elke pagina automatisch in een echte browser met axe-core op de
          regels van WCAG 2.1 AA, op een gewoon scherm en op de breedte van een telefoon (320 pixels).
        </UnorderedListItem>
        <UnorderedListItem>
          Elke grafiek op <Link href="/cijfers">Cijfers</Link> heeft ook een tabel met dezelfde getallen.
        </UnorderedListItem>
      </UnorderedList>
      <Heading level={2}>Wat nog niet is gedaan</Heading>
      <UnorderedList>
        <UnorderedListItem>
          Een geautomatiseerde test vindt niet alle problemen. Een onderzoek door een onafhankelijke
          deskundige is niet gedaan.
        </UnorderedListItem>
        <UnorderedListItem>
          De <Link href="/cijfers/definities">definities van de cijfers</Link> zijn in het Engels geschreven.
        </UnorderedListItem>
      </UnorderedList>
      <Heading level={2}>Status</Heading>
      <Paragraph>
        Ketenzicht is opensourcesoftware. Deze verklaring beschrijft de software, niet een bepaalde
        installatie. Een organisatie die Ketenzicht in gebruik neemt, laat haar installatie onderzoeken en
        publiceert een eigen toegankelijkheidsverklaring in het register op toegankelijkheidsverklaring.nl.
        Voor deze installatie is dat (nog) niet gebeurd.
      </Paragraph>
      <Heading level={2}>Een probleem melden</Heading>
      <Paragraph>
        Kunt u iets niet lezen of gebruiken? Meld het bij de beheerder van deze installatie (zie{' '}
        <Link href="/contact">Contact</Link>) of als issue bij het opensourceproject.
      </Paragraph>
    </Page>
  );
}
