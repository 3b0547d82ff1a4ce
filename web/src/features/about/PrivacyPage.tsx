import {
  Heading,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@rijkshuisstijl-community/components-react';
import { Page } from '../../components/Page.tsx';

/** /privacy: what the portal records about a visitor and about a user, and what it holds about others. */
export function PrivacyPage() {
  return (
    <Page title="Privacyverklaring">
      <Paragraph className="kz-lead">
        Ketenzicht is het informatieplatform van de strafrechtketen. Wat het van u vastlegt, hangt af van wie
        u bent: een bezoeker van de openbare cijfers, of een medewerker van een organisatie in de keten.
      </Paragraph>
      <Heading level={2}>Als bezoeker van de cijfers</Heading>
      <UnorderedList>
        <UnorderedListItem>
          De openbare pagina's plaatsen geen cookies en gebruiken geen bezoekersstatistieken of diensten van
          derden.
        </UnorderedListItem>
        <UnorderedListItem>
          De server houdt, zoals elke webserver, een technisch logboek van verzoeken bij om storingen en
          misbruik te kunnen onderzoeken.
        </UnorderedListItem>
        <UnorderedListItem>
          De <Link href="/cijfers">cijfers</Link> gaan niet over één persoon: ze zijn geteld op
          gepseudonimiseerde gegevens en beveiligd tegen onthulling (een aantal kleiner dan 5 wordt niet
          gepubliceerd; zie de{' '}
          <Link href="/cijfers/definities#geheimhouding-disclosure-control">definities</Link>).
        </UnorderedListItem>
      </UnorderedList>
      <Heading level={2}>Als medewerker met een account</Heading>
      <UnorderedList>
        <UnorderedListItem>
          Na het inloggen zet het portaal één cookie voor uw sessie. Die is nodig om ingelogd te blijven; de
          sessie eindigt bij het uitloggen of na een tijd zonder gebruik.
        </UnorderedListItem>
        <UnorderedListItem>
          Elke keer dat u persoonsgegevens bekijkt, wordt vastgelegd wie wat wanneer heeft ingezien (het
          logboek dataverwerkingen). Wijzigingen in gebruikers en rechten staan in een auditlogboek.
        </UnorderedListItem>
      </UnorderedList>
      <Heading level={2}>Gegevens van personen in de strafrechtketen</Heading>
      <Paragraph>
        Het platform verwerkt justitiële gegevens van personen in de keten, zoals detenties en de berichten
        die de wet voorschrijft aan burgemeesters, gemeenten en slachtoffers. Alleen medewerkers met een rol
        die dat toestaat zien die gegevens, en berichten worden na een bewaartermijn verwijderd. Welke
        organisatie verantwoordelijk is voor de verwerking en waar u uw rechten kunt uitoefenen, hangt af van
        de installatie: vraag het de beheerder (zie <Link href="/contact">Contact</Link>).
      </Paragraph>
      <Heading level={2}>Deze demonstratie</Heading>
      <Paragraph>
        Draait deze installatie met de demonstratiegegevens, dan zijn alle personen, zaken en cijfers
        gesimuleerd. Ze gaan niet over echte mensen.
      </Paragraph>
    </Page>
  );
}
