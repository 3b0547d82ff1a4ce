import {
  Button,
  FormFieldTextarea,
  Paragraph,
  PrimaryActionButton,
} from '@rijkshuisstijl-community/components-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { FocusAlert } from '../../components/SuccessMessage.tsx';
import { type ActionField, actionError, MunicipalitySelect } from './components.tsx';

/**
 * Sending a notice to a municipality an operator chooses, with the reason
 * (kept in the notice's history). Checks both fields before anything is
 * sent; a refusal of the API lands at the field it concerns. The focus goes
 * to the municipality when the form opens, and to the first field in error.
 */
export function RouteForm({
  municipalityLabel,
  reasonLabel,
  reasonDescription,
  submitLabel,
  exclude,
  onSubmit,
  onCancel,
}: {
  municipalityLabel: string;
  reasonLabel: string;
  reasonDescription: string;
  submitLabel: string;
  /** The municipality the notice goes to already, not offered. */
  exclude?: string;
  onSubmit: (municipalityCode: string, reason: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [municipality, setMunicipality] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<ActionField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selectRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    selectRef.current?.focus();
  }, []);

  const focusField = (field: ActionField) =>
    // After the render that shows the error, so its description is read with the field.
    requestAnimationFrame(() => (field === 'municipality' ? selectRef : reasonRef).current?.focus());

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const found: Partial<Record<ActionField, string>> = {};
    if (!municipality) found.municipality = 'Kies de gemeente waar het bericht heen moet.';
    if (!reason.trim()) found.reason = 'Geef een reden op. Zonder reden wordt niets gewijzigd.';
    setErrors(found);
    setFormError(null);
    const first = (['municipality', 'reason'] as const).find((f) => found[f]);
    if (first) {
      focusField(first);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(municipality, reason.trim());
    } catch (error) {
      const problem = actionError(error);
      if (problem.field) {
        setErrors({ [problem.field]: problem.text });
        focusField(problem.field);
      } else {
        setFormError(problem.text);
        requestAnimationFrame(() => alertRef.current?.focus());
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="kz-form kz-ops-route-form" onSubmit={submit} noValidate>
      {formError && (
        <FocusAlert type="error" role="alert" ref={alertRef}>
          <Paragraph>{formError}</Paragraph>
        </FocusAlert>
      )}
      <MunicipalitySelect
        label={municipalityLabel}
        value={municipality}
        onChange={(code) => {
          setMunicipality(code);
          if (errors.municipality) setErrors({ ...errors, municipality: undefined });
        }}
        exclude={exclude}
        errorMessage={errors.municipality}
        selectRef={selectRef}
      />
      <FormFieldTextarea
        label={reasonLabel}
        description={reasonDescription}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        invalid={errors.reason !== undefined}
        errorMessage={errors.reason}
        inputRef={reasonRef}
        rows={3}
        maxLength={2000}
        required
      />
      <div className="kz-actions">
        <PrimaryActionButton type="submit" busy={busy}>
          {busy ? 'Bezig met opslaan…' : submitLabel}
        </PrimaryActionButton>
        <Button appearance="subtle-button" onClick={onCancel}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}
