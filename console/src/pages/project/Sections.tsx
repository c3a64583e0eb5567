import { Descriptions, Steps, Table, Tag, Timeline, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonName } from '../../components/directory';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDate, formatDateTime, formatMoney, type Money } from '../../format';
import { describeEvent } from './events';
import { useStageLabel, type Booking, type PolicyVersion, type ProjectCredit, type ProjectDetail, type Scoring, type TimelineEntry } from './queries';

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="project-section">
      <Typography.Title level={2} id={`${id}-title`} className="project-section-title">
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

const money = (value: Money | null | undefined, language: string) => (value ? formatMoney(value, language) : '—');
const TIER_RANK = { A: 0, B: 1, C: 2, D: 3, E: 4 } as const;

/** The stages the project's tier walks under its pinned policy, the current one highlighted (won: all done). */
export function StageBar({ project, policy }: { project: ProjectDetail; policy: PolicyVersion | undefined }) {
  const { t } = useTranslation();
  const all = policy?.document.pipeline.stages ?? [];
  const walked = all.filter((s) => !s.requiredFromTier || TIER_RANK[project.tier] <= TIER_RANK[s.requiredFromTier]);
  // A tier override may leave the project in a stage its tier skips: keep it on the bar.
  const stages = walked.some((s) => s.key === project.stage) ? walked : all;
  const current = stages.findIndex((s) => s.key === project.stage);
  const status = project.status === 'won' ? 'finish' : project.status === 'lost' ? 'error' : 'process';
  if (stages.length === 0) return <Typography.Text>{project.stage}</Typography.Text>;
  return (
    <Steps
      size="small"
      current={project.status === 'won' ? stages.length : current}
      status={status}
      responsive
      aria-label={t('project.stageBar')}
      items={stages.map((s) => ({ title: s.label, key: s.key }))}
    />
  );
}

export function Owners({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const nameOf = usePersonName();
  return (
    <ol className="project-owners">
      {[...project.owners].reverse().map((o) => (
        <li key={`${o.personId}-${o.startedAt}`}>
          <Typography.Text strong={!o.endedAt}>{nameOf(o.personId)}</Typography.Text>{' '}
          <Typography.Text type="secondary">
            {t(`project.ownerVia.${o.via}`, { defaultValue: o.via })} · {formatDateTime(o.startedAt, i18n.language)}
            {o.endedAt ? ` – ${formatDateTime(o.endedAt, i18n.language)}` : ` · ${t('project.currentOwner')}`}
          </Typography.Text>
        </li>
      ))}
    </ol>
  );
}

/** Budget against committed and actual, with the 50 / 80 / 100 % alert lines; the numbers beside it for screen readers. */
export function BudgetBurn({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const budget = project.budget.amount;
  const used = project.committed.amount + project.actual.amount;
  const scale = Math.max(budget, used, 1) * 1.05;
  const pct = (amount: number) => `${Math.min(100, (amount / scale) * 100)}%`;
  const burn = budget > 0 ? Math.round((used / budget) * 100) : null;
  return (
    <div>
      <div
        className="budget-track"
        role="img"
        aria-label={t('project.budget.summary', {
          used: burn ?? '—',
          actual: money(project.actual, i18n.language),
          committed: money(project.committed, i18n.language),
          budget: money(project.budget, i18n.language),
        })}
      >
        <div className="budget-actual" style={{ width: pct(project.actual.amount) }} />
        <div className="budget-committed" style={{ left: pct(project.actual.amount), width: pct(project.committed.amount) }} />
        {[0.5, 0.8, 1].map((line) => (
          <div key={line} className="budget-line" style={{ left: pct(budget * line) }}>
            <span>{Math.round(line * 100)}%</span>
          </div>
        ))}
      </div>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, md: 4 }}
        items={[
          { key: 'budget', label: t('project.budget.budget'), children: money(project.budget, i18n.language) },
          { key: 'committed', label: <span><span className="budget-key budget-committed-key" />{t('project.budget.committed')}</span>, children: money(project.committed, i18n.language) },
          { key: 'actual', label: <span><span className="budget-key budget-actual-key" />{t('project.budget.actual')}</span>, children: money(project.actual, i18n.language) },
          { key: 'remaining', label: t('project.budget.remaining'), children: money(project.remaining, i18n.language) },
          { key: 'burn', label: t('project.budget.burn'), children: burn === null ? '—' : `${burn}%` },
        ]}
      />
    </div>
  );
}

