import { useSearchParams } from 'react-router';
import { SearchPage } from '@/features/search/components/search-page';

/** /search?q=<text> */
export function SearchRoute() {
  const [params] = useSearchParams();
  return <SearchPage text={params.get('q') ?? ''} />;
}
