import {
  Alert,
  ButtonLink,
  FormFieldTextInput,
  Paragraph,
  PrimaryActionButton,
} from '@rijkshuisstijl-community/components-react';
import type { FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { normaliseReturnPath } from '../../../../src/access/return-path.ts';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { ApiError } from '../../lib/api.ts';
import { useSession } from '../../lib/auth/get-session.ts';
import { useLoginOptions } from './api/get-login-options.ts';
import { useLogin } from './api/login.ts';

/**
 * Only a page of the portal, read as the browser will read it, so a crafted
 * link cannot send someone elsewhere after login; the service's OIDC login
 * applies the same rule.
 */
export function safeReturnPath(value: string | null): string {
  return normaliseReturnPath(value) ?? '/';
}

const REASONS: Record<string, { type: 'info' | 'warning'; text: string }> = {
  verlopen: { type: 'warning', text: 'Uw sessie is verlopen. Log opnieuw in om verder te werken.' },
  uitgelogd: { type: 'info', text: 'U bent uitgelogd.' },
};

/** Why a login through the identity provider was refused (the callback's codes, src/access/oidc.ts). */
const OIDC_REFUSALS: Record<string, string> = {
  OIDC_USER_UNKNOWN:
    'Uw account bij de identiteitsprovider is niet gekoppeld aan een gebruiker van Ketenzicht. Vraag de beheerder van uw organisatie om het te koppelen.',
  OIDC_STATE_INVALID: 'Het inloggen is verlopen of in een ander venster begonnen. Probeer het opnieuw.',
  OIDC_PROVIDER_ERROR: 'De identiteitsprovider heeft het inloggen geweigerd.',
  OIDC_LOGIN_FAILED:
    'Het antwoord van de identiteitsprovider kon niet worden gecontroleerd. Probeer het opnieuw.',
  OIDC_PROVIDER_UNAVAILABLE: 'De identiteitsprovider is nu niet bereikbaar. Probeer het later opnieuw.',
};

function loginError(error: unknown): string {
  if (error instanceof ApiError) {
    // The service does not say whether the account exists or is locked for this address, nor does the page.
    if (error.code === 'LOGIN_FAILED')
      return 'De gebruikersnaam of het wachtwoord is onjuist, of er is te vaak geprobeerd in te loggen. Controleer uw gegevens of probeer het later opnieuw.';
    if (error.status === 429) return 'Te veel inlogpogingen. Wacht een minuut en probeer het opnieuw.';
    if (error.status === 400) return 'Vul uw gebruikersnaam en wachtwoord in.';
  }
  return 'Inloggen is niet gelukt. Probeer het later opnieuw.';
}

export function LoginPage() {
  const [params] = useSearchParams();
  const back = safeReturnPath(params.get('terug'));
  const reason = REASONS[params.get('reden') ?? ''];
  const refusal = params.has('fout')
    ? (OIDC_REFUSALS[params.get('fout') ?? ''] ?? 'Inloggen via uw organisatie is niet gelukt.')
    : undefined;
  const session = useSession();
  const options = useLoginOptions();
  const login = useLogin();

  if (session.isPending) return <Loading text="Uw sessie wordt gecontroleerd…" />;
  if (session.data?.mustChangePassword)
    return <Navigate to={`/wachtwoord?terug=${encodeURIComponent(back)}`} replace />;
  if (session.data) return <Navigate to={back} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    login.mutate({
      username: String(form.get('username') ?? ''),
      password: String(form.get('password') ?? ''),
    });
  };

  return (
    <Page title="Inloggen">
      {reason && !login.isError && (
        <Alert type={reason.type} role="status">
          <Paragraph>{reason.text}</Paragraph>
        </Alert>
      )}
      {refusal && !login.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{refusal}</Paragraph>
        </Alert>
      )}
      {login.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{loginError(login.error)}</Paragraph>
        </Alert>
      )}
      {options.data?.password !== false && (
        <form className="kz-form" onSubmit={submit}>
          <FormFieldTextInput label="Gebruikersnaam" name="username" autoComplete="username" required />
          <FormFieldTextInput
            label="Wachtwoord"
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
          <PrimaryActionButton type="submit" disabled={login.isPending}>
            {login.isPending ? 'Bezig met inloggen…' : 'Inloggen'}
          </PrimaryActionButton>
        </form>
      )}
      {options.data?.oidc && (
        <section className="kz-section" aria-labelledby="oidc-heading">
          <h2 id="oidc-heading" className="utrecht-heading-2">
            {options.data.password ? 'Of log in via uw organisatie' : 'Log in via uw organisatie'}
          </h2>
          <ButtonLink
            appearance="secondary-action-button"
            href={`${options.data.oidc.loginUrl}?returnTo=${encodeURIComponent(back)}`}
          >
            Inloggen met uw organisatie-account
          </ButtonLink>
        </section>
      )}
    </Page>
  );
}
