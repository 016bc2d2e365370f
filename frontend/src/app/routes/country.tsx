import { Link, useParams, useSearchParams } from 'react-router';
import { LiveOverlapAlerts } from '@/features/alerts/components/live-overlap-alerts';
import { CountryView } from '@/features/country/components/country-view';
import { leadEditorPath } from '@/features/editors/utils/editor-paths';
import { canEdit } from '@/lib/roles';
import { useSession } from '@/lib/session';

function today() {
  return new Date().toISOString().slice(0, 10);
}

export function CountryRoute() {
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const session = useSession();
  const at = /^\d{4}-\d{2}-\d{2}$/.test(params.get('at') ?? '') ? params.get('at')! : today();
  const labels = params.get('labels') === '1';
  return (
    <>
      <p>
        <Link to={`/?year=${at.slice(0, 4)}`}>← Back to the map</Link>
        {canEdit(session) && (
          <>
            {' · '}
            <Link to={leadEditorPath(code.toUpperCase())}>Record or remove a lead here</Link>
          </>
        )}
      </p>
      <CountryView
        code={code.toUpperCase()}
        at={at}
        labels={labels}
        onAtChange={(next) => setParams(labels ? { at: next, labels: '1' } : { at: next })}
      />
      <section aria-labelledby="live-alerts">
        <h2 id="live-alerts">Live overlap alerts</h2>
        <LiveOverlapAlerts key={code} country={code.toUpperCase()} />
      </section>
    </>
  );
}
