import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoneyCompact } from '../../format';
import type { ProjectSummary } from './queries';
import { daysInStage } from './sla';
import { ProjectStatusTag, SlaChip, TierTag } from './SlaChip';

/** A project on the board: customer, name, tier, owner, SLA chip and days in stage; the whole card opens the project. */
export function ProjectCard({ project, ownerName, now }: { project: ProjectSummary; ownerName: string; now: number }) {
  const { t, i18n } = useTranslation();
  return (
    <Link to={`/projects/${project.id}`} className="pipeline-card">
      <Typography.Text type="secondary" className="pipeline-card-customer">
        {project.customerName}
      </Typography.Text>
      <Typography.Text strong className="pipeline-card-name">
        {project.name}
      </Typography.Text>
      <span className="pipeline-card-tags">
        <TierTag tier={project.tier} />
        {project.status === 'open' ? <SlaChip clock={project} now={now} /> : <ProjectStatusTag status={project.status} />}
      </span>
      <span className="pipeline-card-meta">
        <span>{t('pipeline.card.owner', { name: ownerName })}</span>
        {project.status === 'open' && <span>{t('pipeline.card.daysInStage', { count: daysInStage(project.stageEnteredAt, now) })}</span>}
        <span>{formatMoneyCompact(project.expectedValue, i18n.language)}</span>
      </span>
    </Link>
  );
}
