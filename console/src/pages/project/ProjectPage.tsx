import { Alert, App, Button, Descriptions, Result, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useOffices, usePersonName } from '../../components/directory';
import { formatDateTime, formatMoney } from '../../format';
import { NotFound } from '../Placeholder';
import { daysInStage } from '../pipeline/sla';
import { ProjectStatusTag, SlaChip, TierTag } from '../pipeline/SlaChip';
import { ActionDialog } from './ActionDialog';
import { PromiseDialog } from './PromiseDialogs';
import { hasPromises, PromisesSection } from './Promises';
import { isPromiseAction, useActions, useCredit, usePinnedPolicy, useProjectDetail, useScoring, type AvailableAction } from './queries';
import { Team } from './Team';
import { Approvals, Bookings, BudgetBurn, Credit, EventTimeline, Ledger, Owners, Scores, Section, StageBar, TimeEntries } from './Sections';
import './project.css';

/** The actions the signed-in person may take now (GET /api/projects/{id}/actions), as buttons that open their dialogs. */
function Actions({ actions, onOpen }: { actions: AvailableAction[]; onOpen: (action: AvailableAction) => void }) {
  const { t } = useTranslation();
  if (actions.length === 0) return <Typography.Paragraph type="secondary">{t('project.noActions')}</Typography.Paragraph>;
  return (
    <Space wrap>
      {actions.map((action, index) => (
        <Button key={action.action} type={index === 0 ? 'primary' : 'default'} onClick={() => onOpen(action)}>
          {t(`project.actions.${action.action}`)}
        </Button>
      ))}
    </Space>
  );
}

