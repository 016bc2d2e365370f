import { RecordPicker } from '@/components/form/record-picker';

/** Administrators choose who owns a record; an officer's records belong to the officer's organisation. */
export function OwnerField({ value, onChange, admin }: { value: string; onChange: (v: string) => void; admin: boolean }) {
  if (!admin) return null;
  return (
    <RecordPicker
      kind="actor"
      name="owner"
      label="Owner"
      hint="The organisation whose officers may change the record and who alone sees it when confidential: type part of its name and choose it."
      value={value}
      onChange={onChange}
    />
  );
}
