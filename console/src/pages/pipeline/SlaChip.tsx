import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { slaState, type SlaState, type StageClock } from './sla';

/** Solid tags: white text on these colours passes WCAG AA. */
const COLOURS: Record<SlaState, string> = {
  onTrack: '#237804',
  dueSoon: '#ad4e00',
  overdue: '#cf1322',
  escalated: '#820014',
};

export function SlaChip({ clock, now }: { clock: StageClock; now: number }) {
  const { t } = useTranslation();
  const state = slaState(clock, now);
  return (
    <Tag variant="solid" color={COLOURS[state]} data-sla={state}>
      {t(`pipeline.sla.${state}`)}
    </Tag>
  );
}

const TIER_COLOURS: Record<string, string> = { A: '#0958d9', B: '#1d39c4', C: '#531dab', D: '#595959', E: '#434343' };

export function TierTag({ tier }: { tier: string }) {
  const { t } = useTranslation();
  return (
    <Tag variant="solid" color={TIER_COLOURS[tier] ?? '#595959'}>
      {t('pipeline.tierTag', { tier })}
    </Tag>
  );
}

const STATUS_COLOURS: Record<string, string> = { open: '#0958d9', won: '#237804', lost: '#595959' };

export function ProjectStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag variant="solid" color={STATUS_COLOURS[status] ?? '#595959'}>
      {t(`pipeline.statuses.${status}`)}
    </Tag>
  );
}
