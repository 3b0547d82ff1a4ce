/** Sending an alert: the `Mailer` the worker is given, and its SMTP implementation (nodemailer). */
import nodemailer from 'nodemailer';
import type { AlertMail } from './model.ts';

export interface Mailer {
  /** Resolves when the SMTP server accepted the message; rejects otherwise. */
  send(mail: AlertMail): Promise<void>;
  close(): void;
}

export interface SmtpSettings {
  /** smtp://user:pass@host:587 (STARTTLS when the server offers it) or smtps://…:465. */
  url: string;
  /** The sender, e.g. `Ketenzicht <noreply@ketenzicht.local>`. */
  from: string;
}

/**
 * An SMTP mailer over one pooled nodemailer transport. The timeouts keep a
 * dead or slow server from holding the worker well past its lease (see
 * jobs.ts): connecting, the greeting and each reply are bounded.
 */
export function smtpMailer(settings: SmtpSettings): Mailer {
  const transport = nodemailer.createTransport(
    {
      url: settings.url,
      // One connection kept open through a round's e-mails, instead of a handshake (and TLS) for each.
      pool: true,
      maxConnections: 1,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    },
    { from: settings.from },
  );
  return {
    async send(mail) {
      await transport.sendMail({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
      });
    },
    close: () => transport.close(),
  };
}

/** The SMTP server of a URL without its credentials, for logs: smtp://mail.example.nl:587. */
export function smtpLocation(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ''}`;
  } catch {
    return '(unparsable SMTP_URL)';
  }
}

/** The domain of a sender address, for Message-IDs: `Ketenzicht <noreply@x.nl>` gives x.nl. */
export function senderDomain(from: string): string {
  return /@([^>\s]+)/.exec(from)?.[1] ?? 'ketenzicht.local';
}

/** Whether the SMTP server replied (with a refusal: `responseCode`), rather than not being reached. */
export function serverAnswered(error: unknown): boolean {
  return typeof (error as { responseCode?: unknown } | null)?.responseCode === 'number';
}

/** A sending error as kept in the queue (name and message, bounded). */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 1000);
}
