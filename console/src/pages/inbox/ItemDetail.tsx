import { Alert, Button, Descriptions, Result, Skeleton, Space, Tag, Typography, type DescriptionsProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/errors';
import { formatDateTime, formatMoney } from '../../format';
import { DecisionDialog, type DialogState, type PersonOption } from './DecisionDialogs';
import { StatusTag } from './StatusTag';
import {
  useApproval,
  useCandidates,
  useCenter,
  useHandoff,
  usePeople,
  useProject,
  type Approval,
  type Handoff,
  type InboxHandoff,
  type ProjectDetail,
} from './queries';

function useNames(): (id: string | null | undefined) => string {
  const people = usePeople();
  return (id) => (id ? (people.data?.find((p) => p.id === id)?.name ?? id.slice(0, 8)) : '—');
}

type Items = NonNullable<DescriptionsProps['items']>;

function useProjectFacts(project: ProjectDetail | undefined): Items {
  const { t, i18n } = useTranslation();
  if (!project) return [];
  return [
    { key: 'project', label: t('common.project'), children: <Link to={`/projects/${project.id}`}>{project.name}</Link> },
    { key: 'customer', label: t('common.customer'), children: project.customerName },
    { key: 'tier', label: t('common.tier'), children: <Tag>{project.tier}</Tag> },
    { key: 'value', label: t('common.expectedValue'), children: formatMoney(project.expectedValue, i18n.language) },
    { key: 'stage', label: t('common.stage'), children: project.stage },
  ];
}

/** Only the facts there are: a missing decision or comment leaves no empty row. */
function present(items: Array<Items[number] | false | null | undefined | '' | 0>): Items {
  return items.filter((item): item is Items[number] => Boolean(item));
}

function Heading({ kindKey, project }: { kindKey: string; project: ProjectDetail | undefined }) {
  const { t } = useTranslation();
  return (
    <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }} id="item-title">
      {t(kindKey)}
      {project ? ` · ${project.name}` : ''}
    </Typography.Title>
  );
}

function LoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={errorMessage(t, error)}
      extra={<Button onClick={onRetry}>{t('common.reload')}</Button>}
    />
  );
}

