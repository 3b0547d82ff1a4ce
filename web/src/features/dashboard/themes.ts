import type { Theme } from './api/get-catalogue.ts';
import type { ProductRef } from './products.ts';

/** The chain-flow product; its stages (`fase`) also carry the prosecution and trial figures. */
export const CHAIN: ProductRef = { id: 'ketenstroom' };

export const OM_DECISIONS = [
  'om-afdoening-technisch-sepot',
  'om-afdoening-beleidssepot',
  'om-afdoening-strafbeschikking',
  'om-afdoening-dagvaarding',
  'om-afdoening-gevoegd',
];
export const VERDICTS = ['vonnis-veroordeling', 'vonnis-vrijspraak', 'vonnis-ontslag'];

/** The chain's stages in order, in groups: in, through and out of the chain. */
export const CHAIN_GROUPS = [
  { key: 'instroom', title: 'Van aangifte naar het OM', stages: ['registratie', 'verdachte', 'om-instroom'] },
  { key: 'om', title: 'Afdoening door het OM', stages: OM_DECISIONS },
  { key: 'rechter', title: 'Uitspraak van de rechter', stages: VERDICTS },
  { key: 'uitvoering', title: 'Tenuitvoerlegging', stages: ['tenuitvoerlegging', 'detentie'] },
];

/**
 * One figure: a trend over the years (one line per measure, or per code of
 * `seriesBy`) or bars for the chosen year (one per code of `barsBy`).
 * Dimensions the figure does not split by follow the page's selection, or
 * are taken at their total.
 */
export interface FigureSpec {
  key: string;
  /** The table; the page's product when left out. */
  product?: ProductRef;
  kind: 'trend' | 'bars';
  /** `{periode}` is replaced by the chosen year or cohort. */
  title: string;
  measures: string[];
  seriesBy?: { dimension: string; codes?: string[] };
  barsBy?: { dimension: string; codes?: string[] };
  fixed?: Record<string, string[]>;
}

/**
 * A theme's card on the overview. Which table, measure and codes its figure
 * is, the service decides (HEADLINES in src/statistics/opendata-overview.ts),
 * so that one request answers every card.
 */
export interface Headline {
  /** What the number counts, e.g. "Geregistreerde misdrijven". */
  label: string;
}

export interface ThemePageSpec {
  theme: Exclude<Theme, 'ketenstroom'> | 'ketenstroom';
  path: string;
  label: string;
  title: string;
  lead: string;
  product: ProductRef;
  /** The dimension along which trends run: `jaar`, or `cohort` for recidivism. */
  time: string;
  /** The drill-down selects besides the period, in this order, where a table has them. */
  selects: string[];
  figures: FigureSpec[];
  headline: Headline;
}

