import { createBrowserRouter, RouterProvider } from 'react-router';
import { AccountsRoute, ImportRoute } from './routes/admin';
import { AuditRoute } from './routes/audit';
import { CountryRoute } from './routes/country';
import { DuplicatesRoute } from './routes/duplicates';
import { EditIndexRoute, EditLeadRoute, EditRecordRoute } from './routes/edit';
import { Layout } from './routes/layout';
import { MapRoute } from './routes/map';
import { NetworkRoute } from './routes/network';
import { NotFoundRoute } from './routes/not-found';
import { RenewalsRoute } from './routes/renewals';
import { ActivityRoute, ActorRoute, MissionRoute } from './routes/profile';
import { SearchRoute } from './routes/search';
import { SignInRoute } from './routes/sign-in';

export const routes = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <MapRoute /> },
      { path: 'country/:code', element: <CountryRoute /> },
      { path: 'search', element: <SearchRoute /> },
      { path: 'actor/:id', element: <ActorRoute /> },
      { path: 'mission/:id', element: <MissionRoute /> },
      { path: 'activity/:id', element: <ActivityRoute /> },
      { path: 'sign-in', element: <SignInRoute /> },
      { path: 'network', element: <NetworkRoute /> },
      { path: 'audit', element: <AuditRoute /> },
      { path: 'duplicates', element: <DuplicatesRoute /> },
      { path: 'renewals', element: <RenewalsRoute /> },
      { path: 'edit', element: <EditIndexRoute /> },
      { path: 'edit/lead', element: <EditLeadRoute /> },
      { path: 'edit/:kind/:id', element: <EditRecordRoute /> },
      { path: 'accounts', element: <AccountsRoute /> },
      { path: 'import', element: <ImportRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  const router = createBrowserRouter(routes);
  return <RouterProvider router={router} />;
}
