import { EntityLink } from '@/components/entity-link';
import { subjectLabel, type SubjectLike } from './subject-label';

/** A mission's or activity's name as a link to its profile. */
export function SubjectLink({ subject }: { subject: SubjectLike }) {
  return (
    <EntityLink kind={subject.__typename === 'Mission' ? 'mission' : 'activity'} id={subject.id}>
      {subjectLabel(subject)}
    </EntityLink>
  );
}
