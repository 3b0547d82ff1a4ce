import { type ReactNode, type Ref, useMemo } from 'react';
import { Combobox } from '../../components/Combobox.tsx';
import { errorText } from '../../components/ErrorAlert.tsx';
import { ApiError } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { typeLabel } from '../../lib/notices.ts';
import { useMunicipalities } from '../../reference/get-municipalities.ts';
import type { PersonName, Routing } from './api/get-review-notices.ts';

export function personName(name: PersonName | null): string {
  return name ? `${name.givenNames} ${name.surname}` : 'Onbekende persoon';
}

const BASIS_LABELS: Record<Routing['basis'], string> = {
  'leave-address': 'Opgegeven verlofadres',
  brp: 'Adres in de BRP',
  fixed: 'Vaste ontvanger',
};

/** How the rules routed a notice, in Dutch, from the structured part of the explanation. */
export function routingSummary(routing: Routing): string {
  const basis = BASIS_LABELS[routing.basis];
  if (routing.basis === 'fixed') return basis;
  const { address, municipality } = routing;
  if (!address) return `${basis}: geen bruikbaar adres bekend`;
  const where = `${address.street} ${address.houseNumber}, ${address.postalCode} ${address.city}`;
  if (!municipality) return `${basis}: ${where}, gemeentecode ${address.municipalityCode} is onbekend`;
  const merged =
    municipality.code === address.municipalityCode
      ? ''
      : ` (gemeentecode ${address.municipalityCode} is opgegaan in ${municipality.name})`;
  return `${basis}: ${where}, gemeente ${municipality.name}${merged}`;
}

/** A notice's type with the date of its event under it, for a table cell. */
export function NoticeCell({ type, eventDate }: { type: string; eventDate: string }) {
  return (
    <>
      {typeLabel(type)}
      <span className="kz-ops-sub">gebeurtenis op {formatDate(eventDate)}</span>
    </>
  );
}

/** How the rules routed a notice, short, for a table cell: the basis and the address's street and place. */
export function routingShort(routing: Routing): string {
  const basis = BASIS_LABELS[routing.basis];
  const { address, municipality } = routing;
  if (routing.basis === 'fixed') return basis;
  if (!address) return `${basis}: geen bruikbaar adres`;
  const merged =
    municipality && municipality.code !== address.municipalityCode
      ? ` (${address.municipalityCode} is opgegaan in ${municipality.name})`
      : !municipality
        ? ` (gemeentecode ${address.municipalityCode} onbekend)`
        : '';
  return `${basis}: ${address.street} ${address.houseNumber}, ${address.city}${merged}`;
}

/** The rules' explanation in Dutch (it starts lower case, to follow a label in a sentence) as a sentence of its own. */
export function asSentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One term and its description in a design-system data summary, with any content as the value. */
export function SummaryItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rhc-data-summary__item">
      <dt className="rhc-data-summary__item-key">{label}</dt>
      <dd className="rhc-data-summary__item-value">{children}</dd>
    </div>
  );
}

/** A choice among today's municipalities, by name, the one the notice goes to already left out. */
/** The municipality to route to: a type-ahead combobox over the current municipalities, by name or code. */
export function MunicipalitySelect({
  label,
  value,
  onChange,
  exclude,
  errorMessage,
  selectRef,
  description,
}: {
  label: string;
  value: string;
  onChange: (code: string) => void;
  exclude?: string;
  errorMessage?: string;
  selectRef?: Ref<HTMLInputElement>;
  description?: string;
}) {
  const municipalities = useMunicipalities();
  const options = useMemo(
    () =>
      (municipalities.data ?? [])
        .filter((m) => m.code !== exclude)
        .map((m) => ({ value: m.code, label: `${m.name} (${m.code})`, keywords: m.code })),
    [municipalities.data, exclude],
  );
  return (
    <Combobox
      label={label}
      options={options}
      value={value}
      onChange={onChange}
      errorMessage={errorMessage}
      inputRef={selectRef}
      required
      placeholder={municipalities.isPending ? 'Gemeenten worden geladen…' : undefined}
      description={
        municipalities.isError
          ? 'De lijst met gemeenten kon niet worden geladen. Ververs de pagina.'
          : (description ?? 'Typ een deel van de naam of de code (GM…) en kies uit de suggesties.')
      }
    />
  );
}

/** The form fields the operations API names in its refusals, as the forms call them. */
export type ActionField = 'municipality' | 'reason';

/**
 * A refusal of an operator's action, split into what belongs to a field and
 * what belongs to the whole action, in Dutch.
 */
export function actionError(error: unknown): { field?: ActionField; text: string } {
  if (!(error instanceof ApiError)) return { text: errorText(error) };
  switch (error.code) {
    case 'UNKNOWN_MUNICIPALITY':
      return { field: 'municipality', text: 'Die gemeente bestaat niet (meer). Kies een huidige gemeente.' };
    case 'SAME_MUNICIPALITY':
      return {
        field: 'municipality',
        text: 'Het bericht gaat al naar die gemeente. Kies een andere gemeente, of bevestig de gemeente.',
      };
    case 'ALREADY_DELIVERED':
      return { field: 'municipality', text: 'Die gemeente heeft dit bericht al ontvangen. Kies een andere.' };
    case 'NOTICE_NOT_FOUND':
    case 'INVALID_TRANSITION':
      return {
        text: 'Dit bericht is intussen al afgehandeld, mogelijk door een collega. De lijst is bijgewerkt.',
      };
  }
  const field = error.errors.map((e) => e.field.replace(/^body\./, '')).find(Boolean);
  if (field === 'reason') return { field: 'reason', text: 'Geef een reden op.' };
  if (field === 'municipalityCode' || field === 'recipient')
    return { field: 'municipality', text: 'Kies een gemeente uit de lijst.' };
  return { text: errorText(error) };
}
