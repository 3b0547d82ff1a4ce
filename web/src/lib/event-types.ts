/**
 * The contract's event types (src/events/contract.ts) in Dutch, for every page that names
 * one: the person view's timeline and the operators' explanation. test/dutch-texts.test.ts
 * fails when an event type of the contract has no Dutch name here. (Not typed by the
 * contract: that would pull the whole TypeBox contract into the portal's type check.)
 */
export const EVENT_TYPE_LABELS: Readonly<Record<string, string>> = {
  'person-registered': 'Persoon geregistreerd',
  'address-registered': 'Adres geregistreerd',
  'identity-determined': 'Identiteit vastgesteld',
  admission: 'Insluiting',
  'planned-end-date-changed': 'Einddatum gewijzigd',
  transfer: 'Overplaatsing',
  'dr-plan-shared': 'D&R-plan gedeeld',
  'leave-granted': 'Verlof verleend',
  'leave-authorization': 'Verlofmachtiging',
  'regime-phasing': 'Regimefasering',
  'conditional-termination': 'Voorwaardelijke beëindiging',
  'release-scheduled': 'Invrijheidstelling gepland',
  release: 'Invrijheidstelling',
  escape: 'Ontvluchting',
  returned: 'Terug na ontvluchting',
  'title-added': 'Titel toegevoegd',
  'title-changed': 'Titel gewijzigd',
  'title-ended': 'Titel beëindigd',
  'victim-registered': 'Slachtoffer geregistreerd',
  'compensation-order': 'Schadevergoedingsmaatregel opgelegd',
  'compensation-payment': 'Betaling schadevergoeding',
};

/** An event type this portal does not know yet is shown as the API names it. */
export const eventTypeLabel = (type: string): string => EVENT_TYPE_LABELS[type] ?? type;
