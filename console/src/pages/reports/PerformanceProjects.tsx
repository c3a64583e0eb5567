import { Button, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePersonName } from '../../components/directory';
import { formatDays } from '../../components/moneyList';
import type { Performance, PerformanceAppeal, PerformancePerson, PerformanceProject } from './performanceQueries';
import type { PerformanceDialogState } from './PerformanceDialogs';

/** Solid tags: white text on these colours passes WCAG AA. */
const APPEAL_COLORS = { open: '#ad4e00', upheld: '#595959', amended: '#0958d9' } as const;

/** The appeal against one score of the row: the same project (and scorer, where the project is hidden). */
export function appealOn(person: PerformancePerson, project: PerformanceProject): PerformanceAppeal | undefined {
  return person.appeals.find((a) => a.scorerId === project.scorerId && a.projectId === project.projectId);
}

/** Whether the scored person may still appeal: the period is in its appeal window and the window has not closed. */
export function appealWindowOpen(report: Performance, now = Date.now()): boolean {
  return report.status === 'appeal' && report.appealUntil !== null && Date.parse(report.appealUntil) > now;
}

export function AppealTag({ appeal }: { appeal: PerformanceAppeal }) {
  const { t } = useTranslation();
  return (
    <Tag variant="solid" color={APPEAL_COLORS[appeal.status]}>
      {t(`reports.performance.appealStatus.${appeal.status}`)}
      {appeal.status === 'amended' && appeal.amendedScore !== null ? ` → ${appeal.amendedScore}` : ''}
    </Tag>
  );
}

/**
 * One person's scored projects (the expanded row): the score as given, as amended on appeal, as normalised for the
 * scorer, the days worked and the weight; the appeal on each, and for the person themselves while the window is
 * open, an Appeal button on each score not appealed yet.
 */
export function PerformanceProjects({
  report,
  person,
  mine,
  onAppeal,
}: {
  report: Performance;
  person: PerformancePerson;
  mine: boolean;
  onAppeal: (dialog: PerformanceDialogState) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const nameOf = usePersonName();
  const canAppeal = mine && appealWindowOpen(report);
  const number = (n: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n);
  const projectName = (p: PerformanceProject) => p.projectName ?? t('reports.performance.projects.hidden');
  return (
    <Table<PerformanceProject>
      size="small"
      aria-label={t('reports.performance.projects.label', { person: person.name })}
      rowKey={(p) => `${p.projectId ?? 'hidden'}-${p.scorerId}-${person.projects.indexOf(p)}`}
      dataSource={person.projects}
      pagination={false}
      columns={[
        {
          key: 'project',
          title: t('reports.columns.project'),
          render: (_, p) => (p.projectId ? <Link to={`/projects/${p.projectId}`}>{projectName(p)}</Link> : <Typography.Text type="secondary">{projectName(p)}</Typography.Text>),
        },
        { key: 'scorer', title: t('reports.performance.projects.scorer'), render: (_, p) => nameOf(p.scorerId) },
        { key: 'score', title: t('reports.performance.projects.score'), align: 'right', render: (_, p) => p.score },
        { key: 'amended', title: t('reports.performance.projects.amended'), align: 'right', render: (_, p) => p.amendedScore ?? '—' },
        { key: 'normalised', title: t('reports.performance.projects.normalised'), align: 'right', render: (_, p) => number(p.normalised) },
        { key: 'days', title: t('reports.performance.projects.days'), align: 'right', render: (_, p) => formatDays(p.daysWorked, lang) },
        { key: 'weight', title: t('reports.performance.projects.weight'), align: 'right', render: (_, p) => number(p.weight) },
        {
          key: 'appeal',
          title: t('reports.performance.projects.appeal'),
          render: (_, p) => {
            const appeal = appealOn(person, p);
            if (appeal) return <AppealTag appeal={appeal} />;
            if (!canAppeal || !p.projectId) return null;
            return (
              <Button
                size="small"
                aria-label={t('reports.performance.appeal.buttonFor', { project: projectName(p) })}
                onClick={() => onAppeal({ kind: 'appeal', period: report.period, projectId: p.projectId!, projectName: projectName(p), score: p.amendedScore ?? p.score })}
              >
                {t('reports.performance.appeal.button')}
              </Button>
            );
          },
        },
      ]}
    />
  );
}
