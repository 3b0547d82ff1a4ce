import {
  Button,
  FormFieldSelect,
  FormFieldTextarea,
  Heading,
  Paragraph,
  SelectOption,
} from '@rijkshuisstijl-community/components-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { type Municipality, useMunicipalities } from '../../reference/get-municipalities.ts';
import { useForwardNotice } from './api/forward-notice.ts';

interface FieldErrors {
  municipality?: string;
  reason?: string;
}

/**
 * Forwarding a BIJ notice to the municipality it belongs to: any current
 * municipality but the user's own, with a reason that goes into the history.
 * Opening it puts the focus on its first field; a missing field is named
 * beside it and gets the focus.
 */
export function ForwardForm({
  id,
  noticeId,
  ownMunicipality,
  onForwarded,
  onCancel,
}: {
  id: string;
  noticeId: number;
  ownMunicipality: string | undefined;
  onForwarded: (to: Municipality) => void;
  onCancel: () => void;
}) {
  const municipalities = useMunicipalities();
  const forward = useForwardNotice();
  const [errors, setErrors] = useState<FieldErrors>({});
  const selectRef = useRef<HTMLSelectElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const loaded = municipalities.isSuccess;

  useEffect(() => {
    if (loaded) selectRef.current?.focus();
  }, [loaded]);

  const choices = (municipalities.data ?? []).filter((m) => m.code !== ownMunicipality);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const code = String(form.get('municipalityCode') ?? '');
    const reason = String(form.get('reason') ?? '').trim();
    const target = choices.find((m) => m.code === code);
    const found: FieldErrors = {
      municipality: target ? undefined : 'Kies de gemeente waarnaar u het bericht wilt doorsturen.',
      reason: reason ? undefined : 'Vul de reden in waarom u het bericht doorstuurt.',
    };
    setErrors(found);
    if (found.municipality) return selectRef.current?.focus();
    if (found.reason) return reasonRef.current?.focus();
    if (!target) return;
    forward.mutate(
      { id: noticeId, municipalityCode: target.code, reason },
      { onSuccess: () => onForwarded(target) },
    );
  };

  return (
    <div id={id} className="kz-bbx-forward">
      <Heading level={3} id={`${id}-heading`}>
        Doorsturen naar andere gemeente
      </Heading>
      <Paragraph>
        Is dit bericht bedoeld voor een andere gemeente? Stuur het dan door. Die gemeente krijgt een kopie in
        haar berichtenbox; dit bericht krijgt de status Doorgestuurd. Beide velden zijn verplicht.
      </Paragraph>
      {municipalities.isPending ? (
        <Loading text="De gemeenten worden geladen…" />
      ) : municipalities.isError ? (
        <ErrorAlert error={municipalities.error} heading="De lijst met gemeenten kon niet worden geladen." />
      ) : (
        <form className="kz-form" aria-labelledby={`${id}-heading`} onSubmit={submit} noValidate>
          {forward.isError && <ErrorAlert error={forward.error} heading="Doorsturen is niet gelukt." />}
          <FormFieldSelect
            label="Gemeente"
            name="municipalityCode"
            defaultValue=""
            selectRef={selectRef}
            invalid={Boolean(errors.municipality)}
            errorMessage={errors.municipality}
          >
            <SelectOption value="">Kies een gemeente</SelectOption>
            {choices.map((m) => (
              <SelectOption key={m.code} value={m.code}>
                {m.name}
              </SelectOption>
            ))}
          </FormFieldSelect>
          <FormFieldTextarea
            label="Reden"
            name="reason"
            description="Waarom is dit bericht voor die gemeente? De reden komt in de geschiedenis van het bericht."
            rows={4}
            maxLength={2000}
            required
            inputRef={reasonRef}
            invalid={Boolean(errors.reason)}
            errorMessage={errors.reason}
          />
          <div className="kz-actions">
            <Button appearance="primary-action-button" type="submit" disabled={forward.isPending}>
              {forward.isPending ? 'Bezig met doorsturen…' : 'Doorsturen'}
            </Button>
            <Button appearance="secondary-action-button" type="button" onClick={onCancel}>
              Annuleren
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
