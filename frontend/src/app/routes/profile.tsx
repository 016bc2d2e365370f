import { lazy, Suspense, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { mayChange } from '@/lib/roles';
import { useSession } from '@/lib/session';

// The profiles load when one is opened, not with the map.
const ActorProfile = lazy(() => import('@/features/profile/components/actor-profile').then((m) => ({ default: m.ActorProfile })));
const MissionProfile = lazy(() => import('@/features/profile/components/mission-profile').then((m) => ({ default: m.MissionProfile })));
const WithdrawalImpact = lazy(() =>
  import('@/features/withdrawal/components/withdrawal-impact').then((m) => ({ default: m.WithdrawalImpact })),
);
const ActivityProfile = lazy(() => import('@/features/profile/components/activity-profile').then((m) => ({ default: m.ActivityProfile })));

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p role="status">Loading…</p>}>{children}</Suspense>;
}

/** Today's date (ISO, local), the day a withdrawal is first asked about. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The API's write rule for the signed-in user, for the profiles' "Edit" link. */
function useMayEdit() {
  const session = useSession();
  return (ownerId: string | null | undefined) => mayChange(session, ownerId);
}

/** /actor/:id */
export function ActorRoute() {
  const { id = '' } = useParams();
  return (
    <Loading>
      <ActorProfile key={id} id={id} />
      <WithdrawalImpact key={`w-${id}`} leaving={{ kind: 'actor', id }} initialDay={today()} />
    </Loading>
  );
}

/** /mission/:id */
export function MissionRoute() {
  const { id = '' } = useParams();
  const mayEdit = useMayEdit();
  return (
    <Loading>
      <MissionProfile key={id} id={id} mayEdit={mayEdit} />
      <WithdrawalImpact key={`w-${id}`} leaving={{ kind: 'mission', id }} initialDay={today()} />
    </Loading>
  );
}

/** /activity/:id (IATI identifiers hold slashes: the link encodes them) */
export function ActivityRoute() {
  const { id = '' } = useParams();
  const mayEdit = useMayEdit();
  return (
    <Loading>
      <ActivityProfile key={id} id={id} mayEdit={mayEdit} />
    </Loading>
  );
}
