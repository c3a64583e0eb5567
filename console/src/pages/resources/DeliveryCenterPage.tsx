import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { usePersonName } from '../../components/directory';
import { formatBasisPoints, formatMoneyList } from '../../components/moneyList';
import { ScrollRegion } from '../../components/ScrollRegion';
import { WindowPicker } from '../../components/WindowPicker';
import { screen } from '../../screens';
import { hasAnyRole, useSession } from '../../session';
import { Forbidden } from '../Placeholder';
import { Loaded } from '../reports/Loaded';
import { LoadCell } from './LoadCell';
import { useDeliveryCenter, type CenterMember, type DeliveryCenter } from './queries';

const FUNCTIONS = ['presales', 'solution', 'test', 'delivery', 'after_sales', 'custom_dev', 'other'] as const;
const STATUS_COLOURS = { open: '#0958d9', won: '#237804', lost: '#595959' } as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A delivery center (交付中心) as one team: whether it covers the functions the policy requires, its members under each
 * function they hold with their load in the window, the projects it served, its win rate and what a won deal cost.
 */
export default function DeliveryCenterPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const person = useSession().data?.person;
  const [search, setSearch] = useSearchParams();
  const from = search.get('from');
  const to = search.get('to');
  const window = from && to && DATE.test(from) && DATE.test(to) ? { from, to } : undefined;
  const center = useDeliveryCenter(id!, window);
  const roles = screen('resources').roles;
  if (person && !hasAnyRole(person, roles)) return <Forbidden roles={roles ?? []} />;

  return (
    <section aria-labelledby="page-title">
      <Link to="/resources" style={{ display: 'inline-block', marginBottom: 12 }}>
        <ArrowLeftOutlined /> {t('resources.title')}
      </Link>
      <Loaded query={center}>
        {(data) => (
          <>
            <Typography.Title level={1} id="page-title" style={{ fontSize: 24 }}>
              {data.name}
            </Typography.Title>
            <CenterSummary data={data} />
            <CenterReadiness name={data.name} readiness={data.readiness} />
            <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('resources.center.members')}</h2>} style={{ marginBottom: 16 }}>
              <Space orientation="vertical" style={{ width: '100%' }}>
                <WindowPicker window={data.window} onChange={(w) => setSearch({ from: w.from, to: w.to })} />
                <Typography.Text type="secondary">
                  {t('resources.center.capacity', { days: data.window.capacityDaysPerPerson, working: data.window.workingDays })}
                </Typography.Text>
                {FUNCTIONS.filter((f) => data.members[f].length > 0).map((f) => (
                  <MembersTable key={f} fn={f} members={data.members[f]} capacity={data.window.capacityDaysPerPerson} />
                ))}
                {FUNCTIONS.every((f) => data.members[f].length === 0) && <Typography.Text>{t('resources.center.noMembers')}</Typography.Text>}
              </Space>
            </Card>
            <ProjectsServed data={data} />
          </>
        )}
      </Loaded>
    </section>
  );
}

function CenterSummary({ data }: { data: DeliveryCenter }) {
  const { t, i18n } = useTranslation();
  const nameOf = usePersonName();
  const lang = i18n.language;
  return (
    <Card style={{ marginBottom: 16 }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} md={6}>
          <Statistic title={t(data.solution ? 'resources.center.solution' : 'resources.center.industry')} value={data.solution ?? data.industry ?? ''} />
        </Col>
        <Col xs={24} sm={12} md={6}>
          <Statistic title={t('resources.center.lead')} value={nameOf(data.leadId)} />
        </Col>
        <Col xs={24} sm={12} md={6}>
          <Statistic
            title={t('resources.center.winRate')}
            value={data.winRate === null ? '—' : formatBasisPoints(Math.round(data.winRate * 10_000), lang)}
            suffix={<span style={{ fontSize: 14 }}>{t('resources.center.closed', { won: data.closed.won, lost: data.closed.lost })}</span>}
          />
        </Col>
        <Col xs={24} sm={12} md={6}>
          <Statistic title={t('resources.center.costPerWonDeal')} value={formatMoneyList(data.costPerWonDeal, lang)} />
        </Col>
      </Row>
    </Card>
  );
}

