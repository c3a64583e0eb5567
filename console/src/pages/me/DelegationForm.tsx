import { Alert, App, Button, Descriptions, Form, Popconfirm, Select, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeopleDirectory, usePersonName } from '../../components/directory';
import { firstSegmentOf } from '../../components/fieldErrors';
import { formFailure } from '../../components/formFailure';
import { formatDateTime } from '../../format';
import { useSession } from '../../session';
import { useDelegation, useSaveDelegation, type DelegationBody } from './queries';

interface Values {
  delegateId?: string;
  from?: string;
  until?: string;
}

/** `2026-12-01T09:00` typed in a datetime-local field is the viewer's local time; the API takes an instant. */
export function localToIso(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** An instant as a datetime-local field shows it, in the viewer's time zone. */
export function isoToLocal(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function delegationBody(values: Values): DelegationBody | undefined {
  const from = localToIso(values.from ?? '');
  const until = localToIso(values.until ?? '');
  return values.delegateId && from && until ? { delegateId: values.delegateId, from, until } : undefined;
}

const dateField = { padding: '4px 11px', border: '1px solid #8c8c8c', borderRadius: 6, font: 'inherit', width: '100%', boxSizing: 'border-box' } as const;

/**
 * 外出代理: while out of office, approvals, dispatch decisions and handoff offers go to the delegate. One delegate at a
 * time, from and until a moment; ending it early brings them back.
 */
export function DelegationForm() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const me = useSession().data?.person;
  const delegation = useDelegation();
  const people = usePeopleDirectory();
  const nameOf = usePersonName();
  const save = useSaveDelegation();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string[]>([]);
  if (delegation.isPending) return <Skeleton active />;
  if (delegation.isError) return <Alert type="error" showIcon title={formFailure(t, form, delegation.error, () => undefined).join('; ')} />;
  const current = delegation.data;

  const submit = (values: Values) => {
    const body = delegationBody(values);
    if (!body) return;
    setFailure([]);
    save.mutate(body, {
      onSuccess: () => {
        void message.success(t('me.delegation.saved'));
        form.resetFields();
      },
      onError: (error) => setFailure(formFailure(t, form, error, firstSegmentOf(['delegateId', 'from', 'until']))),
    });
  };
  const end = () =>
    save.mutate(null, {
      onSuccess: () => void message.success(t('me.delegation.ended')),
      onError: (error) => setFailure(formFailure(t, form, error, () => undefined)),
    });

  const options = (people.data ?? []).filter((p) => p.id !== me?.id && p.deactivatedAt === null).map((p) => ({ value: p.id, label: p.name }));

  return (
    <section aria-labelledby="delegation-title">
      <Typography.Title level={2} id="delegation-title" style={{ fontSize: 18 }}>
        {t('me.delegation.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('me.delegation.explain')}</Typography.Paragraph>
      {current ? (
        <Space orientation="vertical" style={{ marginBottom: 24 }}>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'who', label: t('me.delegation.delegate'), children: nameOf(current.delegateId) },
              { key: 'from', label: t('me.delegation.from'), children: formatDateTime(current.from, i18n.language) },
              { key: 'until', label: t('me.delegation.until'), children: formatDateTime(current.until, i18n.language) },
            ]}
          />
          <Popconfirm title={t('me.delegation.endConfirm')} okText={t('me.delegation.end')} cancelText={t('common.cancel')} onConfirm={end}>
            <Button danger loading={save.isPending && save.variables === null}>
              {t('me.delegation.end')}
            </Button>
          </Popconfirm>
        </Space>
      ) : (
        <Typography.Paragraph>{t('me.delegation.none')}</Typography.Paragraph>
      )}
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {current ? t('me.delegation.replace') : t('me.delegation.set')}
      </Typography.Title>
      <Form<Values> name="delegation" form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 560 }} requiredMark={false}>
        <Form.Item name="delegateId" label={t('me.delegation.delegate')} rules={[{ required: true, message: t('me.delegation.delegateRequired') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={options} loading={people.isPending} />
        </Form.Item>
        <Form.Item
          name="from"
          label={t('me.delegation.from')}
          rules={[{ required: true, message: t('me.delegation.fromRequired') }, { validator: async (_, v?: string) => { if (v && !localToIso(v)) throw new Error(t('me.delegation.dateInvalid')); } }]}
        >
          <input type="datetime-local" style={dateField} />
        </Form.Item>
        <Form.Item
          name="until"
          label={t('me.delegation.until')}
          dependencies={['from']}
          rules={[
            { required: true, message: t('me.delegation.untilRequired') },
            ({ getFieldValue }) => ({
              validator: async (_, v?: string) => {
                const until = localToIso(v ?? '');
                const from = localToIso(getFieldValue('from') ?? '');
                if (v && !until) throw new Error(t('me.delegation.dateInvalid'));
                if (until && from && until <= from) throw new Error(t('me.delegation.untilAfterFrom'));
              },
            }),
          ]}
        >
          <input type="datetime-local" style={dateField} />
        </Form.Item>
        {failure.length > 0 && <Alert type="error" showIcon role="alert" title={failure.join('; ')} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={save.isPending && save.variables !== null}>
          {t('me.delegation.save')}
        </Button>
      </Form>
    </section>
  );
}
