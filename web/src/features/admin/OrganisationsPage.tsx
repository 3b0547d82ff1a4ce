import {
  FormFieldTextInput,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useOrganisations } from './api/get-organisations.ts';
import { useParticipation } from './api/get-participation.ts';
import { useUsers } from './api/get-users.ts';
import { STATUS_LABELS } from './participation-labels.ts';

/**
 * Beheer → Organisaties: every organisation with its users (active and
 * deactivated) and, for a municipality, its participation per box today.
 * By default only organisations with users; a filter finds any by name or code.
 */
export function OrganisationsPage() {
  const organisations = useOrganisations();
  const users = useUsers(undefined);
  const participation = useParticipation();
  const [filter, setFilter] = useState('');

  if (organisations.isPending || users.isPending) return <Loading text="De organisaties worden geladen…" />;
  if (organisations.isError) return <ErrorAlert error={organisations.error} />;
  if (users.isError) return <ErrorAlert error={users.error} />;
  const wanted = filter.trim().toLowerCase();
  const rows = organisations.data
    .map((o) => ({ ...o, users: users.data.filter((u) => u.organisation === o.code) }))
    .filter((o) =>
      wanted
        ? `${o.name} ${o.code}`.toLowerCase().includes(wanted)
        : o.users.length > 0 || o.kind !== 'municipality',
    );
  const boxes = (code: string) => participation.data?.find((m) => m.code === code)?.boxes;

  return (
    <Page
      title="Organisaties"
      lead={
        <Paragraph>
          Organisaties met hun gebruikers en, bij gemeenten, hun deelname aan de Berichtenbox. Zonder zoekterm
          staan alleen gemeenten met gebruikers erbij.
        </Paragraph>
      }
    >
      <FormFieldTextInput
        label="Zoek een organisatie"
        description="Naam of code, bijvoorbeeld Utrecht of GM0344."
        value={filter}
        onChange={(e) => setFilter((e.target as HTMLInputElement).value)}
        autoComplete="off"
      />
      <Paragraph role="status">{formatNumber(rows.length)} organisaties.</Paragraph>
      {participation.isError && (
        <ErrorAlert error={participation.error} heading="De deelname kon niet worden geladen." />
      )}
      <TableRegion label="Organisaties" cards>
        <Table className="kz-admin-table">
          <TableCaption>Organisaties en hun gebruikers</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
              <TableHeaderCell scope="col">Gebruikers</TableHeaderCell>
              <TableHeaderCell scope="col">BIJ</TableHeaderCell>
              <TableHeaderCell scope="col">Re-integratie</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((o) => {
              const state = boxes(o.code);
              return (
                <TableRow key={o.code}>
                  <th scope="row" className="utrecht-table__header-cell">
                    {o.name} <span className="kz-admin-code">({o.code})</span>
                  </th>
                  <TableCell>
                    {o.users.length === 0 ? (
                      'Geen'
                    ) : (
                      <ul className="kz-admin-roles">
                        {o.users.map((u) => (
                          <li key={u.id}>
                            <Link href={`/beheer/gebruikers/${u.id}`}>{u.displayName}</Link>
                            {u.active ? '' : ' (gedeactiveerd)'}
                          </li>
                        ))}
                      </ul>
                    )}
                  </TableCell>
                  <TableCell>{state ? STATUS_LABELS[state.bij.status] : '—'}</TableCell>
                  <TableCell>{state ? STATUS_LABELS[state.reintegration.status] : '—'}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableRegion>
    </Page>
  );
}
