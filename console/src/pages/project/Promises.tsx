import { Alert, Descriptions, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePersonName } from '../../components/directory';
import { formatDateTime } from '../../format';
import type { ProjectDetail } from './queries';

type Promises = ProjectDetail['promises'];
type Promised = Promises['promised'][number];

// Solid tags in colours that pass WCAG AA with white text (CONSOLE-NOTES.md).
const GATE_COLOURS: Record<Promises['gate'], string> = { unsigned: '#595959', signed: '#237804', rejected: '#cf1322', reopened: '#ad4e00' };

/** Whether the page has anything to say about promises: a sign-off, a list, or a delivery handoff. */
export const hasPromises = (promises: Promises): boolean =>
  promises.gate !== 'unsigned' || promises.commitments.length > 0 || promises.deliveryHandoff !== null;

/** A commitment's state once the project is won: kept, not kept (at go-live), or still open (overdue when its day passed). */
function Outcome({ row, today }: { row: Promised; today: string }) {
  const { t } = useTranslation();
  if (row.kept === true) return <Tag variant="solid" color="#237804">{t('project.promises.kept')}</Tag>;
  if (row.kept === false) return <Tag variant="solid" color="#cf1322">{t('project.promises.notKept')}</Tag>;
  return row.dueDate < today ? <Tag variant="solid" color="#ad4e00">{t('project.promises.overdue')}</Tag> : <Tag>{t('project.promises.open')}</Tag>;
}

/**
 * 不随意许诺, 交付移交: where the feasibility gate stands, what is promised and by when, a change waiting for delivery to
 * sign again; after a win who answers for delivery, and after the go-live whether each promise was kept.
 */
export function PromisesSection({ project }: { project: ProjectDetail }) {
  const { t, i18n } = useTranslation();
  const nameOf = usePersonName();
  const { gate, commitments, change, deliveryHandoff: handoff, promised, goLive } = project.promises;
  const today = new Date().toISOString().slice(0, 10);
  const listColumns: TableColumnsType<Promises['commitments'][number]> = [
    { key: 'item', title: t('project.promises.itemColumn'), render: (_, c) => c.item },
    { key: 'due', title: t('project.promises.dueColumn'), render: (_, c) => c.dueDate },
  ];
  const promisedColumns: TableColumnsType<Promised> = [
    ...(listColumns as TableColumnsType<Promised>),
    { key: 'kept', title: t('project.promises.outcomeColumn'), render: (_, c) => <Outcome row={c} today={today} /> },
    { key: 'note', title: t('common.note'), render: (_, c) => c.note ?? '—' },
  ];

  return (
    <>
      <Typography.Paragraph>
        <Tag variant="solid" color={GATE_COLOURS[gate]}>
          {t(`project.promises.gates.${gate}`)}
        </Tag>{' '}
        {t(`project.promises.gateHelp.${gate}`)}
      </Typography.Paragraph>
      {change && (
        <Alert
          type={gate === 'reopened' ? 'warning' : 'info'}
          style={{ marginBottom: 12 }}
          title={t('project.promises.changed', { name: nameOf(change.changedById), at: formatDateTime(change.changedAt, i18n.language) })}
          description={change.reason}
        />
      )}
      {!handoff && (
        <Table
          rowKey="index"
          size="small"
          pagination={false}
          columns={listColumns}
          dataSource={commitments}
          locale={{ emptyText: t('project.promises.noCommitments') }}
        />
      )}
      {handoff && (
        <>
          <Typography.Title level={3} className="project-subtitle">
            {t('project.promises.handoffTitle')}
          </Typography.Title>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'to', label: t('project.promises.offeredTo'), children: `${nameOf(handoff.toPersonId)} · ${t(`project.promises.via.${handoff.via}`)}` },
              {
                key: 'status',
                label: t('common.status'),
                children:
                  handoff.status === 'accepted'
                    ? t('project.promises.acceptedBy', { name: nameOf(handoff.ownerId), at: handoff.acceptedAt ? formatDateTime(handoff.acceptedAt, i18n.language) : '—' })
                    : t('project.promises.waitingAccept', { due: formatDateTime(handoff.dueAt, i18n.language) }),
              },
              ...(goLive
                ? [{ key: 'live', label: t('project.promises.liveOn'), children: t('project.promises.liveOnBy', { date: goLive.liveOn, name: nameOf(goLive.recordedById) }) }]
                : []),
              ...handoff.declined.map((d, i) => ({
                key: `declined-${i}`,
                label: t('project.promises.declinedBy', { name: nameOf(d.personId) }),
                children: `${formatDateTime(d.at, i18n.language)} · ${d.reason}`,
              })),
            ]}
          />
          <Table
            rowKey="index"
            size="small"
            pagination={false}
            columns={promisedColumns}
            dataSource={promised}
            locale={{ emptyText: t('project.promises.nothingPromised') }}
          />
        </>
      )}
    </>
  );
}
