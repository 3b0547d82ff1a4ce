import {
  Button,
  FormFieldSelect,
  FormFieldTextarea,
  FormFieldTextInput,
  Paragraph,
  PrimaryActionButton,
  SelectOption,
  UnorderedList,
  UnorderedListItem,
} from '@rijkshuisstijl-community/components-react';
import { type FormEvent, type RefObject, useRef, useState } from 'react';
import { DateInput, readDate } from '../../components/DateInput.tsx';
import { FocusAlert } from '../../components/SuccessMessage.tsx';
import { formatDate } from '../../lib/format.ts';
import { useEndParticipation } from './api/end-participation.ts';
import type { ParticipationBox } from './api/get-participation.ts';
import type { ParticipationRegistration } from './api/get-participation-history.ts';
import { useRegisterParticipation } from './api/register-participation.ts';
import { BOX_LABELS, participationErrors } from './participation-labels.ts';

type Errors = Record<string, string>;

/** A DateInput is three fields: an error there puts the focus on its first, the day. */
const dayField = (form: HTMLFormElement | null, name: string) =>
  form?.querySelector<HTMLInputElement>(`input[name="${CSS.escape(name)}-day"]`) ?? null;

/** The error summary above a form: each message once, in field order. */
function ErrorSummary({
  heading,
  errors,
  order,
  form,
  alertRef,
}: {
  heading: string;
  errors: Errors;
  order: readonly string[];
  form: string | null;
  alertRef: RefObject<HTMLDivElement | null>;
}) {
  const listed = order.filter((f) => errors[f]);
  if (form)
    return (
      <FocusAlert type="error" role="alert" ref={alertRef}>
        <Paragraph>{form}</Paragraph>
      </FocusAlert>
    );
  if (listed.length === 0) return null;
  return (
    <FocusAlert type="error" role="alert" ref={alertRef}>
      <Paragraph className="kz-alert-heading">{heading}</Paragraph>
      <UnorderedList>
        {listed.map((f) => (
          <UnorderedListItem key={f}>{errors[f]}</UnorderedListItem>
        ))}
      </UnorderedList>
    </FocusAlert>
  );
}

const REGISTER_FIELDS = ['box', 'from', 'authorisation.reference', 'authorisation.date', 'municipalityCode'];

/**
 * Registering a municipality for a box from a date. Re-integration asks for
 * the mayor's authorisation (its reference and the date it was signed).
 * Checks the fields first; the API's refusals land at their field.
 */
export function RegisterParticipationForm({
  municipalityCode,
  municipalityName,
  onRegistered,
}: {
  municipalityCode: string;
  municipalityName: string;
  onRegistered: (text: string) => void;
}) {
  const register = useRegisterParticipation();
  const [box, setBox] = useState<ParticipationBox>('bij');
  const [reference, setReference] = useState('');
  // A new key empties the date fields (DateInput keeps what is typed) after a registration.
  const [cleared, setCleared] = useState(0);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const refs: Record<string, RefObject<HTMLInputElement | HTMLSelectElement | null>> = {
    box: useRef<HTMLSelectElement>(null),
    'authorisation.reference': useRef<HTMLInputElement>(null),
  };
  const alertRef = useRef<HTMLDivElement>(null);

  const show = (found: Errors, form: string | null = null) => {
    setErrors(found);
    setFormError(form);
    const first = REGISTER_FIELDS.find((f) => found[f]);
    requestAnimationFrame(() => {
      const field = first ? (refs[first]?.current ?? dayField(formRef.current, first)) : null;
      (field ?? alertRef.current)?.focus();
    });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (register.isPending) return;
    const data = new FormData(event.currentTarget);
    const found: Errors = {};
    const from = readDate(data, 'from', { required: true, label: 'de eerste dag van deelname' });
    if (from.error) found.from = from.error;
    const signed =
      box === 'reintegration'
        ? readDate(data, 'authorisation.date', {
            required: true,
            label: 'de datum van ondertekening van de machtiging',
          })
        : { date: '' };
    if (box === 'reintegration') {
      if (!reference.trim()) found['authorisation.reference'] = 'Vul het kenmerk van de machtiging in.';
      if (signed.error) found['authorisation.date'] = signed.error;
    }
    if (Object.keys(found).length > 0 || !from.date) return show(found);
    try {
      const created = await register.mutateAsync({
        municipalityCode,
        box,
        from: from.date,
        ...(box === 'reintegration'
          ? { authorisation: { reference: reference.trim(), date: signed.date ?? '' } }
          : {}),
      });
      setCleared((n) => n + 1);
      setReference('');
      setErrors({});
      setFormError(null);
      onRegistered(
        `${municipalityName} neemt deel aan de Berichtenbox ${BOX_LABELS[created.box]} vanaf ${formatDate(created.from)}.`,
      );
    } catch (error) {
      const problem = participationErrors(error);
      show(problem.fields, problem.form ?? null);
    }
  };

  return (
    <form
      ref={formRef}
      className="kz-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="kz-participation-register"
    >
      <ErrorSummary
        heading="De deelname is niet geregistreerd."
        errors={errors}
        order={REGISTER_FIELDS}
        form={formError}
        alertRef={alertRef}
      />
      <FormFieldSelect
        label="Berichtenbox"
        value={box}
        onChange={(e) => setBox((e.target as HTMLSelectElement).value as ParticipationBox)}
        selectRef={refs.box as RefObject<HTMLSelectElement>}
      >
        <SelectOption value="bij">{BOX_LABELS.bij}</SelectOption>
        <SelectOption value="reintegration">{BOX_LABELS.reintegration}</SelectOption>
      </FormFieldSelect>
      <DateInput
        key={`from-${cleared}`}
        name="from"
        legend="Deelname vanaf"
        description="De eerste dag waarop berichten naar de gemeente gaan. Bijvoorbeeld: 1 7 2027"
        invalid={errors.from !== undefined}
        errorMessage={errors.from}
        required
      />
      {box === 'reintegration' && (
        <>
          <FormFieldTextInput
            label="Kenmerk machtiging burgemeester"
            description="De machtiging waarmee de burgemeester medewerkers aanwijst voor de re-integratieberichten."
            value={reference}
            onChange={(e) => setReference((e.target as HTMLInputElement).value)}
            invalid={errors['authorisation.reference'] !== undefined || errors.authorisation !== undefined}
            errorMessage={errors['authorisation.reference'] ?? errors.authorisation}
            inputRef={refs['authorisation.reference'] as RefObject<HTMLInputElement>}
            maxLength={100}
            required
          />
          <DateInput
            key={`signed-${cleared}`}
            name="authorisation.date"
            legend="Machtiging ondertekend op"
            description="Bijvoorbeeld: 15 6 2027"
            invalid={errors['authorisation.date'] !== undefined}
            errorMessage={errors['authorisation.date']}
            required
          />
        </>
      )}
      {errors.municipalityCode && <Paragraph>{errors.municipalityCode}</Paragraph>}
      <PrimaryActionButton type="submit" busy={register.isPending}>
        {register.isPending ? 'Bezig met opslaan…' : 'Deelname registreren'}
      </PrimaryActionButton>
    </form>
  );
}