/** 项目详情: the record of one project and what the signed-in person may do on it. */
export default function ProjectPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const project = useProjectDetail(id);
  const closed = project.data !== undefined && project.data.status !== 'open';
  const actions = useActions(id, project.isSuccess);
  const scoring = useScoring(id, closed);
  const credit = useCredit(id, project.data?.status === 'won');
  const policy = usePinnedPolicy(project.data?.policyVersion);
  const offices = useOffices();
  const nameOf = usePersonName();
  const [dialog, setDialog] = useState<AvailableAction>();
  const [now] = useState(() => Date.now());

  if (project.isPending) return <Skeleton active />;
  if (project.isError) {
    if (project.error instanceof ApiError && project.error.status === 404) return <NotFound />;
    return <Result status="warning" title={errorMessage(t, project.error)} extra={<Button onClick={() => void project.refetch()}>{t('common.reload')}</Button>} />;
  }
  const p = project.data;
  const done = (action: AvailableAction['action']) => {
    setDialog(undefined);
    void message.success(t('project.done', { action: t(`project.actions.${action}`) }));
  };
  const office = offices.data?.find((o) => o.id === p.officeId)?.name ?? '—';

  return (
    <article aria-labelledby="page-title" className="project-page">
      <Link to="/pipeline">{t('project.backToPipeline')}</Link>
      <header className="project-header">
        <Typography.Title level={1} id="page-title" style={{ fontSize: 24, margin: 0 }}>
          {p.name}
        </Typography.Title>
        <Space wrap size={4}>
          <TierTag tier={p.tier} />
          {p.status === 'open' ? <SlaChip clock={p} now={now} /> : <ProjectStatusTag status={p.status} />}
        </Space>
      </header>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: 'customer', label: t('common.customer'), children: p.customerName },
          { key: 'industry', label: t('project.industry'), children: p.industry },
          { key: 'office', label: t('project.office'), children: office },
          { key: 'value', label: t('common.expectedValue'), children: formatMoney(p.expectedValue, i18n.language) },
          { key: 'sales', label: t('project.salesOwner'), children: nameOf(p.salesOwnerId) },
          { key: 'owner', label: t('project.owner'), children: nameOf(p.ownerId) },
          ...(p.status === 'open'
            ? [
                { key: 'deadline', label: t('project.stageDeadline'), children: formatDateTime(p.stageDeadline, i18n.language) },
                { key: 'days', label: t('project.daysInStage'), children: t('project.daysCount', { count: daysInStage(p.stageEnteredAt, now) }) },
              ]
            : [{ key: 'closed', label: t('project.closedAt'), children: p.closedAt ? formatDateTime(p.closedAt, i18n.language) : '—' }]),
          { key: 'dispatch', label: t('project.dispatch'), children: p.dispatch.status ? `${t(`project.dispatchStatuses.${p.dispatch.status}`, { defaultValue: p.dispatch.status })}${p.dispatch.leadId ? ` · ${nameOf(p.dispatch.leadId)}` : ''}` : '—' },
          { key: 'policy', label: t('project.policy'), children: `v${p.policyVersion}` },
          ...(p.quality
            ? [
                {
                  key: 'quality',
                  label: t('project.quality'),
                  children: t('quality.summary', {
                    score: p.quality.score,
                    win: p.quality.factors.winProbability,
                    strategic: p.quality.factors.strategicValue,
                    competitive: p.quality.factors.competitivePosition,
                    customer: p.quality.factors.customerImportance,
                  }),
                },
              ]
            : []),
          ...(p.closeReason ? [{ key: 'reason', label: t('common.reason'), children: p.closeReason }] : []),
        ]}
      />
      {p.pendingHandoff && (
        <Alert
          type="info"
          style={{ marginTop: 12 }}
          title={t('project.pendingHandoff', { from: nameOf(p.pendingHandoff.fromPersonId), to: nameOf(p.pendingHandoff.toPersonId) })}
          description={p.pendingHandoff.reason}
        />
      )}

      <Section id="actions" title={t('project.sections.actions')}>
        {actions.isPending ? <Skeleton.Button active /> : actions.isError ? <Alert type="warning" title={errorMessage(t, actions.error)} /> : <Actions actions={actions.data} onOpen={setDialog} />}
      </Section>

      <Section id="stages" title={t('project.sections.stages')}>
        <StageBar project={p} policy={policy.data} />
      </Section>

      <Section id="owners" title={t('project.sections.owners')}>
        <Owners project={p} />
      </Section>

      {(p.team.length > 0 || p.tier === 'A' || p.tier === 'B') && (
        <Section id="team" title={t('project.sections.team')}>
          <Team project={p} />
        </Section>
      )}

      <Section id="budget" title={t('project.sections.budget')}>
        <BudgetBurn project={p} />
      </Section>

      {p.feasibility && (
        <Section id="feasibility" title={t('project.sections.feasibility')}>
          <Typography.Paragraph>
            {t(p.feasibility.approved ? 'project.feasibilityYes' : 'project.feasibilityNo', {
              name: nameOf(p.feasibility.signedById),
              at: formatDateTime(p.feasibility.signedAt, i18n.language),
            })}
          </Typography.Paragraph>
          <Typography.Paragraph>{p.feasibility.note}</Typography.Paragraph>
        </Section>
      )}

      {hasPromises(p.promises) && (
        <Section id="promises" title={t('project.sections.promises')}>
          <PromisesSection project={p} />
        </Section>
      )}

      <Section id="approvals" title={t('project.sections.approvals')}>
        <Approvals project={p} />
      </Section>

      <Section id="bookings" title={t('project.sections.bookings')}>
        <Bookings project={p} />
      </Section>

      <Section id="time" title={t('project.sections.time')}>
        <TimeEntries project={p} />
      </Section>

      <Section id="ledger" title={t('project.sections.ledger')}>
        <Ledger project={p} />
      </Section>

      {closed && (
        <>
          {p.status === 'won' && (
            <Section id="credit" title={t('project.sections.credit')}>
              {credit.isPending ? <Skeleton active /> : credit.isError ? <Alert type="warning" title={errorMessage(t, credit.error)} /> : <Credit credit={credit.data} />}
            </Section>
          )}
          <Section id="scores" title={t('project.sections.scores')}>
            {scoring.isPending ? <Skeleton active /> : scoring.isError ? <Alert type="warning" title={errorMessage(t, scoring.error)} /> : <Scores scoring={scoring.data} />}
          </Section>
        </>
      )}

      <Section id="timeline" title={t('project.sections.timeline')}>
        <EventTimeline project={p} />
      </Section>

      {dialog &&
        (isPromiseAction(dialog) ? (
          <PromiseDialog project={p} action={dialog} onClose={() => setDialog(undefined)} onDone={done} />
        ) : (
          <ActionDialog project={p} action={dialog} onClose={() => setDialog(undefined)} onDone={done} />
        ))}
    </article>
  );
}
