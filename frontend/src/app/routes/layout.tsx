import { NavLink, Outlet } from 'react-router';
import { SessionMenu } from '@/features/auth/components/session-menu';

export function Layout() {
  return (
    <>
      <header className="app-header">
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <strong>Concord</strong>
        <nav aria-label="Main">
          <NavLink to="/" end>
            Map
          </NavLink>{' '}
          <NavLink to="/network">Network</NavLink>
        </nav>
        <SessionMenu />
      </header>
      <main id="main">
        <Outlet />
      </main>
    </>
  );
}
