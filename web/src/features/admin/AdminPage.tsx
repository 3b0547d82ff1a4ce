import {
  FormFieldSelect,
  Heading,
  Link,
  Paragraph,
  SecondaryActionButton,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { LogCheck } from '../../components/log-check/LogCheck.tsx';
import { Page } from '../../components/Page.tsx';
import { type Announcement, SuccessMessage } from '../../components/SuccessMessage.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';
import { ROLE_LABELS } from '../../lib/auth/roles.ts';
import { formatNumber } from '../../lib/format.ts';
import { type Organisation, useOrganisations } from './api/get-organisations.ts';
import { useUsers } from './api/get-users.ts';
import type { AdminUser as User } from './api/user-actions.ts';
import { OrganisationOptions } from './OrganisationOptions.tsx';
import { UserForm } from './UserForm.tsx';

const organisationName = (organisations: Organisation[], code: string) =>
  organisations.find((o) => o.code === code)?.name ?? code;

function UsersTable({
  users,
  organisations,
  caption,
}: {
  users: User[];
  organisations: Organisation[];
  caption: string;
}) {
  return (
    <TableRegion label="Gebruikers" cards>
      <Table className="kz-admin-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Gebruikersnaam</TableHeaderCell>
            <TableHeaderCell scope="col">Naam</TableHeaderCell>
            <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
            <TableHeaderCell scope="col">Rollen</TableHeaderCell>
            <TableHeaderCell scope="col">E-mailadres</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.map((u) => (
            <TableRow key={u.id}>
              <th scope="row" className="utrecht-table__header-cell kz-admin-username">
                <Link href={`/beheer/gebruikers/${u.id}`}>{u.username}</Link>
              </th>
              <TableCell>{u.displayName}</TableCell>
              <TableCell>
                {organisationName(organisations, u.organisation)}{' '}
                <span className="kz-admin-code">({u.organisation})</span>
              </TableCell>
              <TableCell>
                {u.roles.length === 1 ? (
                  ROLE_LABELS[u.roles[0] as keyof typeof ROLE_LABELS]
                ) : (
                  <ul className="kz-admin-roles">
                    {u.roles.map((r) => (
                      <li key={r}>{ROLE_LABELS[r]}</li>
                    ))}
                  </ul>
                )}
              </TableCell>
              <TableCell>{u.email ?? '—'}</TableCell>
              <TableCell>
                {[
                  u.active ? 'Actief' : 'Gedeactiveerd',
                  u.mustChangePassword ? 'moet wachtwoord wijzigen' : '',
                  u.lockedClients > 0 ? 'geblokkeerd' : '',
                ]
                  .filter(Boolean)
                  .join(', ')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableRegion>
  );
}

/**
 * Beheer: the users of every organisation, filtered by organisation (kept
 * in the URL as ?organisatie=), adding a user, and the log check.
 */
export function AdminPage() {
  const [params, setParams] = useSearchParams();
  const filter = params.get('organisatie') ?? '';
  const organisations = useOrganisations();
  const users = useUsers(filter || undefined);
  const [message, setMessage] = useState<Announcement | null>(null);
  const orgs = organisations.data ?? [];
  const filterName = filter ? organisationName(orgs, filter) : '';

  const applyFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const organisation = String(new FormData(event.currentTarget).get('organisatie') ?? '');
    setParams(organisation ? { organisatie: organisation } : {});
  };

  const created = (user: Pick<User, 'username' | 'displayName' | 'organisation'>) => {
    const name = organisationName(orgs, user.organisation);
    const hidden = filter !== '' && filter !== user.organisation;
    setMessage({
      text: `Gebruiker ${user.username} (${user.displayName}) is toegevoegd aan ${name}.`,
      detail: hidden ? (
        <Paragraph>
          De tabel toont nu alleen {filterName}.{' '}
          <Link href={`/beheer?organisatie=${encodeURIComponent(user.organisation)}`}>
            Toon de gebruikers van {name}
          </Link>
        </Paragraph>
      ) : undefined,
    });
  };

  return (
    <Page
      title="Beheer"
      lead={
        <Paragraph>
          Gebruikers en hun rollen per organisatie. Een rol bepaalt wat iemand in Ketenzicht mag; welke rollen
          een organisatie kan hebben, volgt uit haar wettelijke taak.
        </Paragraph>
      }
    >
      <section className="kz-section" aria-labelledby="kz-admin-users">
        <Heading level={2} id="kz-admin-users">
          Gebruikers
        </Heading>
        <SuccessMessage message={message} />
        {organisations.isError && (
          <ErrorAlert error={organisations.error} heading="De organisaties konden niet worden geladen." />
        )}
        <form
          className="kz-form kz-form--inline kz-admin-inline-form"
          onSubmit={applyFilter}
          aria-label="Gebruikers filteren"
        >
          <FormFieldSelect
            label="Toon gebruikers van"
            name="organisatie"
            defaultValue={filter}
            key={`${filter}-${orgs.length}`}
          >
            <SelectOption value="">Alle organisaties</SelectOption>
            <OrganisationOptions organisations={orgs} />
          </FormFieldSelect>
          <SecondaryActionButton type="submit">Filteren</SecondaryActionButton>
        </form>
        {users.isPending ? (
          <Loading text="De gebruikers worden geladen…" />
        ) : users.isError ? (
          <ErrorAlert error={users.error} heading="De gebruikers konden niet worden geladen." />
        ) : (
          <>
            <Paragraph role="status">
              {users.data.length === 0
                ? `${filterName || 'Deze organisatie'} heeft geen gebruikers.`
                : `${formatNumber(users.data.length)} ${users.data.length === 1 ? 'gebruiker' : 'gebruikers'}${
                    filter ? ` van ${filterName}` : ''
                  }.`}
            </Paragraph>
            {users.data.length > 0 && (
              <UsersTable
                users={users.data}
                organisations={orgs}
                caption={filter ? `Gebruikers van ${filterName}` : 'Alle gebruikers'}
              />
            )}
          </>
        )}
      </section>
      <section className="kz-section" aria-labelledby="kz-admin-new-user">
        <Heading level={2} id="kz-admin-new-user">
          Gebruiker toevoegen
        </Heading>
        {organisations.isPending ? (
          <Loading text="De organisaties worden geladen…" />
        ) : (
          <UserForm organisations={orgs} onCreated={created} />
        )}
      </section>
      <section className="kz-section" aria-labelledby="kz-admin-participation">
        <Heading level={2} id="kz-admin-participation">
          Deelname gemeenten
        </Heading>
        <Paragraph>
          Welke gemeenten deelnemen aan de Berichtenbox BIJ en re-integratie, met hun geschiedenis.{' '}
          <Link href="/beheer/deelname">Deelname gemeenten beheren</Link>
        </Paragraph>
        <Paragraph>
          <Link href="/beheer/organisaties">Organisaties met hun gebruikers en deelname</Link>
        </Paragraph>
      </section>
      <section className="kz-section" aria-labelledby="kz-admin-subject">
        <Heading level={2} id="kz-admin-subject">
          Inzageverzoek betrokkene
        </Heading>
        <Paragraph>
          Welke organisaties gegevens van een persoon hebben verwerkt (artikel 15 AVG).{' '}
          <Link href="/beheer/betrokkene">Overzicht voor een betrokkene maken</Link>
        </Paragraph>
      </section>
      <section className="kz-section" aria-labelledby="kz-admin-logs">
        <Heading level={2} id="kz-admin-logs">
          Controle van de logboeken
        </Heading>
        <LogCheck level={3} />
      </section>
    </Page>
  );
}
