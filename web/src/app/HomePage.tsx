import { Heading, Link, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Page } from '../components/Page.tsx';
import { useSession } from '../features/auth/api/get-session.ts';
import { hasRole, ROLE_LABELS } from '../features/auth/roles.ts';
import { SECTIONS } from './sections.ts';

/** The start page: what this user's roles let them do. */
export function HomePage() {
  const session = useSession();
  const user = session.data?.user;
  if (!user) return null;
  const sections = SECTIONS.filter((s) => hasRole(user.roles, s.roles));
  return (
    <Page title={`Welkom, ${user.displayName}`}>
      <Paragraph>
        U bent ingelogd namens {user.organisation} met de rol{user.roles.length > 1 ? 'len' : ''}{' '}
        {user.roles.map((r) => ROLE_LABELS[r]).join(', ')}.
      </Paragraph>
      {sections.length === 0 ? (
        <Paragraph>Uw rol geeft nog geen toegang tot onderdelen van het portaal.</Paragraph>
      ) : (
        <ul className="kz-tasks">
          {sections.map((s) => (
            <li key={s.path} className="kz-task">
              <Heading level={2} appearanceLevel={3}>
                <Link href={s.path}>{s.label}</Link>
              </Heading>
              <Paragraph>{s.description}</Paragraph>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
