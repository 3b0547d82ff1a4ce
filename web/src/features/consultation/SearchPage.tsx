import {
  Fieldset,
  FormFieldRadio,
  FormFieldTextInput,
  Link,
  Paragraph,
  PrimaryActionButton,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { DateInput, readDate } from '../../components/DateInput.tsx';
import { errorText } from '../../components/ErrorAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { ApiError } from '../../lib/api.ts';
import { useSession } from '../../lib/auth/get-session.ts';
import { formatDate } from '../../lib/format.ts';
import { type PersonQuery, useLastSearch, useSearchPersons } from './api/search-persons.ts';
import { LoggedNotice } from './LoggedNotice.tsx';
import { createHandle, personPath } from './person-handle.ts';

type Method = 'skn' | 'bsn' | 'naam';

const METHODS: { value: Method; label: string }[] = [
  { value: 'skn', label: 'Strafrechtketennummer (SKN)' },
  { value: 'bsn', label: 'Burgerservicenummer (BSN)' },
  { value: 'naam', label: 'Achternaam en geboortedatum' },
];

type FieldErrors = Partial<Record<'skn' | 'bsn' | 'surname' | 'birthDate', string>>;

/** Checks in the browser what the API would refuse anyway, so the user hears it at the field. */
function readQuery(method: Method, form: FormData): { query?: PersonQuery; errors: FieldErrors } {
  const value = (name: string) => String(form.get(name) ?? '').trim();
  if (method === 'skn') {
    const skn = value('skn');
    if (!/^[0-9A-Za-z-]{1,20}$/.test(skn)) return { errors: { skn: 'Vul een geldig SKN in (cijfers).' } };
    return { query: { skn }, errors: {} };
  }
  if (method === 'bsn') {
    const bsn = value('bsn').replace(/[\s.]/g, '');
    if (!/^[0-9]{9}$/.test(bsn)) return { errors: { bsn: 'Een BSN bestaat uit 9 cijfers.' } };
    return { query: { bsn }, errors: {} };
  }
  const surname = value('surname');
  const birth = readDate(form, 'birthDate', { required: true, label: 'de geboortedatum' });
  const errors: FieldErrors = {};
  if (!surname) errors.surname = 'Vul de achternaam in.';
  if (birth.error !== undefined) errors.birthDate = birth.error;
  return Object.keys(errors).length > 0 || birth.date === undefined
    ? { errors }
    : { query: { surname, birthDate: birth.date }, errors };
}

function searchError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'INVALID_BSN') return 'Dit BSN is niet geldig: het voldoet niet aan de elfproef.';
    if (error.code === 'TOO_MANY_RESULTS')
      return 'Er zijn te veel personen gevonden. Maak de zoekvraag specifieker.';
  }
  return errorText(error);
}

