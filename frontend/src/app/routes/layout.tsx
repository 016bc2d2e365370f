import { NavLink, Outlet } from 'react-router';
import { SessionMenu } from '@/features/auth/components/session-menu';
import { SearchBox } from '@/features/search/components/search-box';
import { canEdit, isAdmin } from '@/lib/roles';
import { useSession } from '@/lib/session';

export function Layout() {
  const session = useSession();
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
          <NavLink to="/network">Network</NavLink>{' '}
          <NavLink to="/audit">Funding audit</NavLink>{' '}
          <NavLink to="/duplicates">Duplicates</NavLink> <NavLink to="/renewals">Renewals</NavLink>
          {canEdit(session) && (
            <>
              {' '}
              <NavLink to="/edit">Edit</NavLink>
            </>
          )}
          {isAdmin(session) && (
            <>
              {' '}
              <NavLink to="/import">Import</NavLink> <NavLink to="/accounts">Accounts</NavLink>
            </>
          )}
        </nav>
        <SearchBox />
        <SessionMenu />
      </header>
      <main id="main">
        <Outlet />
      </main>
    </>
  );
}
