import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeopleDirectory, useOffices } from '../../components/directory';
import { firstSegmentOf } from '../../components/fieldErrors';
import { formFailure } from '../../components/formFailure';
import { useDeliveryCenters } from '../resources/queries';
import { useInvitePerson, type Link, type NewPerson } from './queries';

export const ROLES = ['sales', 'presales', 'solution', 'test', 'delivery', 'after_sales', 'custom_dev', 'hotline', 'manager', 'director', 'admin'] as const;

interface Values {
  name: string;
  email: string;
  roles: NewPerson['roles'];
  managerId?: string;
  officeId?: string;
  deliveryCenterId?: string;
  rateLevel?: string;
}

/** The API's body: optional fields left out rather than sent empty. */
export function newPersonBody(values: Values): NewPerson {
  const body: NewPerson = { name: values.name.trim(), email: values.email.trim(), roles: values.roles };
  if (values.managerId) body.managerId = values.managerId;
  if (values.officeId) body.officeId = values.officeId;
  if (values.deliveryCenterId) body.deliveryCenterId = values.deliveryCenterId;
  if (values.rateLevel?.trim()) body.rateLevel = values.rateLevel.trim();
  return body;
}

const FIELDS = ['name', 'email', 'roles', 'managerId', 'officeId', 'deliveryCenterId', 'rateLevel'];

/** Inviting a person: who they are and where they sit; then the one-time link to set their password. */
export function InviteDialog({ open, onClose, onInvited }: { open: boolean; onClose: () => void; onInvited: (link: Link, name: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const invite = useInvitePerson();
  const people = usePeopleDirectory();
  const offices = useOffices();
  const centers = useDeliveryCenters();
  const [failure, setFailure] = useState<string[]>([]);
  if (!open) return null;

  const submit = (values: Values) => {
    setFailure([]);
    invite.mutate(newPersonBody(values), {
      onSuccess: (link) => {
        form.resetFields();
        onInvited(link, values.name);
      },
      onError: (error) => setFailure(formFailure(t, form, error, firstSegmentOf(FIELDS))),
    });
  };

  return (
    <Modal
      open
      title={t('admin.people.inviteTitle')}
      okText={t('admin.people.invite')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: invite.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> name="invite" form={form} layout="vertical" requiredMark={false} onFinish={submit} initialValues={{ roles: [] }}>
        <Form.Item name="name" label={t('admin.people.name')} rules={[{ required: true, whitespace: true, message: t('admin.people.nameRequired') }, { max: 200 }]}>
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="email" label={t('admin.people.email')} rules={[{ required: true, message: t('admin.people.emailRequired') }, { type: 'email', message: t('admin.people.emailInvalid') }]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="roles" label={t('admin.people.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('admin.people.rolesRequired') }]}>
          <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        <Form.Item name="managerId" label={t('admin.people.manager')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={(people.data ?? []).filter((p) => !p.deactivatedAt).map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item name="officeId" label={t('admin.people.office')}>
          <Select allowClear options={(offices.data ?? []).map((o) => ({ value: o.id, label: o.name }))} />
        </Form.Item>
        <Form.Item name="deliveryCenterId" label={t('admin.people.center')}>
          <Select allowClear options={(centers.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item name="rateLevel" label={t('admin.people.rateLevel')} extra={t('admin.people.rateLevelHelp')}>
          <Input maxLength={20} />
        </Form.Item>
      </Form>
      {failure.length > 0 && <Alert type="error" showIcon role="alert" title={failure.join('; ')} />}
    </Modal>
  );
}
