import { TextInput } from './inputs';
import { OPTION_LISTS } from './option-lists';

/** Administrators choose who owns a record; an officer's records belong to the officer's organisation. */
export function OwnerField({ value, onChange, admin }: { value: string; onChange: (v: string) => void; admin: boolean }) {
  if (!admin) return null;
  return (
    <TextInput
      name="owner"
      label="Owner (actor id)"
      hint="The organisation whose officers may change the record and who alone sees it when confidential."
      value={value}
      onChange={onChange}
      list={OPTION_LISTS.actors}
    />
  );
}
