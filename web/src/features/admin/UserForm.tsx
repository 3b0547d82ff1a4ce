import {
  Fieldset,
  FormFieldCheckboxOption,
  FormFieldErrorMessage,
  FormFieldSelect,
  FormFieldTextInput,
  Paragraph,
  PrimaryActionButton,
  SelectOption,
  UnorderedList,
  UnorderedListItem,
} from '@rijkshuisstijl-community/components-react';
import { type FormEvent, type RefObject, useRef, useState } from 'react';
import { errorText } from '../../components/ErrorAlert.tsx';
import { FocusAlert } from '../../components/SuccessMessage.tsx';
import { ApiError } from '../../lib/api.ts';
import type { User } from '../../lib/auth/get-session.ts';
import { ROLE_LABELS, ROLES, type Role } from '../../lib/auth/roles.ts';
import { MIN_PASSWORD_LENGTH, type NewUser, useCreateUser } from './api/create-user.ts';
import type { Organisation } from './api/get-organisations.ts';
import { OrganisationOptions } from './OrganisationOptions.tsx';
import { roleAllowed, roleHolders } from './organisation-roles.ts';

type Field = 'username' | 'displayName' | 'email' | 'organisation' | 'roles' | 'password';
const FIELDS: readonly Field[] = ['username', 'displayName', 'email', 'organisation', 'roles', 'password'];
type Errors = Partial<Record<Field, string>>;

const USERNAME = /^[a-z0-9._-]{3,50}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const MESSAGES = {
  username:
    'Een gebruikersnaam heeft 3 tot 50 tekens: kleine letters, cijfers, punt (.), liggend streepje (_) of streepje (-).',
  email: 'Vul een geldig e-mailadres in, zoals naam@organisatie.nl, of laat het veld leeg.',
  password: `Een wachtwoord heeft minstens ${MIN_PASSWORD_LENGTH} tekens.`,
};

interface Values {
  username: string;
  displayName: string;
  email: string;
  organisation: string;
  roles: Role[];
  password: string;
}

const EMPTY: Values = { username: '', displayName: '', email: '', organisation: '', roles: [], password: '' };

function validate(values: Values, organisations: Organisation[]): Errors {
  const errors: Errors = {};
  const username = values.username.trim();
  if (!username) errors.username = 'Vul een gebruikersnaam in.';
  else if (!USERNAME.test(username)) errors.username = MESSAGES.username;
  if (!values.displayName.trim()) errors.displayName = 'Vul de naam van de gebruiker in.';
  if (values.email.trim() && !EMAIL.test(values.email.trim())) errors.email = MESSAGES.email;
  const organisation = organisations.find((o) => o.code === values.organisation);
  if (!organisation) errors.organisation = 'Kies de organisatie van de gebruiker.';
  if (values.roles.length === 0) errors.roles = 'Kies minstens één rol.';
  else if (organisation) {
    const wrong = values.roles.filter((r) => !roleAllowed(r, organisation.kind));
    if (wrong.length > 0)
      errors.roles = `${wrong.map((r) => ROLE_LABELS[r]).join(' en ')} ${wrong.length > 1 ? 'passen' : 'past'} niet bij ${organisation.name}. ${roleHolders(wrong[0] as Role)}`;
  }
  if (!values.password) errors.password = 'Vul een eerste wachtwoord in.';
  else if (values.password.length < MIN_PASSWORD_LENGTH) errors.password = MESSAGES.password;
  return errors;
}

/** A refusal of the API, at the field it concerns where it names one. */
function serverErrors(error: unknown): { fields: Errors; form?: string } {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'USERNAME_TAKEN':
        return { fields: { username: 'Deze gebruikersnaam is al in gebruik. Kies een andere.' } };
      case 'ROLE_NOT_ALLOWED':
        return { fields: { roles: 'Een of meer rollen passen niet bij deze organisatie.' } };
      case 'WEAK_PASSWORD':
        return { fields: { password: MESSAGES.password } };
      case 'ORGANISATION_NOT_FOUND':
        return { fields: { organisation: 'Deze organisatie bestaat niet (meer). Kies een andere.' } };
    }
    const fields: Errors = {};
    for (const e of error.errors) {
      const field = e.field.replace(/^body\./, '').split('.')[0] as Field;
      if (FIELDS.includes(field) && !fields[field])
        fields[field] =
          field === 'username' || field === 'email' || field === 'password'
            ? MESSAGES[field]
            : 'Deze waarde is niet geldig.';
    }
    if (Object.keys(fields).length > 0) return { fields };
  }
  return { fields: {}, form: errorText(error) };
}

/**
 * Adding a user: checks the fields before sending, then shows the API's
 * refusals at their field. The focus goes to the first field in error.
 */