function Candidates({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const candidates = useCandidates(requestId);
  if (candidates.isPending) return <Skeleton active />;
  if (candidates.isError) return <Alert type="warning" title={errorMessage(t, candidates.error)} />;
  const { request, ranked } = candidates.data;
  return (
    <section aria-labelledby="candidates-title" style={{ marginTop: 16 }}>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={present([
          { key: 'request', label: t('inbox.request'), children: `${t(`roles.${request.role}`)} · ${t('inbox.days', { count: request.days })}` },
          request.skills.length > 0 && { key: 'skills', label: t('inbox.skills'), children: request.skills.join(', ') },
          { key: 'note', label: t('common.note'), children: request.note },
        ])}
      />
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }} id="candidates-title">
        {t('inbox.candidates')}
      </Typography.Title>
      {ranked.length === 0 ? (
        <Typography.Paragraph>{t('inbox.noCandidates')}</Typography.Paragraph>
      ) : (
        <ol style={{ paddingInlineStart: 20 }}>
          {ranked.map((candidate) => (
            <li key={candidate.personId} style={{ marginBottom: 8 }}>
              <Typography.Text strong>{candidate.name}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {t('inbox.candidateFree', { free: candidate.freeDays, capacity: candidate.capacityDays })}
              </Typography.Text>
              <ul style={{ paddingInlineStart: 18, margin: 0 }}>
                {candidate.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The facts of an item, one per line, as both kinds of item show them. */
function ItemFacts({ items }: { items: DescriptionsProps['items'] }) {
  return <Descriptions size="small" column={1} bordered items={items} />;
}

export function ApprovalDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const approval = useApproval(id);
  const project = useProject(approval.data?.projectId);
  const candidates = useCandidates(approval.data?.kind === 'resource' ? approval.data.requestId : undefined);
  const people = usePeople();
  const nameOf = useNames();
  const facts = useProjectFacts(project.data);
  const center = useCenter(approval.data?.kind === 'dispatch' ? project.data?.dispatch.deliveryCenterId : undefined);
  const [dialog, setDialog] = useState<DialogState>();

  if (approval.isPending) return <Skeleton active />;
  if (approval.isError) return <LoadFailed error={approval.error} onRetry={() => void approval.refetch()} />;
  const a: Approval = approval.data;
  const pending = a.status === 'pending';

  // A dispatch to a delivery center appoints one of its members (统一指挥): they are offered first, everyone else after.
  const centerMembers = new Map(Object.values(center.data?.members ?? {}).flat().map((m) => [m.id, m.name]));
  const personOptions = (): PersonOption[] =>
    a.kind === 'resource'
      ? (candidates.data?.ranked ?? []).map((c) => ({ value: c.personId, label: c.name }))
      : [
          ...[...centerMembers].map(([value, label]) => ({ value, label })),
          ...(people.data ?? []).filter((p) => !p.deactivatedAt && !centerMembers.has(p.id)).map((p) => ({ value: p.id, label: p.name })),
        ];
  const missing = center.data?.readiness.missing ?? [];

  return (
    <article aria-labelledby="item-title">
      <Heading kindKey={`inbox.kinds.${a.kind}`} project={project.data} />
      <ItemFacts
        items={present([
          ...facts,
          { key: 'approver', label: t('inbox.approver'), children: a.approverId ? nameOf(a.approverId) : a.approverLabel },
          { key: 'requested', label: t('common.requestedAt'), children: formatDateTime(a.requestedAt, i18n.language) },
          { key: 'status', label: t('common.status'), children: <StatusTag status={a.status} /> },
          a.decidedAt && { key: 'decided', label: t('inbox.decidedAt'), children: formatDateTime(a.decidedAt, i18n.language) },
          a.comment && { key: 'comment', label: t('common.comment'), children: a.comment },
        ])}
      />
      {pending && missing.length > 0 && (
        <Alert
          style={{ marginTop: 16 }}
          type="warning"
          showIcon
          title={t('inbox.centerMissing', { center: center.data?.name, functions: missing.map((f) => t(`roles.${f}`)).join(t('inbox.listSeparator')) })}
        />
      )}
      {pending ? (
        <Space style={{ marginTop: 16 }} wrap>
          <Button
            type="primary"
            onClick={() =>
              setDialog({ action: 'approve', approvalKind: a.kind, people: personOptions(), requestedPersonId: candidates.data?.request.personId })
            }
          >
            {t('inbox.actions.approve')}
          </Button>
          <Button danger onClick={() => setDialog({ action: 'reject' })}>
            {t('inbox.actions.reject')}
          </Button>
        </Space>
      ) : (
        <Alert style={{ marginTop: 16 }} type="info" title={t('inbox.notPending', { status: t(`inbox.statuses.${a.status}`) })} />
      )}
      {a.kind === 'resource' && a.requestId && <Candidates requestId={a.requestId} />}
      <DecisionDialog item={{ kind: 'approval', id: a.id, projectId: a.projectId }} dialog={dialog} onClose={() => setDialog(undefined)} />
    </article>
  );
}

export function HandoffDetail({ id, listed }: { id: string; listed: InboxHandoff | undefined }) {
  const { t, i18n } = useTranslation();
  const handoff = useHandoff(id);
  const project = useProject(handoff.data?.projectId);
  const nameOf = useNames();
  const facts = useProjectFacts(project.data);
  const [dialog, setDialog] = useState<DialogState>();

  if (handoff.isPending) return <Skeleton active />;
  if (handoff.isError) return <LoadFailed error={handoff.error} onRetry={() => void handoff.refetch()} />;
  const h: Handoff = handoff.data;
  const pending = h.status === 'pending';
  // Offered to someone the viewer stands in for but may not decide: the inbox says why it waits for the nominee.
  const waitsForNominee = listed?.waitsForNominee ?? null;

  return (
    <article aria-labelledby="item-title">
      <Heading kindKey="inbox.kinds.handoff" project={project.data} />
      <ItemFacts
        items={present([
          ...facts,
          { key: 'from', label: t('inbox.from'), children: nameOf(h.fromPersonId) },
          { key: 'to', label: t('inbox.to'), children: nameOf(h.toPersonId) },
          { key: 'reason', label: t('common.reason'), children: h.reason },
          { key: 'proposed', label: t('inbox.proposedAt'), children: formatDateTime(h.proposedAt, i18n.language) },
          { key: 'status', label: t('common.status'), children: <StatusTag status={h.status} /> },
          h.decidedAt && { key: 'decided', label: t('inbox.decidedAt'), children: formatDateTime(h.decidedAt, i18n.language) },
          h.decisionReason && { key: 'decision', label: t('common.reason'), children: h.decisionReason },
        ])}
      />
      {waitsForNominee && <Alert style={{ marginTop: 16 }} type="info" title={t('inbox.delegateNote', { reason: waitsForNominee })} />}
      {pending && !waitsForNominee && (
        <Space style={{ marginTop: 16 }} wrap>
          <Button type="primary" onClick={() => setDialog({ action: 'accept' })}>
            {t('inbox.actions.accept')}
          </Button>
          <Button danger onClick={() => setDialog({ action: 'decline' })}>
            {t('inbox.actions.decline')}
          </Button>
        </Space>
      )}
      {!pending && <Alert style={{ marginTop: 16 }} type="info" title={t('inbox.notPending', { status: t(`inbox.statuses.${h.status}`) })} />}
      <DecisionDialog item={{ kind: 'handoff', id: h.id, projectId: h.projectId }} dialog={dialog} onClose={() => setDialog(undefined)} />
    </article>
  );
}
