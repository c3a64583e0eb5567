import type { NotificationMessage } from './channels';

/** The API path of the notification's project, made absolute when Moat knows its public URL. */
export function projectLink(message: NotificationMessage, publicUrl?: string): string | undefined {
  if (!message.projectId) return undefined;
  return `${publicUrl ?? ''}/api/projects/${message.projectId}`;
}

function dataLines(data: Record<string, unknown>): string[] {
  return Object.entries(data)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
}

/** A short text for chat tools: the title, the project link, then the event's data one fact a line. */
export function chatText(message: NotificationMessage, publicUrl?: string): string {
  const link = projectLink(message, publicUrl);
  return [`[Moat] ${message.title}`, ...(link ? [`Project: ${link}`] : []), ...dataLines(message.data)].join('\n');
}

export function emailText(message: NotificationMessage, publicUrl?: string): string {
  const link = projectLink(message, publicUrl);
  return [
    `Hello ${message.personName},`,
    '',
    message.title,
    '',
    ...(link ? [`Project: ${link}`] : []),
    `Event: ${message.kind}`,
    ...dataLines(message.data),
    `At: ${message.createdAt}`,
    '',
    '-- Moat. Choose how you are notified: PUT /api/me/notification-preferences',
  ].join('\n');
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function emailHtml(message: NotificationMessage, publicUrl?: string): string {
  const link = projectLink(message, publicUrl);
  const facts = dataLines(message.data).map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  return [
    `<p>Hello ${escapeHtml(message.personName)},</p>`,
    `<p><strong>${escapeHtml(message.title)}</strong></p>`,
    link ? `<p>Project: <a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` : '',
    `<ul><li>event: ${escapeHtml(message.kind)}</li>${facts}<li>at: ${escapeHtml(message.createdAt)}</li></ul>`,
    '<p style="color:#888">Moat. Choose how you are notified: PUT /api/me/notification-preferences</p>',
  ].join('\n');
}