export function SearchPage() {
  const [method, setMethod] = useState<Method>('skn');
  const [errors, setErrors] = useState<FieldErrors>({});
  const search = useSearchPersons();
  const last = useLastSearch();
  const outcome = last.data;
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const user = useSession().data?.user.id;
  // A fresh handle per person each time the results are shown, so a link never outlives its minutes by much.
  const handles = useMemo(
    () =>
      new Map(
        user === undefined ? [] : (outcome?.results ?? []).map((p) => [p.skn, createHandle(p.skn, user)]),
      ),
    [outcome, user],
  );

  useEffect(() => {
    if (search.isSuccess || search.isError) resultsHeading.current?.focus();
  }, [search.isSuccess, search.isError]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { query, errors: found } = readQuery(method, new FormData(event.currentTarget));
    setErrors(found);
    if (query) search.mutate(query);
    else {
      const first = Object.keys(found)[0];
      // A date's first field is its day; its hidden ISO field cannot take the focus.
      if (first)
        event.currentTarget
          .querySelector<HTMLInputElement>(`[name="${first}"]:not([type=hidden]), [name="${first}-day"]`)
          ?.focus();
    }
  };

  return (
    <Page title="Persoon zoeken">
      <LoggedNotice>
        Elke zoekvraag en elke raadpleging wordt met uw naam en organisatie vastgelegd in het logboek
        dataverwerkingen. Zoek alleen als dat nodig is voor uw taak.
      </LoggedNotice>
      <form className="kz-form" onSubmit={submit} noValidate aria-label="Persoon zoeken">
        <Fieldset legend="Zoeken op">
          {METHODS.map((m) => (
            <FormFieldRadio
              key={m.value}
              name="method"
              value={m.value}
              label={m.label}
              checked={method === m.value}
              onChange={() => {
                setMethod(m.value);
                setErrors({});
              }}
            />
          ))}
        </Fieldset>
        {method === 'skn' && (
          <FormFieldTextInput
            key="skn"
            label="SKN"
            name="skn"
            inputMode="numeric"
            autoComplete="off"
            description="Het strafrechtketennummer, bijvoorbeeld 10000004."
            invalid={Boolean(errors.skn)}
            errorMessage={errors.skn}
          />
        )}
        {method === 'bsn' && (
          <FormFieldTextInput
            key="bsn"
            label="BSN"
            name="bsn"
            inputMode="numeric"
            autoComplete="off"
            description="9 cijfers. Het BSN wordt niet in de adresbalk of in logbestanden opgenomen."
            invalid={Boolean(errors.bsn)}
            errorMessage={errors.bsn}
          />
        )}
        {method === 'naam' && (
          <>
            <FormFieldTextInput
              key="surname"
              label="Achternaam"
              name="surname"
              autoComplete="off"
              description="Zonder of met tussenvoegsel, bijvoorbeeld Dijkstra of te Dijkstra."
              invalid={Boolean(errors.surname)}
              errorMessage={errors.surname}
            />
            <DateInput
              key="birthDate"
              legend="Geboortedatum"
              name="birthDate"
              invalid={Boolean(errors.birthDate)}
              errorMessage={errors.birthDate}
            />
          </>
        )}
        <PrimaryActionButton type="submit" disabled={search.isPending}>
          {search.isPending ? 'Bezig met zoeken…' : 'Zoeken'}
        </PrimaryActionButton>
      </form>

      {(search.isError || outcome) && (
        <section className="kz-section" aria-labelledby="results-heading">
          <h2
            id="results-heading"
            ref={resultsHeading}
            tabIndex={-1}
            className="utrecht-heading-2 kz-page-title"
          >
            Zoekresultaat
          </h2>
          {search.isError ? (
            <Paragraph role="alert">{searchError(search.error)}</Paragraph>
          ) : outcome && outcome.results.length === 0 ? (
            <>
              <Paragraph role="status">Geen persoon gevonden.</Paragraph>
              {outcome.hint && <Paragraph>Let op: {outcome.hint}.</Paragraph>}
            </>
          ) : (
            outcome && (
              <TableRegion labelledBy="results-caption" cards>
                <Table>
                  <TableCaption id="results-caption">
                    {outcome.results.length === 1
                      ? '1 persoon gevonden'
                      : `${outcome.results.length} personen gevonden`}
                  </TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">Naam</TableHeaderCell>
                      <TableHeaderCell scope="col">Geboortedatum</TableHeaderCell>
                      <TableHeaderCell scope="col">SKN</TableHeaderCell>
                      <TableHeaderCell scope="col">Nu gedetineerd</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {outcome.results.map((p) => (
                      <TableRow key={p.skn}>
                        <TableCell>
                          <Link href={personPath(handles.get(p.skn) ?? '')}>
                            {p.givenNames} {p.surname}
                          </Link>
                        </TableCell>
                        <TableCell>{formatDate(p.birthDate)}</TableCell>
                        <TableCell>{p.skn}</TableCell>
                        <TableCell>{p.detained ? 'Ja' : 'Nee'}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableRegion>
            )
          )}
        </section>
      )}
    </Page>
  );
}
