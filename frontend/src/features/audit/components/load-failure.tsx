import type { ApiError } from '@/lib/graphql-client';

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
