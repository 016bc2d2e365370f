import { EntityLink } from '@/components/entity-link';
import { subjectLabel, type SubjectLike } from './subject-label';

/** A mission's or activity's name (or the label given) as a link to its profile. */
export function SubjectLink({ subject, label }: { subject: SubjectLike; label?: string }) {
  return (
    <EntityLink kind={subject.__typename === 'Mission' ? 'mission' : 'activity'} id={subject.id}>
      {label ?? subjectLabel(subject)}
    </EntityLink>
  );
}
