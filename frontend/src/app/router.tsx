import { createBrowserRouter, RouterProvider } from 'react-router';
import { NetworkPlaceholder } from '@/features/network/components/network-placeholder';
import { CountryRoute } from './routes/country';
import { Layout } from './routes/layout';
import { MapRoute } from './routes/map';
import { NotFoundRoute } from './routes/not-found';
import { SignInRoute } from './routes/sign-in';

export const routes = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <MapRoute /> },
      { path: 'country/:code', element: <CountryRoute /> },
      { path: 'sign-in', element: <SignInRoute /> },
      { path: 'network', element: <NetworkPlaceholder /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  const router = createBrowserRouter(routes);
  return <RouterProvider router={router} />;
}