const END_FIELDS = ['until', 'reason'];

/** Ending a registration from a date, with the reason (kept in the history). */
export function EndParticipationForm({
  registration,
  onEnded,
  onCancel,
}: {
  registration: ParticipationRegistration;
  onEnded: (text: string) => void;
  onCancel: () => void;
}) {
  const end = useEndParticipation();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const show = (found: Errors, form: string | null = null) => {
    setErrors(found);
    setFormError(form);
    requestAnimationFrame(() =>
      (found.until
        ? dayField(formRef.current, 'until')
        : found.reason
          ? reasonRef.current
          : alertRef.current
      )?.focus(),
    );
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (end.isPending) return;
    const found: Errors = {};
    const { date: until, error } = readDate(new FormData(event.currentTarget), 'until', {
      required: true,
      label: 'de eerste dag waarop de gemeente niet meer deelneemt',
    });
    if (error) found.until = error;
    else if (until !== undefined && until < registration.from)
      found.until = `De einddatum ligt vóór het begin van de deelname (${formatDate(registration.from)}).`;
    if (!reason.trim()) found.reason = 'Geef een reden op. Zonder reden wordt niets gewijzigd.';
    if (Object.keys(found).length > 0 || !until) return show(found);
    try {
      const ended = await end.mutateAsync({ id: registration.id, until, reason: reason.trim() });
      onEnded(
        `De deelname aan de Berichtenbox ${BOX_LABELS[ended.box]} eindigt op ${formatDate(ended.until)}.`,
      );
    } catch (error) {
      const problem = participationErrors(error);
      show(problem.fields, problem.form ?? null);
    }
  };

  return (
    <form ref={formRef} className="kz-form" onSubmit={submit} noValidate aria-label="Deelname beëindigen">
      <ErrorSummary
        heading="De deelname is niet beëindigd."
        errors={errors}
        order={END_FIELDS}
        form={formError}
        alertRef={alertRef}
      />
      <DateInput
        name="until"
        legend="Geen deelname meer vanaf"
        description="De eerste dag waarop berichten niet meer naar de gemeente gaan. Gelijk aan de begindatum trekt een foutieve registratie in. Bijvoorbeeld: 1 1 2028"
        invalid={errors.until !== undefined}
        errorMessage={errors.until}
        required
      />
      <FormFieldTextarea
        label="Reden"
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        invalid={errors.reason !== undefined}
        errorMessage={errors.reason}
        inputRef={reasonRef}
        rows={2}
        maxLength={500}
        required
      />
      <div className="kz-actions">
        <PrimaryActionButton type="submit" busy={end.isPending}>
          {end.isPending ? 'Bezig met opslaan…' : 'Deelname beëindigen'}
        </PrimaryActionButton>
        <Button appearance="subtle-button" onClick={onCancel}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}
