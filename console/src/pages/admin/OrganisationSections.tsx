import { Alert, App, Button, Card, Form, Input, Popconfirm, Radio, Select, Skeleton, Space, Table, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/errors';
import { usePeopleDirectory, useOffices, usePersonName } from '../../components/directory';
import { firstSegmentOf } from '../../components/fieldErrors';
import { formFailure } from '../../components/formFailure';
import { useDeliveryCenter, useDeliveryCenters } from '../resources/queries';
import { useCenterMember, useCreateCenter, useCreateHotline, useCreateOffice, type Center, type NewCenter, type NewHotline, type NewOffice, type Office } from './queries';

function usePeopleOptions() {
  const people = usePeopleDirectory();
  return (people.data ?? []).filter((p) => !p.deactivatedAt).map((p) => ({ value: p.id, label: p.name }));
}

/** A titled card with a form that creates something, its API errors on its fields. */
function CreateCard<V extends object>({
  name,
  title,
  fields,
  submitText,
  pending,
  onCreate,
}: {
  name: string;
  title: string;
  fields: ReactNode;
  submitText: string;
  pending: boolean;
  onCreate: (values: V, done: () => void, fail: (error: unknown) => void) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [failure, setFailure] = useState<string[]>([]);
  return (
    <Card title={<h3 style={{ fontSize: 15, margin: 0 }}>{title}</h3>} style={{ marginTop: 16, maxWidth: 640 }}>
      <Form<V>
        name={name}
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => {
          setFailure([]);
          onCreate(
            values,
            () => {
              void message.success(t('admin.saved'));
              form.resetFields();
            },
            (error) => setFailure(formFailure(t, form, error, firstSegmentOf(['name', 'region', 'managerId', 'industry', 'leadId', 'officeIds']))),
          );
        }}
      >
        {fields}
        {failure.length > 0 && <Alert type="error" showIcon role="alert" title={failure.join('; ')} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={pending}>
          {submitText}
        </Button>
      </Form>
    </Card>
  );
}

export function OfficesSection() {
  const { t } = useTranslation();
  const offices = useOffices();
  const nameOf = usePersonName();
  const people = usePeopleOptions();
  const create = useCreateOffice();
  return (
    <section aria-labelledby="offices-title">
      <Typography.Title level={2} id="offices-title" style={{ fontSize: 18 }}>
        {t('admin.offices.title')}
      </Typography.Title>
      {offices.isError ? (
        <Alert type="error" showIcon title={errorMessage(t, offices.error)} />
      ) : (
        <Table<Office>
          size="small"
          rowKey="id"
          loading={offices.isPending}
          dataSource={offices.data}
          pagination={false}
          columns={[
            { key: 'name', title: t('admin.offices.name'), dataIndex: 'name' },
            { key: 'region', title: t('admin.offices.region'), dataIndex: 'region' },
            { key: 'manager', title: t('admin.offices.manager'), render: (_, o) => nameOf(o.managerId) },
          ]}
        />
      )}
      <CreateCard<NewOffice>
        name="office"
        title={t('admin.offices.create')}
        submitText={t('admin.offices.submit')}
        pending={create.isPending}
        onCreate={(values, done, fail) => create.mutate({ name: values.name.trim(), region: values.region.trim(), managerId: values.managerId }, { onSuccess: done, onError: fail })}
        fields={
          <>
            <Form.Item name="name" label={t('admin.offices.name')} rules={[{ required: true, whitespace: true, message: t('admin.required') }]}>
              <Input />
            </Form.Item>
            <Form.Item name="region" label={t('admin.offices.region')} rules={[{ required: true, whitespace: true, message: t('admin.required') }]}>
              <Input />
            </Form.Item>
            <Form.Item name="managerId" label={t('admin.offices.manager')} rules={[{ required: true, message: t('admin.required') }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={people} />
            </Form.Item>
          </>
        }
      />
    </section>
  );
}

export function CentersSection() {
  const { t } = useTranslation();
  const centers = useDeliveryCenters();
  const nameOf = usePersonName();
  const people = usePeopleOptions();
  const create = useCreateCenter();
  return (
    <section aria-labelledby="centers-title">
      <Typography.Title level={2} id="centers-title" style={{ fontSize: 18 }}>
        {t('admin.centers.title')}
      </Typography.Title>
      {centers.isError ? (
        <Alert type="error" showIcon title={errorMessage(t, centers.error)} />
      ) : (
        <Table<Center>
          size="small"
          rowKey="id"
          loading={centers.isPending}
          dataSource={centers.data}
          pagination={false}
          expandable={{ expandedRowRender: (c) => <CenterMembers center={c} />, rowExpandable: () => true }}
          columns={[
            { key: 'name', title: t('admin.centers.name'), render: (_, c) => <Link to={`/resources/centers/${c.id}`}>{c.name}</Link> },
            {
              key: 'serves',
              title: t('admin.centers.serves'),
              render: (_, c) => (c.solution ? `${t('admin.centers.solution')}: ${c.solution}` : `${t('admin.centers.industry')}: ${c.industry ?? ''}`),
            },
            { key: 'lead', title: t('admin.centers.lead'), render: (_, c) => nameOf(c.leadId) },
          ]}
        />
      )}
      <CreateCard<NewCenter & { focus: 'industry' | 'solution'; key: string }>
        name="center"
        title={t('admin.centers.create')}
        submitText={t('admin.centers.submit')}
        pending={create.isPending}
        onCreate={(values, done, fail) =>
          create.mutate({ name: values.name.trim(), [values.focus ?? 'industry']: values.key.trim(), leadId: values.leadId }, { onSuccess: done, onError: fail })
        }
        fields={
          <>
            <Form.Item name="name" label={t('admin.centers.name')} rules={[{ required: true, whitespace: true, message: t('admin.required') }]}>
              <Input />
            </Form.Item>
            <Form.Item name="focus" label={t('admin.centers.serves')} initialValue="industry">
              <Radio.Group
                options={[
                  { value: 'industry', label: t('admin.centers.industry') },
                  { value: 'solution', label: t('admin.centers.solution') },
                ]}
              />
            </Form.Item>
            <Form.Item noStyle dependencies={['focus']}>
              {({ getFieldValue }) => {
                const focus = getFieldValue('focus') === 'solution' ? 'solution' : 'industry';
                return (
                  <Form.Item name="key" label={t(`admin.centers.${focus}`)} extra={t(`admin.centers.${focus}Help`)} rules={[{ required: true, whitespace: true, message: t('admin.required') }]}>
                    <Input />
                  </Form.Item>
                );
              }}
            </Form.Item>
            <Form.Item name="leadId" label={t('admin.centers.lead')} rules={[{ required: true, message: t('admin.required') }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={people} />
            </Form.Item>
          </>
        }
      />
    </section>
  );
}

/** A center's members (from its page), each removable, and a person to add. */
function CenterMembers({ center }: { center: Center }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const detail = useDeliveryCenter(center.id);
  const people = usePeopleDirectory();
  const member = useCenterMember();
  const [adding, setAdding] = useState<string>();
  if (detail.isPending) return <Skeleton active paragraph={{ rows: 1 }} />;
  if (detail.isError) return <Alert type="error" showIcon title={errorMessage(t, detail.error)} />;
  const members = new Map(Object.values(detail.data.members).flat().map((m) => [m.id, m]));
  const act = (personId: string, action: 'add' | 'remove') =>
    member.mutate(
      { centerId: center.id, personId, action },
      {
        onSuccess: () => {
          void message.success(t('admin.saved'));
          setAdding(undefined);
          void detail.refetch();
        },
        onError: (error) => void message.error(errorMessage(t, error)),
      },
    );
  const candidates = (people.data ?? []).filter((p) => !p.deactivatedAt && !members.has(p.id) && !p.deliveryCenterId);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text strong>{t('admin.centers.members', { count: members.size })}</Typography.Text>
      <Space wrap>
        {[...members.values()].map((m) => (
          <Popconfirm key={m.id} title={t('admin.centers.removeConfirm', { name: m.name })} okText={t('admin.centers.remove')} cancelText={t('common.cancel')} onConfirm={() => act(m.id, 'remove')}>
            <Button size="small" aria-label={t('admin.centers.removeOf', { name: m.name })}>
              {m.name} ×
            </Button>
          </Popconfirm>
        ))}
      </Space>
      <Space wrap>
        <Select
          aria-label={t('admin.centers.addLabel', { center: center.name })}
          placeholder={t('admin.centers.addPlaceholder')}
          value={adding}
          onChange={setAdding}
          showSearch={{ optionFilterProp: 'label' }}
          options={candidates.map((p) => ({ value: p.id, label: p.name }))}
          style={{ minWidth: 240 }}
        />
        <Button disabled={!adding} loading={member.isPending} onClick={() => adding && act(adding, 'add')}>
          {t('admin.centers.add')}
        </Button>
      </Space>
    </Space>
  );
}

export function HotlinesSection() {
  const { t } = useTranslation();
  const people = usePeopleOptions();
  const offices = useOffices();
  const create = useCreateHotline();
  return (
    <section aria-labelledby="hotlines-title">
      <Typography.Title level={2} id="hotlines-title" style={{ fontSize: 18 }}>
        {t('admin.hotlines.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.hotlines.explain')}</Typography.Paragraph>
      <CreateCard<NewHotline>
        name="hotline"
        title={t('admin.hotlines.create')}
        submitText={t('admin.hotlines.submit')}
        pending={create.isPending}
        onCreate={(values, done, fail) =>
          create.mutate({ name: values.name.trim(), leadId: values.leadId, officeIds: values.officeIds ?? [] }, { onSuccess: done, onError: fail })
        }
        fields={
          <>
            <Form.Item name="name" label={t('admin.hotlines.name')} rules={[{ required: true, whitespace: true, message: t('admin.required') }]}>
              <Input />
            </Form.Item>
            <Form.Item name="leadId" label={t('admin.hotlines.lead')} rules={[{ required: true, message: t('admin.required') }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={people} />
            </Form.Item>
            <Form.Item name="officeIds" label={t('admin.hotlines.offices')}>
              <Select mode="multiple" options={(offices.data ?? []).map((o) => ({ value: o.id, label: o.name }))} />
            </Form.Item>
          </>
        }
      />
    </section>
  );
}
