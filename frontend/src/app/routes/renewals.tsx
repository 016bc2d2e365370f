import { RenewalsPage } from '@/features/renewals/components/renewals-page';

export function RenewalsRoute() {
  return <RenewalsPage />;
}
