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
import { FocusAlert } from '../../components/SuccessMessage.tsx';
import { formatDate } from '../../lib/format.ts';
import { useEndParticipation } from './api/end-participation.ts';
import type { ParticipationBox } from './api/get-participation.ts';
import type { ParticipationRegistration } from './api/get-participation-history.ts';
import { useRegisterParticipation } from './api/register-participation.ts';
import { BOX_LABELS, participationErrors } from './participation-labels.ts';

const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

type Errors = Record<string, string>;

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
  const [from, setFrom] = useState('');
  const [reference, setReference] = useState('');
  const [signed, setSigned] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const refs: Record<string, RefObject<HTMLInputElement | HTMLSelectElement | null>> = {
    box: useRef<HTMLSelectElement>(null),
    from: useRef<HTMLInputElement>(null),
    'authorisation.reference': useRef<HTMLInputElement>(null),
    'authorisation.date': useRef<HTMLInputElement>(null),
  };
  const alertRef = useRef<HTMLDivElement>(null);

  const show = (found: Errors, form: string | null = null) => {
    setErrors(found);
    setFormError(form);
    const first = REGISTER_FIELDS.find((f) => found[f]);
    requestAnimationFrame(() => (first && refs[first] ? refs[first].current : alertRef.current)?.focus());
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (register.isPending) return;
    const found: Errors = {};
    if (!DATE.test(from)) found.from = 'Vul de eerste dag van deelname in.';
    if (box === 'reintegration') {
      if (!reference.trim()) found['authorisation.reference'] = 'Vul het kenmerk van de machtiging in.';
      if (!DATE.test(signed))
        found['authorisation.date'] = 'Vul de datum van ondertekening van de machtiging in.';
    }
    if (Object.keys(found).length > 0) return show(found);
    try {
      const created = await register.mutateAsync({
        municipalityCode,
        box,
        from,
        ...(box === 'reintegration' ? { authorisation: { reference: reference.trim(), date: signed } } : {}),
      });
      setFrom('');
      setReference('');
      setSigned('');
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
    <form className="kz-form" onSubmit={submit} noValidate aria-labelledby="kz-participation-register">
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
      <FormFieldTextInput
        label="Deelname vanaf"
        description="De eerste dag waarop berichten naar de gemeente gaan."
        type="date"
        value={from}
        onChange={(e) => setFrom((e.target as HTMLInputElement).value)}
        invalid={errors.from !== undefined}
        errorMessage={errors.from}
        inputRef={refs.from as RefObject<HTMLInputElement>}
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
          <FormFieldTextInput
            label="Machtiging ondertekend op"
            type="date"
            value={signed}
            onChange={(e) => setSigned((e.target as HTMLInputElement).value)}
            invalid={errors['authorisation.date'] !== undefined}
            errorMessage={errors['authorisation.date']}
            inputRef={refs['authorisation.date'] as RefObject<HTMLInputElement>}
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
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const untilRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const show = (found: Errors, form: string | null = null) => {
    setErrors(found);
    setFormError(form);
    const target = found.until ? untilRef : found.reason ? reasonRef : alertRef;
    requestAnimationFrame(() => target.current?.focus());
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (end.isPending) return;
    const found: Errors = {};
    if (!DATE.test(until)) found.until = 'Vul de eerste dag in waarop de gemeente niet meer deelneemt.';
    else if (until < registration.from)
      found.until = `De einddatum ligt vóór het begin van de deelname (${formatDate(registration.from)}).`;
    if (!reason.trim()) found.reason = 'Geef een reden op. Zonder reden wordt niets gewijzigd.';
    if (Object.keys(found).length > 0) return show(found);
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
    <form className="kz-form" onSubmit={submit} noValidate aria-label="Deelname beëindigen">
      <ErrorSummary
        heading="De deelname is niet beëindigd."
        errors={errors}
        order={END_FIELDS}
        form={formError}
        alertRef={alertRef}
      />
      <FormFieldTextInput
        label="Geen deelname meer vanaf"
        description="De eerste dag waarop berichten niet meer naar de gemeente gaan. Gelijk aan de begindatum trekt een foutieve registratie in."
        type="date"
        value={until}
        onChange={(e) => setUntil((e.target as HTMLInputElement).value)}
        invalid={errors.until !== undefined}
        errorMessage={errors.until}
        inputRef={untilRef}
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
