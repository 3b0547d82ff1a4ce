import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import { type ReactNode, type Ref, useEffect, useRef } from 'react';

/** What an action achieved; a new object each time, so the same text twice is announced twice. */
export interface Announcement {
  text: string;
  detail?: ReactNode;
}

/**
 * The outcome of an action, as a status message that takes the focus: a
 * keyboard or screen-reader user hears it and continues from there, even when
 * the row they acted on has just left the list.
 */
export function SuccessMessage({ message }: { message: Announcement | null | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <FocusAlert type="ok" role="status" ref={ref}>
      <Paragraph>{message.text}</Paragraph>
      {message.detail}
    </FocusAlert>
  );
}

/** A design-system alert that can take the focus (the Alert itself takes no ref). */
export function FocusAlert({
  type,
  role,
  ref,
  children,
}: {
  type: 'ok' | 'error' | 'warning' | 'info';
  role: 'status' | 'alert';
  ref: Ref<HTMLDivElement>;
  children: ReactNode;
}) {
  return (
    <div ref={ref} tabIndex={-1} className="kz-message">
      <Alert type={type} role={role}>
        {children}
      </Alert>
    </div>
  );
}
