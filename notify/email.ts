import nodemailer from 'nodemailer';
import type { NotificationMessage } from './channels';
import type { SmtpSettings } from './config';
import { emailHtml, emailText } from './message';

export interface EmailSender {
  send(to: string, message: NotificationMessage): Promise<void>;
  close(): void;
}

/** E-mail over SMTP (nodemailer). A connection is opened per message: notifications are few and bursty. */
export function createEmailSender(smtp: SmtpSettings, publicUrl?: string): EmailSender {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user !== undefined ? { user: smtp.user, pass: smtp.pass } : undefined,
    // Bounded, so a stuck server fails the attempt (and it is retried) well inside the activity's timeout.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  const domain = /@([^>\s]+)/.exec(smtp.from)?.[1] ?? 'moat.invalid';
  return {
    async send(to, message) {
      await transport.sendMail({
        from: smtp.from,
        to,
        subject: message.title,
        text: emailText(message, publicUrl),
        html: emailHtml(message, publicUrl),
        // The same notification always carries the same Message-ID, so a resend after a crash threads as one.
        messageId: `<notification-${message.id}@${domain}>`,
        headers: { 'X-Moat-Event': message.kind, 'X-Moat-Notification': String(message.id) },
      });
    },
    close: () => transport.close(),
  };
}
