import { Heading, Link, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Loading } from '../components/Loading.tsx';
import { Page } from '../components/Page.tsx';
import { useSession } from '../lib/auth/get-session.ts';
import { hasRole, ROLE_LABELS } from '../lib/auth/roles.ts';
import { PUBLIC_SECTIONS, SECTIONS } from './sections.ts';

interface Task {
  path: string;
  label: string;
  description: string;
}

function Tasks({ tasks }: { tasks: readonly Task[] }) {
  return (
    <ul className="kz-tasks">
      {tasks.map((s) => (
        <li key={s.path} className="kz-task">
          <Heading level={2} appearanceLevel={3}>
            <Link href={s.path}>{s.label}</Link>
          </Heading>
          <Paragraph>{s.description}</Paragraph>
        </li>
      ))}
    </ul>
  );
}

/**
 * The start page. For a visitor: the public figures, and the way in for
 * chain staff. For a logged-in user: what their roles let them do.
 */
export function HomePage() {
  const session = useSession();
  if (session.isPending) return <Loading text="Uw sessie wordt gecontroleerd…" />;
  const user = session.data?.user;
  if (!user)
    return (
      <Page title="Ketenzicht">
        <Paragraph>
          Het informatieplatform van de strafrechtketen: politie, Openbaar Ministerie, rechtspraak, CJIB, DJI,
          reclassering, de Raad voor de Kinderbescherming en de gemeenten.
        </Paragraph>
        <Tasks
          tasks={[
            ...PUBLIC_SECTIONS,
            {
              path: '/inloggen',
              label: 'Inloggen',
              description:
                'Voor medewerkers van de ketenorganisaties en gemeenten: raadplegen, de Berichtenbox, operaties en beheer.',
            },
          ]}
        />
      </Page>
    );
  const sections = SECTIONS.filter((s) => hasRole(user.roles, s.roles));
  return (
    <Page title={`Welkom, ${user.displayName}`}>
      <Paragraph>
        U bent ingelogd namens {user.organisation} met de rol{user.roles.length > 1 ? 'len' : ''}{' '}
        {user.roles.map((r) => ROLE_LABELS[r]).join(', ')}.
      </Paragraph>
      {sections.length === 0 && (
        <Paragraph>Uw rol geeft nog geen toegang tot onderdelen van het portaal.</Paragraph>
      )}
      <Tasks tasks={[...sections, ...PUBLIC_SECTIONS]} />
    </Page>
  );
}
