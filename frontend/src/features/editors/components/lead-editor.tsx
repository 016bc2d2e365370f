import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { isApiError, request } from '@/lib/graphql-client';
import { useSession } from '@/lib/session';
import { useQuery } from '@/lib/use-query';
import { DeleteLeadDocument, LeadsInCountryDocument, SetLeadDocument } from '../api/lead';
import { FUNCTION_LABELS } from '../utils/labels';
import { blankLead, leadInput, leadValues, looksLikeCountryCode, type LeadRecord, type LeadValues } from '../utils/lead-values';
import { isAdmin } from '@/lib/roles';
import { EditorGate } from './editor-gate';
import { FieldErrorsContext } from '@/components/form/field-errors-context';
import { FormAlert } from '@/components/form/form-alert';
import { Select, TextArea, TextInput } from '@/components/form/inputs';
import { RecordPicker } from '@/components/form/record-picker';
import { LeadList } from './lead-list';
import { useFormSubmit } from '@/components/form/use-form-submit';
import '@/components/form/form.css';

/**
 * Records and removes the designated lead organisations of a country's functions. Administrators
 * record any lead; officers those of their own organisation (the API's rule).
 */
export function LeadEditor({ initialCountry = '' }: { initialCountry?: string }) {
  const session = useSession();
  const admin = isAdmin(session);
  const org = session?.account.org?.id ?? '';
  const headingId = useId();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const [values, setValues] = useState<LeadValues>(() => blankLead(initialCountry.toUpperCase(), admin ? '' : org));
  const [status, setStatus] = useState('');
  const [removeError, setRemoveError] = useState('');
  const [removing, setRemoving] = useState(false);
  const { form, alert, errors, busy, submit } = useFormSubmit();
  const set = <K extends keyof LeadValues>(key: K, value: LeadValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const country = values.country.trim().toUpperCase();
  const showList = looksLikeCountryCode(country);
  const leads = useQuery(LeadsInCountryDocument, { country }, { skip: !showList });
  const mayChange = (l: LeadRecord) => admin || l.actor.id === org;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setStatus('');
    void submit(async () => {
      const input = leadInput(values);
      await request(SetLeadDocument, { input });
      setStatus(`Lead recorded: ${input.actor} for ${FUNCTION_LABELS[input.function]} in ${input.country}.`);
    });
  }

  async function remove(l: LeadRecord) {
    setStatus('');
    setRemoveError('');
    setRemoving(true);
    try {
      await request(DeleteLeadDocument, { input: leadInput(leadValues(l)) });
      setStatus(`Lead removed: ${l.actor.acronym || l.actor.name} for ${l.function.name}.`);
    } catch (e) {
      setRemoveError(isApiError(e) ? e.message : String(e));
    } finally {
      setRemoving(false);
      // The button pressed is gone (or the list reloads): continue from the list's heading.
      listHeading.current?.focus();
    }
  }

  return (
    <article className="editor">
      <p>
        <Link to="/edit">← All editors</Link>
      </p>
      <h1 id={headingId}>Leads</h1>
      <p>
        A lead is the organisation designated to coordinate a function in a country. It is known by its organisation,
        country, function and start: recording one with the same four replaces its end and note; a different start
        records another lead.
      </p>
      <p role="status" className="saved">
        {status}
      </p>
      <FormAlert ref={alert} noun="lead" messages={errors.form} conflict={false} />
      <form ref={form} onSubmit={onSubmit} noValidate aria-labelledby={headingId} className="editor-form">
        <FieldErrorsContext.Provider value={errors.fields}>
          <fieldset disabled={busy} className="plain-fieldset">
            <RecordPicker
              kind="country"
              name="country"
              label="Country"
              required
              hint="Type part of its name and choose it, or its ISO alpha-3 code (Kosovo is XKX)."
              value={values.country}
              onChange={(x) => set('country', x)}
            />
            <Select
              name="function"
              label="Function"
              required
              value={values.function}
              options={FUNCTION_LABELS}
              onChange={(x) => set('function', x)}
            />
            {admin ? (
              <RecordPicker kind="actor" name="actor" label="Lead organisation" required value={values.actor} onChange={(x) => set('actor', x)} />
            ) : (
              <TextInput
                name="actor"
                label="Lead organisation (actor id)"
                required
                readOnly
                hint="Officers record leads of their own organisation."
                value={values.actor}
                onChange={(x) => set('actor', x)}
              />
            )}
            <div className="field-row">
              <TextInput name="from" label="From" type="date" value={values.from} onChange={(x) => set('from', x)} />
              <TextInput
                name="to"
                label="To"
                type="date"
                hint="Empty: still the lead."
                value={values.to}
                onChange={(x) => set('to', x)}
              />
            </div>
            <TextArea name="note" label="Note" rows={2} value={values.note} onChange={(x) => set('note', x)} />
            <p className="form-actions">
              <button type="submit">{busy ? 'Saving…' : 'Record lead'}</button>
            </p>
          </fieldset>
        </FieldErrorsContext.Provider>
      </form>
      {removeError && (
        <p role="alert" className="error">
          Could not remove the lead: {removeError}
        </p>
      )}
      {showList ? (
        <LeadList
          headingRef={listHeading}
          country={country}
          leads={leads}
          mayChange={mayChange}
          onEdit={(l) => {
            setValues(leadValues(l));
            form.current?.querySelector<HTMLElement>('input, select')?.focus();
          }}
          onRemove={(l) => void remove(l)}
          busy={removing}
        />
      ) : (
        <p className="hint">Enter a country code to see the leads recorded there.</p>
      )}
    </article>
  );
}

/** The lead editor, for officers and administrators only. */
export function LeadEditorPage({ initialCountry }: { initialCountry?: string }) {
  return (
    <EditorGate>
      <LeadEditor initialCountry={initialCountry} />
    </EditorGate>
  );
}
