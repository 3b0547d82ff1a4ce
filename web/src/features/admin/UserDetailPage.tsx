import {
  Alert,
  Fieldset,
  FormFieldCheckboxOption,
  FormFieldTextInput,
  Heading,
  Link,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
} from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import { ErrorAlert, errorText } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ApiError, api } from '../../lib/api.ts';
import { ROLE_LABELS, ROLES, type Role } from '../../lib/auth/roles.ts';
import { useOrganisations } from './api/get-organisations.ts';
import { usersKey } from './api/get-users.ts';
import { type AdminUser, type ResetResult, type UserAction, useUserAction } from './api/user-actions.ts';
import { roleAllowed, roleHolders } from './organisation-roles.ts';
import { UserHistory } from './UserHistory.tsx';
import { ACTION_ERRORS } from './user-action-errors.ts';

/** The refusal in words for this page (SELF_LOCKOUT, OIDC_USER, …), else the general text. */
const actionErrorText = (error: unknown) =>
  (error instanceof ApiError && ACTION_ERRORS[error.code]) || errorText(error);

const DONE: Record<UserAction['kind'], string> = {
  edit: 'De gegevens zijn opgeslagen.',
  roles: 'De rollen zijn opgeslagen. Ze gelden vanaf het volgende verzoek van de gebruiker.',
  deactivate: 'De gebruiker is gedeactiveerd. Lopende sessies zijn beëindigd.',
  reactivate: 'De gebruiker is weer actief en kan inloggen.',
  unlock: 'De inlogblokkades zijn opgeheven.',
  reset: 'Het wachtwoord is hersteld.',
};

/**
 * Beheer → one user: name and e-mail address, roles (only those the
 * organisation may hold), deactivate or reactivate, unlock, a password
 * reset whose temporary password is shown here once (not for a user who
 * logs in through their organisation), and the account's history.
 */
export function UserDetailPage() {
  const id = Number(useParams().id);
  const user = useQuery({
    queryKey: [...usersKey, 'one', id],
    queryFn: () => api<AdminUser>(`/gebruikers/${id}`),
  });
  const organisations = useOrganisations();
  const action = useUserAction();
  const [done, setDone] = useState<string | null>(null);
  const [temporary, setTemporary] = useState<string | null>(null);

  const run = (a: UserAction) => {
    setDone(null);
    setTemporary(null);
    action.mutate(a, {
      onSuccess: (result) => {
        setDone(DONE[a.kind]);
        if ('temporaryPassword' in result) setTemporary((result as ResetResult).temporaryPassword);
        void user.refetch();
      },
    });
  };

  if (user.isPending) return <Loading text="De gebruiker wordt geladen…" />;
  if (user.isError) return <ErrorAlert error={user.error} heading="De gebruiker kon niet worden geladen." />;
  const u = user.data;
  const kind = organisations.data?.find((o) => o.code === u.organisation)?.kind;

  const saveDetails = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    run({
      kind: 'edit',
      id,
      edit: { displayName: String(form.get('displayName') ?? '').trim(), email: email || null },
    });
  };
  const saveRoles = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const roles = new FormData(event.currentTarget).getAll('roles').map(String) as Role[];
    run({ kind: 'roles', id, roles });
  };

  return (
    <Page
      title={`Gebruiker ${u.username}`}
      lead={
        <Paragraph>
          {u.displayName}, {u.organisation}. Status: {u.active ? 'actief' : 'gedeactiveerd'}
          {u.mustChangePassword ? ', moet het wachtwoord nog wijzigen' : ''}
          {u.lockedClients > 0 ? `, geblokkeerd voor ${u.lockedClients} adres(sen)` : ''}.{' '}
          <Link href={`/beheer?organisatie=${encodeURIComponent(u.organisation)}`}>
            Terug naar de gebruikers
          </Link>
        </Paragraph>
      }
    >
      {done && (
        <Alert type="ok" role="status">
          <Paragraph>{done}</Paragraph>
          {temporary && (
            <Paragraph>
              Tijdelijk wachtwoord (wordt maar één keer getoond; geef het via een ander kanaal door,
              bijvoorbeeld telefonisch): <code className="kz-admin-temporary">{temporary}</code>
            </Paragraph>
          )}
        </Alert>
      )}
      {action.isError && (
        <Alert type="error" role="alert">
          <Paragraph>Dat is niet gelukt. {actionErrorText(action.error)}</Paragraph>
        </Alert>
      )}
      <section className="kz-section" aria-labelledby="kz-user-details">
        <Heading level={2} id="kz-user-details">
          Gegevens
        </Heading>
        <form className="kz-form" onSubmit={saveDetails} key={`${u.displayName}-${u.email}`}>
          <FormFieldTextInput label="Naam" name="displayName" defaultValue={u.displayName} required />
          <FormFieldTextInput
            label="E-mailadres"
            description="Laat leeg om het adres te verwijderen."
            name="email"
            type="email"
            defaultValue={u.email ?? ''}
          />
          <PrimaryActionButton type="submit">Gegevens opslaan</PrimaryActionButton>
        </form>
      </section>
      <section className="kz-section" aria-labelledby="kz-user-roles">
        <Heading level={2} id="kz-user-roles">
          Rollen
        </Heading>
        <form className="kz-form" onSubmit={saveRoles} key={u.roles.join()}>
          <Fieldset legend="Rollen">
            {ROLES.filter((role) => roleAllowed(role, kind) || u.roles.includes(role)).map((role) => (
              <FormFieldCheckboxOption
                key={role}
                name="roles"
                value={role}
                label={ROLE_LABELS[role]}
                description={roleHolders(role)}
                defaultChecked={u.roles.includes(role)}
              />
            ))}
          </Fieldset>
          <PrimaryActionButton type="submit">Rollen opslaan</PrimaryActionButton>
        </form>
      </section>
      <section className="kz-section" aria-labelledby="kz-user-access">
        <Heading level={2} id="kz-user-access">
          Toegang
        </Heading>
        <div className="kz-admin-actions">
          {u.active ? (
            <SecondaryActionButton onClick={() => run({ kind: 'deactivate', id })}>
              Deactiveren
            </SecondaryActionButton>
          ) : (
            <SecondaryActionButton onClick={() => run({ kind: 'reactivate', id })}>
              Activeren
            </SecondaryActionButton>
          )}
          <SecondaryActionButton onClick={() => run({ kind: 'unlock', id })} disabled={u.lockedClients === 0}>
            Blokkades opheffen
          </SecondaryActionButton>
          {!u.oidcLinked && (
            <SecondaryActionButton onClick={() => run({ kind: 'reset', id })} disabled={!u.active}>
              Wachtwoord herstellen
            </SecondaryActionButton>
          )}
        </div>
        {u.oidcLinked && (
          <Paragraph>
            Deze gebruiker logt in via de eigen organisatie. Het wachtwoord wordt daar beheerd, niet hier.
          </Paragraph>
        )}
      </section>
      <UserHistory id={id} />
    </Page>
  );
}
