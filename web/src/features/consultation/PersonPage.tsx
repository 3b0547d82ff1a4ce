import {
  Heading,
  Link,
  OrderedList,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@rijkshuisstijl-community/components-react';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { ApiError } from '../../lib/api.ts';
import { useSession } from '../../lib/auth/get-session.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useInstitutionNames } from '../../reference/get-institutions.ts';
import {
  type Address,
  type Episode,
  type PersonView,
  type TimelineEntry,
  type TitleVersion,
  usePerson,
} from './api/get-person.ts';
import { LoggedNotice } from './LoggedNotice.tsx';
import {
  DETERMINATION_LABELS,
  EPISODE_STATUS_LABELS,
  GENDER_LABELS,
  label,
  SECTOR_LABELS,
  TIMELINE_LABELS,
  TITLE_KIND_LABELS,
} from './labels.ts';
import { HANDLE_MINUTES, resolveHandle } from './person-handle.ts';

const fullName = (p: PersonView['person']) => [p.givenNames, p.surname].filter(Boolean).join(' ');
const addressLine = (a: Address) => `${a.street} ${a.houseNumber}, ${a.postalCode} ${a.city}`;
const period = (from: string, until: string | null) =>
  until ? `${formatDate(from)} tot ${formatDate(until)}` : `sinds ${formatDate(from)}`;

/** A title in one line: kind, irrevocable or not, length and case. */
function titleLine(t: TitleVersion): string {
  return [
    `${t.name}${t.irrevocable ? ' (onherroepelijk)' : ''}`,
    t.sentenceDays ? `${t.sentenceDays} dagen` : '',
    t.caseNumber ? `parketnummer ${t.caseNumber}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** A title as a timeline entry's details carry it (the event's own title object). */
function titleDetails(value: unknown): string {
  if (!value || typeof value !== 'object') return '';
  const t = value as { kind?: string; irrevocable?: boolean; sentenceDays?: number };
  return [
    label(TITLE_KIND_LABELS, String(t.kind ?? '')),
    t.irrevocable ? 'onherroepelijk' : 'niet onherroepelijk',
    t.sentenceDays ? `${t.sentenceDays} dagen` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function asAddress(value: unknown): Address | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const a = value as Partial<Address>;
  return a.street && a.city ? (a as Address) : undefined;
}

/** What one timeline entry says besides its type and date. */
function entryDetails(entry: TimelineEntry, institutionName: (code: unknown) => string): string {
  const d = entry.details;
  const date = (key: string) => (typeof d[key] === 'string' ? formatDate(d[key] as string) : undefined);
  const address = asAddress(d.leaveAddress);
  const at = address ? `; verlofadres ${addressLine(address)}` : '';
  const caseNumber = typeof d.caseNumber === 'string' ? `parketnummer ${d.caseNumber}: ` : '';
  switch (entry.type) {
    case 'admission':
      return date('plannedEndDate') ? `Geplande einddatum ${date('plannedEndDate')}` : '';
    case 'title-added':
      return titleDetails(d.title);
    case 'title-changed':
      return `${caseNumber}${d.previous ? `van ${titleDetails(d.previous)} naar ` : ''}${titleDetails(d.title)}`;
    case 'title-ended':
      return caseNumber.replace(/: $/, '');
    case 'planned-end-date-changed':
      return d.previous
        ? `Van ${date('previous')} naar ${date('plannedEndDate')}`
        : `Geplande einddatum ${date('plannedEndDate')}`;
    case 'transfer':
      return `Van ${institutionName(d.from)} naar ${institutionName(d.to)}`;
    case 'dr-plan-shared':
      return d.consent === true
        ? 'Met toestemming om het informatieblad te delen'
        : d.consent === false
          ? 'Zonder toestemming om het informatieblad te delen'
          : '';
    case 'leave-granted':
    case 'leave-authorization':
      return `Verlof ${date('leaveUntil') ? `van ${date('leaveFrom')} tot ${date('leaveUntil')}` : `vanaf ${date('leaveFrom')}`}${at}`;
    case 'regime-phasing':
      return `Vanaf ${date('phaseFrom')}${at}`;
    case 'conditional-termination':
      return `Per ${date('terminationDate')}`;
    case 'release-scheduled': {
      const risk =
        Array.isArray(d.risk18b) && d.risk18b.length > 0 ? `; 18b-risico: ${d.risk18b.join(', ')}` : '';
      return `Op ${date('releaseDate')}${risk}`;
    }
    case 'release':
      return `Op ${date('releaseDate')}`;
    default:
      return '';
  }
}

function StatusSummary({ view }: { view: PersonView }) {
  const s = view.status;
  const now = s.escaped ? 'Ontvlucht' : s.detained ? (s.onLeave ? 'Ja, met verlof' : 'Ja') : 'Nee';
  return (
    <section className="kz-section" aria-labelledby="status-heading">
      <Heading level={2} id="status-heading">
        Huidige status
      </Heading>
      <dl className="kz-status">
        <div>
          <dt>Gedetineerd</dt>
          <dd>{now}</dd>
        </div>
        {s.institution && (
          <div>
            <dt>Inrichting</dt>
            <dd>
              {s.institution.name} ({s.institution.sector})
            </dd>
          </div>
        )}
        {s.since && (
          <div>
            <dt>In deze inrichting sinds</dt>
            <dd>{formatDate(s.since)}</dd>
          </div>
        )}
        {s.admittedOn && (
          <div>
            <dt>Ingesloten sinds</dt>
            <dd>{formatDate(s.admittedOn)}</dd>
          </div>
        )}
        {s.titles.length > 0 && (
          <div>
            <dt>{s.titles.length === 1 ? 'Titel' : 'Titels'}</dt>
            <dd>{s.titles.map(titleLine).join('; ')}</dd>
          </div>
        )}
        {s.detained && (
          <div>
            <dt>Geplande einddatum</dt>
            <dd>{s.plannedEndDate ? formatDate(s.plannedEndDate) : 'Niet bekend'}</dd>
          </div>
        )}
        {s.detained && (
          <div>
            <dt>Met verlof</dt>
            <dd>{s.onLeave ? `Ja, ${period(s.onLeave.from, s.onLeave.until)}` : 'Nee'}</dd>
          </div>
        )}
        {s.releaseScheduledOn && (
          <div>
            <dt>Invrijheidstelling gepland op</dt>
            <dd>{formatDate(s.releaseScheduledOn)}</dd>
          </div>
        )}
        {!s.detained && (
          <div>
            <dt>Laatst in vrijheid gesteld</dt>
            <dd>{s.lastReleasedOn ? formatDate(s.lastReleasedOn) : 'Nooit gedetineerd geweest'}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}

function Identity({ person }: { person: PersonView['person'] }) {
  return (
    <section className="kz-section" aria-labelledby="identity-heading">
      <Heading level={2} id="identity-heading">
        Persoonsgegevens
      </Heading>
      <dl className="kz-details">
        <dt>SKN</dt>
        <dd>{person.skn}</dd>
        <dt>BSN</dt>
        <dd>{person.bsn ?? 'Niet bekend'}</dd>
        <dt>Geboortedatum</dt>
        <dd>{formatDate(person.birthDate)}</dd>
        <dt>Geslacht</dt>
        <dd>{label(GENDER_LABELS, person.gender)}</dd>
        <dt>Adres (BRP)</dt>
        <dd>
          {person.address
            ? `${addressLine(person.address)} (sinds ${formatDate(person.address.validFrom)})`
            : 'Geen adres bekend'}
        </dd>
        <dt>Identiteitsvaststellingen</dt>
        <dd>
          {person.identityDeterminations.length === 0 ? (
            'Geen'
          ) : (
            <UnorderedList>
              {person.identityDeterminations.map((d) => (
                <UnorderedListItem key={`${d.determinedAt}-${d.method}`}>
                  {label(DETERMINATION_LABELS, d.method)} door {d.organisation},{' '}
                  {formatDateTime(d.determinedAt)}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </dd>
      </dl>
    </section>
  );
}

function EpisodeSection({
  episode,
  institutionName,
}: {
  episode: Episode;
  institutionName: (c: unknown) => string;
}) {
  const headingId = `episode-${episode.id}`;
  return (
    <section className="kz-episode" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {label(SECTOR_LABELS, episode.sector)}: {period(episode.admittedOn, episode.releasedOn)}
      </Heading>
      <dl className="kz-details">
        <dt>Status</dt>
        <dd>{label(EPISODE_STATUS_LABELS, episode.status)}</dd>
        <dt>Geplande einddatum</dt>
        <dd>{episode.plannedEndDate ? formatDate(episode.plannedEndDate) : 'Niet bekend'}</dd>
      </dl>
      <TableRegion labelledBy={`${headingId}-titles`} cards>
        <Table>
          <TableCaption id={`${headingId}-titles`}>Titels in deze detentie</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Parketnummer</TableHeaderCell>
              <TableHeaderCell scope="col">Titel</TableHeaderCell>
              <TableHeaderCell scope="col">Feiten</TableHeaderCell>
              <TableHeaderCell scope="col">Van</TableHeaderCell>
              <TableHeaderCell scope="col">Tot</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {episode.titles.map((t, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one case may hold two versions that began on one day
              <TableRow key={index}>
                <TableCell>{t.caseNumber ?? 'Onbekend'}</TableCell>
                <TableCell>
                  {t.name}
                  {t.irrevocable ? ' (onherroepelijk)' : ''}
                  {t.sentenceDays ? `, ${t.sentenceDays} dagen` : ''}
                </TableCell>
                <TableCell>{t.offences.map((o) => o.description ?? o.code).join('; ') || '-'}</TableCell>
                <TableCell>{formatDate(t.from)}</TableCell>
                <TableCell>
                  {t.until ? formatDate(t.until) : episode.releasedOn ? 'einde detentie' : 'van kracht'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableRegion>
      <Heading level={4}>Verblijf</Heading>
      <OrderedList>
        {episode.stays.map((stay) => (
          <li key={`${stay.institution.code}-${stay.from}`} className="utrecht-ordered-list__item">
            {stay.institution.name}, {period(stay.from, stay.until)}
          </li>
        ))}
      </OrderedList>
      <TableRegion labelledBy={`${headingId}-caption`} cards>
        <Table>
          <TableCaption id={`${headingId}-caption`}>Gebeurtenissen in deze detentie</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Datum</TableHeaderCell>
              <TableHeaderCell scope="col">Gebeurtenis</TableHeaderCell>
              <TableHeaderCell scope="col">Inrichting</TableHeaderCell>
              <TableHeaderCell scope="col">Toelichting</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {episode.timeline.map((entry, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a timeline may hold two entries of one type on one day
              <TableRow key={index}>
                <TableCell>{formatDate(entry.date)}</TableCell>
                <TableCell>{label(TIMELINE_LABELS, entry.type)}</TableCell>
                <TableCell>{entry.institution.name}</TableCell>
                <TableCell>{entryDetails(entry, institutionName)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableRegion>
    </section>
  );
}

/** The address holds a handle (person-handle.ts); an unknown or expired one asks the user to search again. */
export function PersonPage() {
  const { handle = '' } = useParams();
  const user = useSession().data?.user.id;
  // Resolved once per handle, so the page does not vanish while read when the handle expires.
  const skn = useMemo(() => (user === undefined ? undefined : resolveHandle(handle, user)), [handle, user]);
  return skn === undefined ? <ExpiredLink /> : <PersonViewPage skn={skn} />;
}

function ExpiredLink() {
  return (
    <Page title="Link verlopen">
      <Paragraph>
        Deze link naar een persoon is verlopen of hoort bij een andere sessie. Om de persoonsgegevens te
        beschermen staat in het adres geen SKN, en werkt een link naar een persoon alleen in dit tabblad, voor
        uzelf en gedurende {HANDLE_MINUTES} minuten.
      </Paragraph>
      <Paragraph>
        <Link href="/raadplegen">Zoek de persoon opnieuw</Link>
      </Paragraph>
    </Page>
  );
}

function PersonViewPage({ skn }: { skn: string }) {
  const person = usePerson(skn);
  const institutionName = useInstitutionNames();

  if (person.isPending) return <Loading text="De persoonsgegevens worden geladen…" />;
  if (person.isError) {
    const missing = person.error instanceof ApiError && person.error.status === 404;
    return (
      <Page title={missing ? 'Persoon niet gevonden' : 'Persoon niet te tonen'}>
        {missing ? (
          <Paragraph>Er is geen persoon met dit SKN.</Paragraph>
        ) : (
          <ErrorAlert error={person.error} />
        )}
        <Paragraph>
          <Link href="/raadplegen">Terug naar zoeken</Link>
        </Paragraph>
      </Page>
    );
  }
  const view = person.data;
  const episodes = [...view.episodes].reverse();
  return (
    <Page title={fullName(view.person)}>
      <Paragraph className="kz-lead">
        Geboren op {formatDate(view.person.birthDate)} · SKN {view.person.skn}
      </Paragraph>
      <LoggedNotice>Deze raadpleging is vastgelegd in het logboek dataverwerkingen.</LoggedNotice>
      <StatusSummary view={view} />
      <Identity person={view.person} />
      <section className="kz-section" aria-labelledby="timeline-heading">
        <Heading level={2} id="timeline-heading">
          Detentieverloop
        </Heading>
        {episodes.length === 0 ? (
          <Paragraph>Er is geen detentie bekend.</Paragraph>
        ) : (
          <>
            <Paragraph>
              {episodes.length === 1 ? '1 detentie' : `${episodes.length} detenties`} in gevangeniswezen,
              jeugdinrichtingen en tbs-klinieken, de meest recente eerst.
            </Paragraph>
            {episodes.map((e) => (
              <EpisodeSection key={e.id} episode={e} institutionName={institutionName} />
            ))}
          </>
        )}
      </section>
      <Paragraph>
        <Link href="/raadplegen">Terug naar zoeken</Link>
      </Paragraph>
    </Page>
  );
}
