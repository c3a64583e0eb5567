import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Solid tags: white on these colours passes AA contrast (antd's light tags do not). */
const COLOURS: Record<string, string> = {
  pending: '#ad4e00',
  accepted: '#237804',
  approved: '#237804',
  declined: '#cf1322',
  rejected: '#cf1322',
  cancelled: '#595959',
};

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag variant="solid" color={COLOURS[status] ?? '#595959'}>
      {t(`inbox.statuses.${status}`)}
    </Tag>
  );
}
