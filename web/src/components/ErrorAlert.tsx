import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import { ApiError } from '../lib/api.ts';

/** What went wrong, in Dutch, for the errors the API names. */
export function errorText(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Er ging iets mis. Probeer het opnieuw.';
  switch (error.code) {
    case 'NETWORK':
      return error.message;
    case 'FORBIDDEN':
      return 'U hebt geen toegang tot deze gegevens.';
    case 'CSRF_TOKEN_INVALID':
      return 'Uw sessie is niet meer geldig. Ververs de pagina en probeer het opnieuw.';
    case 'SESSION_EXPIRED':
      return 'Uw sessie is verlopen. Log opnieuw in.';
    case 'INVALID_TRANSITION':
      return 'Dit bericht is intussen gewijzigd; deze actie kan niet meer.';
    case 'ALREADY_DELIVERED':
      return 'Die gemeente heeft dit bericht al ontvangen.';
    case 'UNKNOWN_MUNICIPALITY':
      return 'Die gemeentecode hoort niet bij een bestaande gemeente.';
    case 'FORWARD_TO_OWN_MUNICIPALITY':
      return 'Kies een andere gemeente dan uw eigen gemeente.';
    case 'SAME_MUNICIPALITY':
      return 'Het bericht gaat al naar die gemeente. Bevestig het in plaats daarvan.';
    default:
      if (error.status === 404) return 'Niet gevonden.';
      if (error.status === 429) return 'Te veel verzoeken. Wacht even en probeer het opnieuw.';
      if (error.status >= 500) return 'Er ging iets mis aan onze kant. Probeer het later opnieuw.';
      return 'De invoer is niet geldig. Controleer de velden en probeer het opnieuw.';
  }
}

export function ErrorAlert({ error, heading }: { error: unknown; heading?: string }) {
  return (
    <Alert type="error" role="alert">
      {heading && <Paragraph className="kz-alert-heading">{heading}</Paragraph>}
      <Paragraph>{errorText(error)}</Paragraph>
    </Alert>
  );
}
