import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from './queries';

/** 统一指挥: the delivery team lead, the people they named and everyone booked, each with what puts them on the team. */
export function Team({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  if (project.team.length === 0) return <Typography.Text type="secondary">{t('project.team.empty')}</Typography.Text>;
  return (
    <ul className="project-team">
      {project.team.map((member) => (
        <li key={member.personId}>
          <Space size="small" wrap>
            <Typography.Text strong={member.lead}>{member.name}</Typography.Text>
            {member.lead && <Tag color="blue">{t('project.team.lead')}</Tag>}
            {member.named && <Tag>{t('project.team.named')}</Tag>}
            {member.bookedDays > 0 && <Typography.Text type="secondary">{t('project.team.booked', { days: member.bookedDays })}</Typography.Text>}
          </Space>
        </li>
      ))}
    </ul>
  );
}
