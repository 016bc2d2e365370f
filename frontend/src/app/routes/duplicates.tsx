import { DuplicatesPage } from '@/features/duplicates/components/duplicates-page';

export function DuplicatesRoute() {
  return <DuplicatesPage />;
}
