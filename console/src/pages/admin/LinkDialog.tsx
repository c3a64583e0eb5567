import { Alert, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import type { Link } from './queries';

/** The full address of a set-password link: the API gives the console's path with the token. */
export function linkAddress(link: Link, origin: string): string {
  return new URL(link.consolePath, origin).href;
}

/**
 * The one-time link, shown once: Moat keeps only its hash, so after this dialog closes nobody can read it again
 * (issuing a new one voids it).
 */
export function LinkDialog({ link, name, onClose }: { link: Link | undefined; name: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  if (!link) return null;
  return (
    <Modal open title={t(`admin.link.title.${link.purpose}`, { name })} onOk={onClose} onCancel={onClose} okText={t('admin.link.done')} cancelButtonProps={{ style: { display: 'none' } }} destroyOnHidden>
      <Alert type="warning" showIcon title={t('admin.link.once')} style={{ marginBottom: 12 }} />
      <Typography.Paragraph>{t('admin.link.send', { until: formatDateTime(link.expiresAt, i18n.language) })}</Typography.Paragraph>
      <Typography.Paragraph copyable={{ text: linkAddress(link, location.origin) }} code data-testid="one-time-link" style={{ wordBreak: 'break-all' }}>
        {linkAddress(link, location.origin)}
      </Typography.Paragraph>
    </Modal>
  );
}