export function Bookings({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const nameOf = usePersonName();
  const columns: TableColumnsType<Booking> = [
    { key: 'person', title: t('project.tables.person'), render: (_, b) => nameOf(b.personId) },
    { key: 'role', title: t('project.form.role'), render: (_, b) => t(`roles.${b.role}`) },
    { key: 'days', title: t('project.tables.days'), render: (_, b) => `${b.daysWorked} / ${b.days}` },
    { key: 'rate', title: t('project.tables.rate'), render: (_, b) => money(b.rate, i18n.language) },
    { key: 'planned', title: t('project.tables.planned'), render: (_, b) => money(b.planned, i18n.language) },
    { key: 'actual', title: t('project.budget.actual'), render: (_, b) => money(b.actual, i18n.language) },
    { key: 'at', title: t('project.tables.bookedAt'), render: (_, b) => formatDate(b.bookedAt, i18n.language) },
  ];
  return (
    <ScrollRegion label={t('project.tables.scroll', { table: t('project.sections.bookings') })} minWidth={720}>
      <Table rowKey="id" size="small" pagination={false} columns={columns} dataSource={project.bookings} locale={{ emptyText: t('project.none') }} />
    </ScrollRegion>
  );
}

export function TimeEntries({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const nameOf = usePersonName();
  const entries = project.timeline.filter((e) => e.type === 'time_recorded');
  const amountOf = (e: TimelineEntry) => {
    const entry = e.data.entry as { amount?: Money | null } | undefined;
    return money(entry?.amount ?? null, i18n.language);
  };
  const columns: TableColumnsType<TimelineEntry> = [
    { key: 'date', title: t('project.form.date'), render: (_, e) => String(e.data.date ?? '') },
    { key: 'person', title: t('project.tables.person'), render: (_, e) => nameOf(String(e.data.personId ?? '')) },
    { key: 'days', title: t('project.tables.days'), render: (_, e) => String(e.data.days ?? '') },
    { key: 'cost', title: t('project.tables.cost'), render: (_, e) => amountOf(e) },
    { key: 'by', title: t('project.tables.recordedBy'), render: (_, e) => nameOf(e.actorId) },
  ];
  return (
    <ScrollRegion label={t('project.tables.scroll', { table: t('project.sections.time') })} minWidth={560}>
      <Table rowKey="seq" size="small" pagination={false} columns={columns} dataSource={entries} locale={{ emptyText: t('project.none') }} />
    </ScrollRegion>
  );
}

export function Ledger({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const nameOf = usePersonName();
  const personOf = (bookingId: string) => project.bookings.find((b) => b.id === bookingId)?.personId;
  type Line = ProjectDetail['ledger'][number];
  const columns: TableColumnsType<Line> = [
    { key: 'at', title: t('project.tables.at'), render: (_, l) => formatDateTime(l.at, i18n.language) },
    { key: 'kind', title: t('project.tables.kind'), render: (_, l) => t(`project.ledgerKinds.${l.kind}`) },
    { key: 'person', title: t('project.tables.person'), render: (_, l) => nameOf(personOf(l.bookingId)) },
    { key: 'amount', title: t('project.tables.amount'), align: 'right', render: (_, l) => money(l.amount, i18n.language) },
  ];
  return (
    <ScrollRegion label={t('project.tables.scroll', { table: t('project.sections.ledger') })} minWidth={520}>
      <Table rowKey="idempotencyKey" size="small" pagination={false} columns={columns} dataSource={project.ledger} locale={{ emptyText: t('project.none') }} />
    </ScrollRegion>
  );
}

const APPROVAL_COLOURS: Record<string, string> = { pending: '#ad4e00', approved: '#237804', rejected: '#cf1322', cancelled: '#595959' };

export function Approvals({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const nameOf = usePersonName();
  type Row = ProjectDetail['approvals'][number];
  const requestOf = (a: Row) => project.resourceRequests.find((r) => r.id === a.requestId);
  const columns: TableColumnsType<Row> = [
    {
      key: 'kind',
      title: t('project.tables.kind'),
      render: (_, a) => {
        const request = requestOf(a);
        return request
          ? `${t(`project.approvalKinds.${a.kind}`)} · ${t(`roles.${request.role}`)} · ${t('project.daysCount', { count: request.days })}`
          : t(`project.approvalKinds.${a.kind}`);
      },
    },
    { key: 'approver', title: t('project.tables.approver'), render: (_, a) => (a.approverId ? nameOf(a.approverId) : a.approverLabel) },
    {
      key: 'status',
      title: t('common.status'),
      render: (_, a) => (
        <Tag variant="solid" color={APPROVAL_COLOURS[a.status] ?? '#595959'}>
          {t(`project.approvalStatuses.${a.status}`)}
        </Tag>
      ),
    },
    { key: 'requested', title: t('common.requestedAt'), render: (_, a) => formatDateTime(a.requestedAt, i18n.language) },
    { key: 'decided', title: t('project.tables.decided'), render: (_, a) => (a.decidedAt ? `${nameOf(a.decidedById)} · ${formatDateTime(a.decidedAt, i18n.language)}` : '—') },
    { key: 'comment', title: t('common.comment'), render: (_, a) => a.comment ?? '—' },
  ];
  return (
    <ScrollRegion label={t('project.tables.scroll', { table: t('project.sections.approvals') })} minWidth={820}>
      <Table rowKey="id" size="small" pagination={false} columns={columns} dataSource={project.approvals} locale={{ emptyText: t('project.none') }} />
    </ScrollRegion>
  );
}

export function EventTimeline({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const nameOf = usePersonName();
  const stageLabel = useStageLabel(project);
  return (
    <Timeline
      items={[...project.timeline].reverse().map((entry) => {
        const { title, detail } = describeEvent(entry, t, nameOf, i18n.language, stageLabel);
        const escalation = entry.type === 'escalated';
        return {
          key: entry.seq,
          color: escalation ? 'red' : entry.type === 'project_closed' ? 'green' : 'blue',
          content: (
            <div>
              <Typography.Text strong>{title}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {formatDateTime(entry.at, i18n.language)} · {nameOf(entry.actorId)}
              </Typography.Text>
              {detail && <div>{detail}</div>}
            </div>
          ),
        };
      })}
    />
  );
}

/** 背数字, 双算: the final value and each credited person's credit as it stands, corrections included. */
export function Credit({ credit }: { credit: ProjectCredit }) {
  const { t, i18n } = useTranslation();
  const nameOf = usePersonName();
  if (credit.holders.length === 0) return <Typography.Paragraph>{t('project.noCredit')}</Typography.Paragraph>;
  type Line = ProjectCredit['holders'][number];
  const corrections = credit.entries.length > credit.holders.length;
  return (
    <>
      {credit.finalValue && <Typography.Paragraph>{t('project.finalValue', { value: money(credit.finalValue, i18n.language) })}</Typography.Paragraph>}
      {corrections && <Typography.Paragraph type="secondary">{t('project.creditCorrected')}</Typography.Paragraph>}
      <Table<Line>
        rowKey={(l) => `${l.personId}-${l.creditRole}-${l.amount.currency}`}
        size="small"
        pagination={false}
        dataSource={credit.holders}
        columns={[
          { key: 'person', title: t('project.tables.person'), render: (_, l) => nameOf(l.personId) },
          { key: 'role', title: t('project.tables.creditRole'), render: (_, l) => t(`project.creditRoles.${l.creditRole}`, { defaultValue: l.creditRole }) },
          { key: 'amount', title: t('project.tables.amount'), align: 'right', render: (_, l) => money(l.amount, i18n.language) },
        ]}
      />
    </>
  );
}

export function Scores({ scoring }: { scoring: Scoring }) {
  const { t, i18n } = useTranslation();
  const nameOf = usePersonName();
  return (
    <>
      <Typography.Paragraph>
        {t(`project.scoringStatus.${scoring.status}`, { scorer: nameOf(scoring.scorerId), due: scoring.dueAt ? formatDateTime(scoring.dueAt, i18n.language) : '—' })}
        {scoring.missing.length > 0 && ` ${t('project.scoringMissing', { names: scoring.missing.map((id) => nameOf(id)).join(', ') })}`}
      </Typography.Paragraph>
      {scoring.scores.length > 0 && (
        <Table
          rowKey="personId"
          size="small"
          pagination={false}
          dataSource={scoring.scores}
          columns={[
            { key: 'person', title: t('project.tables.person'), render: (_, s) => nameOf(s.personId) },
            { key: 'score', title: t('project.form.score'), render: (_, s) => `${s.score} / 5` },
            { key: 'comment', title: t('common.comment'), render: (_, s) => s.comment || '—' },
            { key: 'at', title: t('project.tables.at'), render: (_, s) => formatDateTime(s.scoredAt, i18n.language) },
          ]}
        />
      )}
    </>
  );
}