/** 多位一体: each function the policy requires, covered (with its head count) or missing, and a warning while one is missing. */
function CenterReadiness({ name, readiness }: { name: string; readiness: DeliveryCenter['readiness'] }) {
  const { t } = useTranslation();
  const fn = (f: (typeof readiness.required)[number]) => t(`resources.functions.${f}`);
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('resources.center.readiness.title')}</h2>} style={{ marginBottom: 16 }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {readiness.required.length === 0 ? (
          <Typography.Text>{t('resources.center.readiness.noneRequired')}</Typography.Text>
        ) : (
          <ul aria-label={t('resources.center.readiness.required')} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            {readiness.required.map((f) => {
              const count = readiness.covered[f] ?? 0;
              const missing = readiness.missing.includes(f);
              return (
                <li key={f} data-readiness={missing ? 'missing' : 'covered'}>
                  <Tag variant="solid" color={missing ? '#a8071a' : '#237804'} style={{ marginInlineEnd: 0 }}>
                    {missing ? t('resources.center.readiness.missing', { fn: fn(f) }) : t('resources.center.readiness.covered', { fn: fn(f), count })}
                  </Tag>
                </li>
              );
            })}
          </ul>
        )}
        {readiness.ready ? (
          readiness.required.length > 0 && <Typography.Text type="success">{t('resources.center.readiness.ready')}</Typography.Text>
        ) : (
          <Alert
            type="warning"
            showIcon
            title={t('resources.center.readiness.notReady', { center: name, functions: readiness.missing.map((f) => t(`roles.${f}`)).join(t('resources.center.readiness.separator')) })}
          />
        )}
      </Space>
    </Card>
  );
}

function MembersTable({ fn, members, capacity }: { fn: (typeof FUNCTIONS)[number]; members: CenterMember[]; capacity: number }) {
  const { t, i18n } = useTranslation();
  const title = t(`resources.functions.${fn}`);
  return (
    <div>
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t('resources.center.functionCount', { fn: title, count: members.length })}
      </Typography.Title>
      <ScrollRegion label={t('resources.center.membersOf', { fn: title })} minWidth={640}>
        <Table<CenterMember>
          size="small"
          rowKey="id"
          dataSource={members}
          pagination={false}
          columns={[
            { key: 'name', title: t('resources.person'), dataIndex: 'name' },
            { key: 'roles', title: t('resources.center.roles'), render: (_, m) => m.roles.map((r) => t(`roles.${r}`)).join(', ') },
            { key: 'rate', title: t('resources.center.rateLevel'), render: (_, m) => m.rateLevel ?? '—' },
            { key: 'load', title: t('resources.center.load'), render: (_, m) => <LoadCell booked={m.bookedDays} capacity={capacity} worked={m.workedDays} /> },
            { key: 'share', title: t('resources.center.bookedShare'), align: 'right', render: (_, m) => formatBasisPoints(m.bookedBasisPoints, i18n.language) },
          ]}
        />
      </ScrollRegion>
    </div>
  );
}

function ProjectsServed({ data }: { data: DeliveryCenter }) {
  const { t } = useTranslation();
  type Served = DeliveryCenter['projectsServed'][number];
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('resources.center.projects', { count: data.projectsServed.length })}</h2>}>
      <Table<Served>
        size="small"
        rowKey="id"
        dataSource={data.projectsServed}
        pagination={data.projectsServed.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        columns={[
          { key: 'name', title: t('reports.columns.project'), render: (_, p) => <Link to={`/projects/${p.id}`}>{p.name}</Link> },
          { key: 'tier', title: t('reports.columns.tier'), dataIndex: 'tier' },
          {
            key: 'status',
            title: t('resources.center.status'),
            render: (_, p) => (
              <Tag variant="solid" color={STATUS_COLOURS[p.status]}>
                {t(`reports.budget.statuses.${p.status}`)}
              </Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}