export const THEME_PAGES: ThemePageSpec[] = [
  {
    theme: 'opsporing',
    path: '/cijfers/opsporing',
    label: 'Opsporing',
    title: 'Opsporing',
    lead: 'Misdrijven die de politie registreerde, en hoeveel daarvan zijn opgehelderd: er is een verdachte gevonden.',
    product: { theme: 'opsporing' },
    time: 'jaar',
    selects: ['regio', 'delictgroep'],
    headline: { label: 'Geregistreerde misdrijven' },
    figures: [
      {
        key: 'geregistreerd',
        kind: 'trend',
        title: 'Geregistreerde en opgehelderde misdrijven',
        measures: ['geregistreerd', 'opgehelderd'],
      },
      {
        key: 'ophelderingspercentage',
        kind: 'trend',
        title: 'Ophelderingspercentage',
        measures: ['ophelderingspercentage'],
      },
      {
        key: 'naar-delictgroep',
        kind: 'bars',
        title: 'Geregistreerde misdrijven naar delictgroep, {periode}',
        measures: ['geregistreerd'],
        barsBy: { dimension: 'delictgroep' },
      },
      {
        key: 'naar-regio',
        kind: 'bars',
        title: 'Geregistreerde misdrijven naar provincie, {periode}',
        measures: ['geregistreerd'],
        barsBy: { dimension: 'regio' },
      },
    ],
  },
  {
    theme: 'vervolging',
    path: '/cijfers/vervolging',
    label: 'Vervolging',
    title: 'Vervolging',
    lead: 'Zaken die bij het Openbaar Ministerie binnenkwamen, en hoe het OM ze afdeed: sepot, strafbeschikking of dagvaarding.',
    product: CHAIN,
    time: 'jaar',
    selects: ['regio', 'delictgroep'],
    headline: { label: 'Instroom bij het OM' },
    figures: [
      {
        key: 'om-instroom',
        kind: 'trend',
        title: 'Instroom van zaken bij het OM',
        measures: ['instroom'],
        fixed: { fase: ['om-instroom'] },
      },
      {
        key: 'afdoeningen',
        kind: 'trend',
        title: 'Afdoeningen door het OM naar soort',
        measures: ['instroom'],
        seriesBy: { dimension: 'fase', codes: OM_DECISIONS },
      },
      {
        key: 'afdoeningen-jaar',
        kind: 'bars',
        title: 'Afdoeningen door het OM naar soort, {periode}',
        measures: ['instroom'],
        barsBy: { dimension: 'fase', codes: OM_DECISIONS },
      },
      {
        key: 'doorlooptijd',
        kind: 'bars',
        title: 'Doorlooptijd tot de afdoening door het OM (mediaan), {periode}',
        measures: ['doorlooptijd_mediaan'],
        barsBy: { dimension: 'fase', codes: OM_DECISIONS },
      },
    ],
  },
  {
    theme: 'berechting',
    path: '/cijfers/berechting',
    label: 'Berechting',
    title: 'Berechting',
    lead: 'Uitspraken van de rechter in strafzaken naar uitkomst: veroordeling, vrijspraak of ontslag van alle rechtsvervolging.',
    product: CHAIN,
    time: 'jaar',
    selects: ['regio', 'delictgroep'],
    headline: { label: 'Veroordelingen' },
    figures: [
      {
        key: 'uitspraken',
        kind: 'trend',
        title: 'Uitspraken van de rechter naar uitkomst',
        measures: ['instroom'],
        seriesBy: { dimension: 'fase', codes: VERDICTS },
      },
      {
        key: 'uitspraken-jaar',
        kind: 'bars',
        title: 'Uitspraken naar uitkomst, {periode}',
        measures: ['instroom'],
        barsBy: { dimension: 'fase', codes: VERDICTS },
      },
      {
        key: 'veroordelingen-delictgroep',
        kind: 'bars',
        title: 'Veroordelingen naar delictgroep, {periode}',
        measures: ['instroom'],
        fixed: { fase: ['vonnis-veroordeling'] },
        barsBy: { dimension: 'delictgroep' },
      },
    ],
  },
  {
    theme: 'tenuitvoerlegging',
    path: '/cijfers/tenuitvoerlegging',
    label: 'Tenuitvoerlegging',
    title: 'Tenuitvoerlegging',
    lead: 'Wie in detentie kwam, hoeveel mensen op de peildatum vastzaten en hoe lang het verblijf duurde, per sector: gevangeniswezen, justitiële jeugdinrichtingen en tbs.',
    product: { theme: 'tenuitvoerlegging' },
    time: 'jaar',
    selects: ['regio', 'delictgroep'],
    headline: { label: 'Instroom in detentie' },
    figures: [
      {
        key: 'instroom',
        kind: 'trend',
        title: 'Instroom in detentie per sector',
        measures: ['instroom'],
        seriesBy: { dimension: 'sector' },
      },
      {
        key: 'populatie',
        kind: 'trend',
        title: 'Populatie op de peildatum per sector',
        measures: ['populatie_peildatum'],
        seriesBy: { dimension: 'sector' },
      },
      {
        key: 'verblijfsduur',
        kind: 'bars',
        title: 'Verblijfsduur (mediaan) per sector, {periode}',
        measures: ['verblijfsduur_mediaan'],
        barsBy: { dimension: 'sector' },
      },
      {
        key: 'detentie-delictgroep',
        product: CHAIN,
        kind: 'bars',
        title: 'Instroom in detentie naar delictgroep, {periode}',
        measures: ['instroom'],
        fixed: { fase: ['detentie'] },
        barsBy: { dimension: 'delictgroep' },
      },
    ],
  },
  {
    theme: 'recidive',
    path: '/cijfers/recidive',
    label: 'Recidive',
    title: 'Recidive',
    lead: 'Hoeveel procent van de mensen binnen twee jaar na hun vrijlating of sanctie opnieuw werd veroordeeld, per cohort: het jaar van vrijlating of sanctie.',
    product: { theme: 'recidive' },
    time: 'cohort',
    selects: ['leeftijd', 'geslacht', 'delictgroep', 'sanctie'],
    headline: { label: 'Recidive binnen twee jaar' },
    figures: [
      {
        key: 'recidive',
        kind: 'trend',
        title: 'Tweejarige recidive per cohort',
        measures: ['recidive_algemeen', 'recidive_zeer_ernstig', 'recidive_gevangenisstraf'],
      },
      {
        key: 'cohortgrootte',
        kind: 'trend',
        title: 'Omvang van de cohorten',
        measures: ['cohortgrootte'],
      },
      {
        key: 'naar-leeftijd',
        kind: 'bars',
        title: 'Tweejarige recidive naar leeftijd, cohort {periode}',
        measures: ['recidive_algemeen'],
        barsBy: { dimension: 'leeftijd' },
      },
      {
        key: 'naar-sanctie',
        kind: 'bars',
        title: 'Tweejarige recidive naar sanctie, cohort {periode}',
        measures: ['recidive_algemeen'],
        barsBy: { dimension: 'sanctie' },
      },
    ],
  },
];

export const CHAIN_PAGE = {
  path: '/cijfers/ketenstroom',
  label: 'Ketenstroom',
  title: 'Ketenstroom',
  lead: 'Hoe zaken in een jaar de strafrechtketen in, door en uit stromen: van de registratie van een misdrijf tot de detentie.',
  headline: { label: 'Verdachten' } as Headline,
};
