import { Button, Footer, Link, Logo, Paragraph, SkipLink } from '@rijkshuisstijl-community/components-react';
import { useQueryClient } from '@tanstack/react-query';
import { type MouseEvent, useEffect, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { ABOUT_PAGES } from '../features/about/routes.tsx';
import { useLogout } from '../features/auth/api/logout.ts';
import { onSessionEnded } from '../lib/api.ts';
import { sessionKey, useSession } from '../lib/auth/get-session.ts';
import { hasRole } from '../lib/auth/roles.ts';
import { PUBLIC_SECTIONS, SECTIONS } from './sections.ts';

/**
 * The design system's links are plain <a href>: a click on one inside the
 * portal is taken over by the router, so the page is not loaded again.
 */
function useInternalLinks() {
  const navigate = useNavigate();
  return (event: MouseEvent<HTMLDivElement>) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const anchor = (event.target as HTMLElement).closest('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname.startsWith('/api/') || url.hash) return;
    event.preventDefault();
    navigate(`${url.pathname}${url.search}`);
  };
}

/** When a call finds the session gone, forget everything it showed and ask to log in again. */
function useSessionEnd() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  useEffect(
    () =>
      onSessionEnded((code) => {
        client.clear();
        client.setQueryData(sessionKey, null);
        const reason = code === 'SESSION_EXPIRED' ? 'reden=verlopen&' : '';
        navigate(`/inloggen?${reason}terug=${encodeURIComponent(here)}`, { replace: true });
      }),
    [client, navigate, here],
  );
}

function Emblem() {
  // The Rijkshuisstijl's vertical band; the national emblem itself is not ours to use.
  return (
    <svg className="kz-emblem" viewBox="0 0 44 88" aria-hidden="true" focusable="false">
      <rect width="44" height="88" />
    </svg>
  );
}

export function Layout() {
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const onClick = useInternalLinks();
  useSessionEnd();
  const user = session.data?.user;
  const sections = SECTIONS.filter((s) => hasRole(user?.roles, s.roles));
  // On a narrow screen the menu folds behind a button (styles.css); a choice folds it again.
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page is the reason to fold the menu
  useEffect(() => setMenuOpen(false), [pathname]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only catches clicks that bubble up from links
    // biome-ignore lint/a11y/useKeyWithClickEvents: Enter on a link fires the same click event
    <div className="kz-page" onClick={onClick}>
      <SkipLink href="#main">Naar de hoofdinhoud</SkipLink>
      <header className="kz-header">
        <div className="kz-header__logo">
          <Logo organisation="Ministerie van Justitie en Veiligheid" subtitle="Ketenzicht">
            <Emblem />
          </Logo>
        </div>
      </header>
      <div className="rhc-nav-bar__container">
        <nav className={`rhc-nav-bar kz-nav${menuOpen ? ' kz-nav--open' : ''}`} aria-label="Hoofdmenu">
          <button
            type="button"
            className="kz-nav__toggle"
            aria-expanded={menuOpen}
            aria-controls="kz-nav-menu"
            onClick={() => setMenuOpen(!menuOpen)}
          >
            Menu
          </button>
          <ul id="kz-nav-menu" className="rhc-nav-bar__list kz-nav__list">
            <li className="rhc-nav-bar__item">
              <NavLink to="/" end className="rhc-nav-bar__link nl-link">
                Start
              </NavLink>
            </li>
            {PUBLIC_SECTIONS.map((s) => (
              <li key={s.path} className="rhc-nav-bar__item">
                <NavLink to={s.path} className="rhc-nav-bar__link nl-link">
                  {s.label}
                </NavLink>
              </li>
            ))}
            {sections.map((s) => (
              <li key={s.path} className="rhc-nav-bar__item">
                <NavLink to={s.path} className="rhc-nav-bar__link nl-link">
                  {s.label}
                </NavLink>
              </li>
            ))}
            {!user && !session.isPending && (
              <li className="rhc-nav-bar__item">
                <NavLink to="/inloggen" className="rhc-nav-bar__link nl-link">
                  Inloggen
                </NavLink>
              </li>
            )}
          </ul>
          {user && (
            <div className="kz-nav__user">
              <span>
                {user.displayName} <span className="kz-muted">({user.organisation})</span>
              </span>
              <NavLink to="/wachtwoord" className="nl-link">
                Wachtwoord wijzigen
              </NavLink>
              <Button
                appearance="subtle-button"
                onClick={() =>
                  logout.mutate(undefined, { onSettled: () => navigate('/inloggen?reden=uitgelogd') })
                }
              >
                Uitloggen
              </Button>
            </div>
          )}
        </nav>
      </div>
      <main id="main" className="kz-main" tabIndex={-1}>
        <Outlet />
      </main>
      <Footer
        columns={[
          {
            heading: 'Over dit portaal',
            children: (
              <>
                <Paragraph>
                  Het informatieplatform van de strafrechtketen. Elke raadpleging van persoonsgegevens wordt
                  vastgelegd in het logboek dataverwerkingen.
                </Paragraph>
                <ul className="kz-footer-links">
                  {ABOUT_PAGES.map((p) => (
                    <li key={p.path}>
                      <Link href={p.path}>{p.label}</Link>
                    </li>
                  ))}
                </ul>
              </>
            ),
          },
          {
            heading: 'Voor ontwikkelaars',
            children: (
              <Paragraph>
                <Link href="/api/v1/docs">API-documentatie</Link>
              </Paragraph>
            ),
          },
        ]}
      />
    </div>
  );
}
