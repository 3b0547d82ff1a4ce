/**
 * What the reader of a notice does next, per notice type: a short reminder
 * in Dutch of the usual next step, not a rule of law. Escapes and returns are
 * urgent for the victim desk: the victim hears of them the same day.
 */
import type { NoticeType } from '../../lib/notices.ts';

const LEAVE =
  'Beoordeel of het verlofadres en de verlofperiode aanleiding geven tot maatregelen, bijvoorbeeld voor de openbare orde of de bescherming van slachtoffers. Neem zo nodig contact op met de inrichting over het verlof en de voorwaarden. Leg uw beoordeling vast.';

export const GUIDANCE: Readonly<Record<NoticeType, string>> = {
  'pi-verlof': LEAVE,
  'tbs-verlof': LEAVE,
  'pij-verlofmachtiging': LEAVE,
  'pi-regimefasering':
    'Beoordeel of de nieuwe regimefase op dit adres aanleiding geeft tot maatregelen. Neem zo nodig contact op met de inrichting. Leg uw beoordeling vast.',
  'pi-beeindiging':
    'Bereid de terugkeer in uw gemeente voor: beoordeel vóór de datum van invrijheidstelling of de terugkeer naar dit adres aanleiding geeft tot maatregelen. Stem zo nodig af met de inrichting, de reclassering en het Zorg- en Veiligheidshuis.',
  'pij-beeindiging':
    'Bereid de terugkeer in uw gemeente voor: beoordeel vóór de datum van beëindiging of de terugkeer naar dit adres aanleiding geeft tot maatregelen. Stem zo nodig af met de jeugdinrichting en de jeugdreclassering.',
  'tbs-voorwaardelijke-beeindiging':
    'Beoordeel vóór de datum van beëindiging of maatregelen nodig zijn. Stem zo nodig af met de tbs-kliniek en de reclassering, die toezicht houdt op de voorwaarden.',
  '18b-melding':
    'De inrichting heeft bij deze persoon een risico vastgesteld (art. 18b Penitentiaire beginselenwet). Beoordeel vóór de datum van invrijheidstelling of maatregelen nodig zijn, en neem contact op met de inrichting voor een toelichting.',
  inschrijving:
    'Neem contact op met de casemanager van de inrichting en begin met de nazorg: identiteitsbewijs, onderdak, inkomen, schulden en zorg.',
  'wijziging-einddatum': 'Pas de planning van de nazorg aan op de nieuwe einddatum.',
  overplaatsing:
    'De persoon verblijft nu in een andere inrichting: neem contact op met de casemanager van de nieuwe inrichting.',
  'deelbaar-dr-plan':
    'Het deelbare D&R-plan ligt klaar bij de inrichting. Vraag het op bij de casemanager en gebruik het voor de nazorg.',
  'einde-detentie':
    'Controleer of de afspraken voor de nazorg rond zijn (onderdak, inkomen, zorg) en neem zo nodig contact op met de persoon.',
  verlof:
    'Informeer het slachtoffer vóór het begin van het verlof over de verlofperiode en over voorwaarden die voor het slachtoffer van belang zijn, zoals een contact- of gebiedsverbod.',
  'vrijlating-gepland': 'Informeer het slachtoffer tijdig over de geplande invrijheidstelling.',
  vrijlating: 'Informeer het slachtoffer dat de dader in vrijheid is gesteld, als dat nog niet is gebeurd.',
  ontvluchting:
    'Spoed: neem vandaag nog contact op met het slachtoffer over de ontvluchting. Stem zo nodig af met de politie over de bescherming van het slachtoffer.',
  terugkeer: 'Spoed: laat het slachtoffer vandaag nog weten dat de dader weer is ingesloten.',
  'voorwaardelijke-beeindiging':
    'Informeer het slachtoffer over de voorwaardelijke beëindiging van de tbs en over voorwaarden die voor het slachtoffer van belang zijn.',
};

/** Notices the victim desk acts on the same day. */
export const URGENT_TYPES: readonly NoticeType[] = ['ontvluchting', 'terugkeer'];

export const isUrgent = (type: string) => (URGENT_TYPES as readonly string[]).includes(type);
