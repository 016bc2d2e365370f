// Submitting an editor's form: the API's validation messages go next to their controls, the
// rest to the form's alert, a version conflict is flagged, and focus moves to what needs fixing.
import { useEffect, useRef, useState } from 'react';
import { ApiError, isApiError } from '@/lib/graphql-client';
import { mapApiError, NO_ERRORS, type FormErrors } from '@/lib/field-errors';

/** The names of a form's controls (fieldsets of lists included), which the API's field paths are matched against. */
function controlNames(form: HTMLFormElement | null): Set<string> {
  const names = Array.from(form?.elements ?? [], (e) => (e as HTMLInputElement).name);
  return new Set(names.filter(Boolean));
}

export function useFormSubmit() {
  const form = useRef<HTMLFormElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState(0);

  // After a failed submit: the first control with a message (in page order), else the alert.
  useEffect(() => {
    if (failures === 0) return;
    const invalid = form.current?.querySelector<HTMLElement>(
      '[aria-invalid="true"], fieldset.has-error :is(input, select, textarea)',
    );
    (invalid ?? alert.current)?.focus();
  }, [failures]);

  async function submit(action: () => Promise<void>): Promise<void> {
    setBusy(true);
    setErrors(NO_ERRORS);
    setConflict(false);
    try {
      await action();
    } catch (e) {
      const err = isApiError(e) ? e : new ApiError({ message: String(e), code: 'INTERNAL' });
      // A stale version is a CONFLICT on "version"; a taken id on create is a CONFLICT on input.id, shown at the id.
      if (err.code === 'CONFLICT' && err.field === 'version') setConflict(true);
      else setErrors(mapApiError(err, controlNames(form.current)));
      setFailures((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  return { form, alert, errors, conflict, busy, submit };
}