export function UserForm({
  organisations,
  onCreated,
}: {
  organisations: Organisation[];
  onCreated: (user: User) => void;
}) {
  const create = useCreateUser();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const usernameRef = useRef<HTMLInputElement>(null);
  const displayNameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const organisationRef = useRef<HTMLSelectElement>(null);
  const firstRoleRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  /** Where the focus goes for an error in each field. */
  const refs: Record<Field, RefObject<HTMLElement | null>> = {
    username: usernameRef,
    displayName: displayNameRef,
    email: emailRef,
    organisation: organisationRef,
    roles: firstRoleRef,
    password: passwordRef,
  };
  const alertRef = useRef<HTMLDivElement>(null);

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const show = (found: Errors) => {
    setErrors(found);
    const first = FIELDS.find((f) => found[f]);
    // After the render that shows the messages, so each is read with its field.
    if (first) requestAnimationFrame(() => refs[first].current?.focus());
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    setFormError(null);
    const found = validate(values, organisations);
    if (Object.keys(found).length > 0) return show(found);
    setErrors({});
    const user: NewUser = {
      username: values.username.trim(),
      displayName: values.displayName.trim(),
      organisation: values.organisation,
      roles: values.roles,
      password: values.password,
      ...(values.email.trim() ? { email: values.email.trim() } : {}),
    };
    try {
      const created = await create.mutateAsync(user);
      setValues(EMPTY);
      onCreated(created);
    } catch (error) {
      const problem = serverErrors(error);
      if (problem.form) {
        setFormError(problem.form);
        requestAnimationFrame(() => alertRef.current?.focus());
      } else show(problem.fields);
    }
  };

  const listed = FIELDS.filter((f) => errors[f]);
  const rolesErrorId = 'kz-admin-roles-error';

  return (
    <form className="kz-form" onSubmit={submit} noValidate aria-labelledby="kz-admin-new-user">
      {listed.length > 0 && (
        <FocusAlert type="error" role="alert" ref={alertRef}>
          <Paragraph className="kz-alert-heading">De gebruiker is niet toegevoegd.</Paragraph>
          <UnorderedList>
            {listed.map((f) => (
              <UnorderedListItem key={f}>{errors[f]}</UnorderedListItem>
            ))}
          </UnorderedList>
        </FocusAlert>
      )}
      {formError && (
        <FocusAlert type="error" role="alert" ref={alertRef}>
          <Paragraph>{formError}</Paragraph>
        </FocusAlert>
      )}
      <FormFieldTextInput
        label="Gebruikersnaam"
        description="3 tot 50 tekens: kleine letters, cijfers, punt, liggend streepje of streepje."
        value={values.username}
        onChange={(e) => set('username', (e.target as HTMLInputElement).value)}
        invalid={errors.username !== undefined}
        errorMessage={errors.username}
        inputRef={usernameRef}
        autoComplete="off"
        maxLength={50}
        required
      />
      <FormFieldTextInput
        label="Naam"
        description="Zoals collega's de gebruiker kennen, bijvoorbeeld Jan de Vries."
        value={values.displayName}
        onChange={(e) => set('displayName', (e.target as HTMLInputElement).value)}
        invalid={errors.displayName !== undefined}
        errorMessage={errors.displayName}
        inputRef={displayNameRef}
        autoComplete="off"
        maxLength={200}
        required
      />
      <FormFieldTextInput
        label="E-mailadres (niet verplicht)"
        description="Voor meldingen over nieuwe berichten."
        type="email"
        value={values.email}
        onChange={(e) => set('email', (e.target as HTMLInputElement).value)}
        invalid={errors.email !== undefined}
        errorMessage={errors.email}
        inputRef={emailRef}
        autoComplete="off"
        maxLength={200}
      />
      <FormFieldSelect
        label="Organisatie"
        value={values.organisation}
        onChange={(e) => set('organisation', e.currentTarget.value)}
        invalid={errors.organisation !== undefined}
        errorMessage={errors.organisation}
        selectRef={organisationRef}
        required
      >
        <SelectOption value="">Kies een organisatie</SelectOption>
        <OrganisationOptions organisations={organisations} />
      </FormFieldSelect>
      <Fieldset
        legend="Rollen"
        invalid={errors.roles !== undefined}
        aria-describedby={errors.roles ? rolesErrorId : undefined}
      >
        <Paragraph className="kz-admin-hint">
          Welke rollen mogelijk zijn, hangt af van de organisatie.
        </Paragraph>
        {errors.roles && <FormFieldErrorMessage id={rolesErrorId}>{errors.roles}</FormFieldErrorMessage>}
        {ROLES.map((role, index) => (
          <FormFieldCheckboxOption
            key={role}
            label={ROLE_LABELS[role]}
            description={roleHolders(role)}
            checked={values.roles.includes(role)}
            onChange={(e) => {
              const checked = (e.target as HTMLInputElement).checked;
              set('roles', checked ? [...values.roles, role] : values.roles.filter((r) => r !== role));
            }}
            inputRef={index === 0 ? firstRoleRef : undefined}
            inputInvalid={errors.roles !== undefined}
          />
        ))}
      </Fieldset>
      <FormFieldTextInput
        label="Eerste wachtwoord"
        description={`Minstens ${MIN_PASSWORD_LENGTH} tekens. Geef het de gebruiker op een veilige manier door.`}
        type="password"
        value={values.password}
        onChange={(e) => set('password', (e.target as HTMLInputElement).value)}
        invalid={errors.password !== undefined}
        errorMessage={errors.password}
        inputRef={passwordRef}
        autoComplete="new-password"
        required
      />
      <div className="kz-actions">
        <PrimaryActionButton type="submit" busy={create.isPending}>
          {create.isPending ? 'Bezig met toevoegen…' : 'Gebruiker toevoegen'}
        </PrimaryActionButton>
      </div>
    </form>
  );
}
