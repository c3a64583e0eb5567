import { Alert, Button, Card, List, Select, Skeleton, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/errors';
import { downloadCsv } from '../../components/csv';
import { usePersonName } from '../../components/directory';
import { ScrollRegion } from '../../components/ScrollRegion';
import { screen } from '../../screens';
import { hasAnyRole, useSession } from '../../session';
import { Forbidden } from '../Placeholder';
import { LoadCell } from './LoadCell';
import { useDeliveryCenters, useWeeklyUtilization, type Utilization } from './queries';
import { loadOf, UNDER_BOOKED_SHARE, weeksEnding, type Week } from './weeks';
import { Page } from '../../components/Page';

const WEEK_COUNTS = [4, 8, 12] as const;

interface PersonWeeks {
  personId: string;
  name: string;
  weeks: (Utilization['people'][number] | undefined)[];
}

/** People as rows, weeks as columns, from one utilization answer per week. */
function byPerson(answers: readonly Utilization[]): PersonWeeks[] {
  const rows = new Map<string, PersonWeeks>();
  answers.forEach((answer, i) => {
    for (const person of answer.people) {
      const row = rows.get(person.personId) ?? { personId: person.personId, name: person.name, weeks: answers.map(() => undefined) };
      row.weeks[i] = person;
      rows.set(person.personId, row);
    }
  });
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * 资源: who is booked how much, week by week, against their capacity on the policy calendar; over- and
 * under-booked weeks stand out. Then the delivery centers, each with a page of its own.
 */
export default function ResourcesPage() {
  const { t } = useTranslation();
  const person = useSession().data?.person;
  const [search, setSearch] = useSearchParams();
  const count = WEEK_COUNTS.find((n) => String(n) === search.get('weeks')) ?? 8;
  const weeks = useMemo(() => weeksEnding(new Date(), count), [count]);
  const reports = useWeeklyUtilization(weeks);
  const centers = useDeliveryCenters();
  const roles = screen('resources').roles;
  if (person && !hasAnyRole(person, roles)) return <Forbidden roles={roles ?? []} />;

  const failed = reports.find((r) => r.isError);
  const answers = reports.every((r) => r.data) ? reports.map((r) => r.data!) : undefined;

  return (
    <Page title={t('resources.title')}>
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('resources.byWeek')}</h2>}
        extra={
          <Space wrap>
            <Select<number>
              aria-label={t('resources.weekCount')}
              value={count}
              onChange={(n) => setSearch(n === 8 ? {} : { weeks: String(n) })}
              options={WEEK_COUNTS.map((n) => ({ value: n, label: t('resources.weeks', { count: n }) }))}
              style={{ width: 120 }}
            />
            {answers && <CsvButton weeks={weeks} rows={byPerson(answers)} />}
          </Space>
        }
        style={{ marginBottom: 16 }}
      >
        <Typography.Paragraph type="secondary">{t('resources.explain', { share: UNDER_BOOKED_SHARE * 100 })}</Typography.Paragraph>
        {failed ? (
          <Alert type="error" showIcon title={errorMessage(t, failed.error)} />
        ) : !answers ? (
          <Skeleton active />
        ) : (
          <WeekTable weeks={weeks} rows={byPerson(answers)} />
        )}
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('resources.centers')}</h2>}>
        <CenterList centers={centers} />
      </Card>
    </Page>
  );
}

function weekLabel(week: Week, language: string): string {
  const format = new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(`${week.from}T00:00:00Z`));
}

function WeekTable({ weeks, rows }: { weeks: readonly Week[]; rows: PersonWeeks[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ScrollRegion label={t('resources.tableLabel')} minWidth={200 + weeks.length * 130}>
      <Table<PersonWeeks>
        size="small"
        rowKey="personId"
        dataSource={rows}
        pagination={rows.length > 30 ? { pageSize: 30, showSizeChanger: false } : false}
        columns={[
          { key: 'name', title: t('resources.person'), dataIndex: 'name', fixed: 'left' },
          ...weeks.map((week, i) => ({
            key: week.from,
            title: t('resources.weekOf', { date: weekLabel(week, i18n.language) }),
            render: (_: unknown, row: PersonWeeks) => {
              const cell = row.weeks[i];
              return cell ? <LoadCell booked={cell.bookedDays} capacity={cell.capacityDays} worked={cell.workedDays} /> : '—';
            },
          })),
        ]}
      />
    </ScrollRegion>
  );
}

function CsvButton({ weeks, rows }: { weeks: readonly Week[]; rows: PersonWeeks[] }) {
  const { t } = useTranslation();
  const download = () =>
    downloadCsv(
      `resources-${weeks[0]!.from}-${weeks.at(-1)!.to}`,
      [t('resources.person'), t('resources.weekStart'), t('resources.capacity'), t('resources.booked'), t('resources.workedDays'), t('resources.loadColumn')],
      rows.flatMap((row) =>
        weeks.map((week, i) => {
          const cell = row.weeks[i];
          return [row.name, week.from, cell?.capacityDays, cell?.bookedDays, cell?.workedDays, cell ? t(`resources.load.${loadOf(cell.bookedDays, cell.capacityDays)}`) : ''];
        }),
      ),
    );
  return (
    <Button icon={<DownloadOutlined />} onClick={download}>
      {t('charts.downloadCsv')}
    </Button>
  );
}

function CenterList({ centers }: { centers: ReturnType<typeof useDeliveryCenters> }) {
  const { t } = useTranslation();
  const nameOf = usePersonName();
  if (centers.isPending) return <Skeleton active />;
  if (centers.isError) return <Alert type="error" showIcon title={errorMessage(t, centers.error)} />;
  return (
    <List
      dataSource={centers.data}
      locale={{ emptyText: t('resources.noCenters') }}
      renderItem={(center) => (
        <List.Item>
          <List.Item.Meta
            title={<Link to={`/resources/centers/${center.id}`}>{center.name}</Link>}
            description={
              center.solution
                ? t('resources.solutionCenterLine', { solution: center.solution, lead: nameOf(center.leadId) })
                : t('resources.centerLine', { industry: center.industry, lead: nameOf(center.leadId) })
            }
          />
        </List.Item>
      )}
    />
  );
}
