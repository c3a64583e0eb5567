import { Alert, App, Button, Descriptions, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { usePeopleDirectory, useOffices, usePersonName } from '../../components/directory';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDateTime } from '../../format';
import { useSession } from '../../session';
import { useDeliveryCenters } from '../resources/queries';
import { InviteDialog } from './InviteDialog';
import { LinkDialog } from './LinkDialog';
import { ReasonDialog } from './ReasonDialog';
import { useAccess, useIssueLink, useSetActive, type Link, type Person } from './queries';

/** People: who they are, where they sit, whether they may sign in; invite, reset, deactivate and reactivate. */
export function PeopleSection() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useSession().data?.person;
  const people = usePeopleDirectory();
  const offices = useOffices();
  const centers = useDeliveryCenters();
  const nameOf = usePersonName();
  const issue = useIssueLink();
  const setActive = useSetActive();
  const [inviting, setInviting] = useState(false);
  const [shown, setShown] = useState<{ link: Link; name: string }>();
  const [toggling, setToggling] = useState<Person>();

  if (people.isPending) return <Skeleton active />;
  if (people.isError) return <Alert type="error" showIcon title={errorMessage(t, people.error)} />;
  const officeName = (id: string | null) => (id ? (offices.data?.find((o) => o.id === id)?.name ?? id.slice(0, 8)) : '—');
  const centerName = (id: string | null) => (id ? (centers.data?.find((c) => c.id === id)?.name ?? id.slice(0, 8)) : '—');

  const issueLink = (person: Person, purpose: 'invitation' | 'reset') =>
    issue.mutate(
      { id: person.id, purpose },
      { onSuccess: (link) => setShown({ link, name: person.name }), onError: (error) => void message.error(errorMessage(t, error)) },
    );

  return (
    <section aria-labelledby="people-title">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={2} id="people-title" style={{ fontSize: 18, margin: 0 }}>
          {t('admin.people.title', { count: people.data.length })}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setInviting(true)}>
          {t('admin.people.invite')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary">{t('admin.people.editNote')}</Typography.Paragraph>
      <ScrollRegion label={t('admin.people.tableLabel')} minWidth={1100}>
        <Table<Person>
          size="small"
          rowKey="id"
          dataSource={people.data}
          pagination={people.data.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          expandable={{ expandedRowRender: (p) => <AccessDetails id={p.id} />, rowExpandable: () => true }}
          columns={[
            { key: 'name', title: t('admin.people.name'), dataIndex: 'name' },
            { key: 'email', title: t('admin.people.email'), dataIndex: 'email' },
            { key: 'roles', title: t('admin.people.roles'), render: (_, p) => p.roles.map((r) => t(`roles.${r}`)).join(', ') },
            { key: 'manager', title: t('admin.people.manager'), render: (_, p) => (p.managerId ? nameOf(p.managerId) : '—') },
            { key: 'office', title: t('admin.people.office'), render: (_, p) => officeName(p.officeId) },
            { key: 'center', title: t('admin.people.center'), render: (_, p) => centerName(p.deliveryCenterId) },
            { key: 'rate', title: t('admin.people.rateLevel'), render: (_, p) => p.rateLevel ?? '—' },
            {
              key: 'status',
              title: t('admin.people.status'),
              render: (_, p) =>
                p.deactivatedAt ? (
                  <Tag variant="solid" color="#595959">{t('admin.people.inactive')}</Tag>
                ) : (
                  <Tag variant="solid" color="#237804">{t('admin.people.active')}</Tag>
                ),
            },
            {
              key: 'actions',
              title: t('admin.people.actions'),
              render: (_, p) => (
                <Space wrap size={4}>
                  <Button size="small" onClick={() => issueLink(p, 'invitation')} disabled={Boolean(p.deactivatedAt)} aria-label={t('admin.people.inviteAgainOf', { name: p.name })}>
                    {t('admin.people.inviteAgain')}
                  </Button>
                  <Button size="small" onClick={() => issueLink(p, 'reset')} disabled={Boolean(p.deactivatedAt)} aria-label={t('admin.people.resetOf', { name: p.name })}>
                    {t('admin.people.reset')}
                  </Button>
                  {p.id !== me?.id && (
                    <Button size="small" danger={!p.deactivatedAt} onClick={() => setToggling(p)} aria-label={t(p.deactivatedAt ? 'admin.people.reactivateOf' : 'admin.people.deactivateOf', { name: p.name })}>
                      {p.deactivatedAt ? t('admin.people.reactivate') : t('admin.people.deactivate')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </ScrollRegion>
      <InviteDialog
        open={inviting}
        onClose={() => setInviting(false)}
        onInvited={(link, name) => {
          setInviting(false);
          setShown({ link, name });
        }}
      />
      <LinkDialog link={shown?.link} name={shown?.name ?? ''} onClose={() => setShown(undefined)} />
      {toggling && (
        <ReasonDialog
          title={t(toggling.deactivatedAt ? 'admin.people.reactivateTitle' : 'admin.people.deactivateTitle', { name: toggling.name })}
          okText={toggling.deactivatedAt ? t('admin.people.reactivate') : t('admin.people.deactivate')}
          danger={!toggling.deactivatedAt}
          pending={setActive.isPending}
          onClose={() => setToggling(undefined)}
          onSubmit={(reason, fail) =>
            setActive.mutate(
              { id: toggling.id, active: Boolean(toggling.deactivatedAt), reason },
              {
                onSuccess: () => {
                  void message.success(t('admin.saved'));
                  setToggling(undefined);
                },
                onError: fail,
              },
            )
          }
        />
      )}
    </section>
  );
}

/** Whether a person can sign in: deactivated, password set, open sessions, a pending link. */
function AccessDetails({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const access = useAccess(id);
  if (access.isPending) return <Skeleton active paragraph={{ rows: 1 }} />;
  if (access.isError) return <Alert type="error" showIcon title={errorMessage(t, access.error)} />;
  const a = access.data;
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 4 }}
      items={[
        { key: 'password', label: t('admin.access.password'), children: a.passwordSet ? t('admin.access.set') : t('admin.access.notSet') },
        { key: 'sessions', label: t('admin.access.sessions'), children: a.openSessions },
        {
          key: 'link',
          label: t('admin.access.link'),
          children: a.pendingLink ? t(`admin.access.pending.${a.pendingLink.purpose}`, { until: formatDateTime(a.pendingLink.expiresAt, i18n.language) }) : '—',
        },
        { key: 'deactivated', label: t('admin.access.deactivated'), children: a.deactivatedAt ? formatDateTime(a.deactivatedAt, i18n.language) : '—' },
      ]}
    />
  );
}
