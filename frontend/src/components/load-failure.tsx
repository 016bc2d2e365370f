import type { ApiError } from '@/lib/graphql-client';

/** What failed to load, the API's message, and a way to try again. */
export function LoadFailure({ what, error, retry }: { what: string; error: ApiError; retry: () => void }) {
  return (
    <p role="alert" className="error">
      Could not load {what}: {error.message}{' '}
      <button type="button" onClick={retry}>
        Retry
      </button>
    </p>
  );
}
