import {
  Alert,
  FormFieldTextInput,
  Paragraph,
  PrimaryActionButton,
} from '@rijkshuisstijl-community/components-react';
import { type FormEvent, useState } from 'react';
import { errorText } from '../../components/ErrorAlert.tsx';
import { ApiError } from '../../lib/api.ts';
import { MIN_PASSWORD_LENGTH, useChangePassword } from './api/change-password.ts';

type Field = 'currentPassword' | 'newPassword' | 'repeat';
type Errors = Partial<Record<Field, string>>;

/** The server's refusals, in the portal's words, by the field they are about. */
function serverErrors(error: unknown): Errors {
  if (!(error instanceof ApiError)) return {};
  if (error.code === 'CURRENT_PASSWORD_WRONG')
    return { currentPassword: 'Het huidige wachtwoord klopt niet.' };
  if (error.code === 'WEAK_PASSWORD')
    return { newPassword: `Een wachtwoord heeft minstens ${MIN_PASSWORD_LENGTH} tekens.` };
  if (error.code === 'PASSWORD_UNCHANGED')
    return { newPassword: 'Kies een ander wachtwoord dan het huidige.' };
  return {};
}

/**
 * One's own password: the current one (after a reset, the temporary one),
 * a new one of at least 12 characters, typed twice. Checked here first, then
 * by the service, whose refusals show at their field.
 */
export function PasswordChangeForm({
  currentLabel,
  onChanged,
}: {
  currentLabel: string;
  onChanged: () => void;
}) {
  const change = useChangePassword();
  const [errors, setErrors] = useState<Errors>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const currentPassword = String(form.get('currentPassword') ?? '');
    const newPassword = String(form.get('newPassword') ?? '');
    const repeat = String(form.get('repeat') ?? '');
    const found: Errors = {};
    if (!currentPassword) found.currentPassword = `Vul uw ${currentLabel.toLowerCase()} in.`;
    if (newPassword.length < MIN_PASSWORD_LENGTH)
      found.newPassword = `Een wachtwoord heeft minstens ${MIN_PASSWORD_LENGTH} tekens.`;
    else if (repeat !== newPassword) found.repeat = 'De twee nieuwe wachtwoorden zijn niet gelijk.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: onChanged,
        onError: (error) => setErrors(serverErrors(error)),
      },
    );
  };

  const shown = Object.values(errors);
  return (
    <form className="kz-form" onSubmit={submit} noValidate aria-label="Wachtwoord wijzigen">
      {change.isError && shown.length === 0 && (
        <Alert type="error" role="alert">
          <Paragraph>Het wachtwoord is niet gewijzigd. {errorText(change.error)}</Paragraph>
        </Alert>
      )}
      <FormFieldTextInput
        label={currentLabel}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        invalid={errors.currentPassword !== undefined}
        errorMessage={errors.currentPassword}
      />
      <FormFieldTextInput
        label="Nieuw wachtwoord"
        description={`Minstens ${MIN_PASSWORD_LENGTH} tekens. Een zin van een paar woorden is sterk en goed te onthouden.`}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        invalid={errors.newPassword !== undefined}
        errorMessage={errors.newPassword}
      />
      <FormFieldTextInput
        label="Herhaal het nieuwe wachtwoord"
        name="repeat"
        type="password"
        autoComplete="new-password"
        invalid={errors.repeat !== undefined}
        errorMessage={errors.repeat}
      />
      <PrimaryActionButton type="submit" disabled={change.isPending}>
        Wachtwoord wijzigen
      </PrimaryActionButton>
    </form>
  );
}
