import { Alert, App, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { firstSegmentOf } from '../../components/fieldErrors';
import { formFailure } from '../../components/formFailure';
import { useSession } from '../../session';
import { PASSWORD_MIN_CHARACTERS, passwordProblem } from '../set-password/password-rules';
import { useChangePassword } from './queries';

interface Values {
  currentPassword: string;
  newPassword: string;
  repeated: string;
}

/** Changing one's own password: the current one, then the new one twice. Every other session ends. */
export function PasswordForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const email = useSession().data?.person.email;
  const change = useChangePassword();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string[]>([]);

  const submit = (values: Values) => {
    setFailure([]);
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: (answer) => {
          void message.success(t('me.password.changed', { count: answer.sessionsEnded }));
          form.resetFields();
        },
        onError: (error) => {
          // A wrong current password is a 403 without field paths: it belongs on that field.
          if (error instanceof ApiError && error.status === 403 && error.code === 'forbidden') {
            form.setFields([{ name: 'currentPassword', errors: [t('me.password.wrongCurrent')] }]);
            return;
          }
          setFailure(formFailure(t, form, error, firstSegmentOf(['currentPassword', 'newPassword'])));
        },
      },
    );
  };

  return (
    <section aria-labelledby="password-title">
      <Typography.Title level={2} id="password-title" style={{ fontSize: 18 }}>
        {t('me.password.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('me.password.explain', { count: PASSWORD_MIN_CHARACTERS })}</Typography.Paragraph>
      <Form<Values> name="password" form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 420 }} requiredMark={false}>
        {/* For password managers: the account the password belongs to. */}
        <input type="text" name="username" autoComplete="username" value={email ?? ''} readOnly hidden />
        <Form.Item name="currentPassword" label={t('me.password.current')} rules={[{ required: true, message: t('me.password.currentRequired') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('me.password.new')}
          rules={[
            { required: true, message: t('me.password.newRequired') },
            {
              validator: async (_, value?: string) => {
                const problem = value ? passwordProblem(value) : undefined;
                if (problem) throw new Error(t(`setPassword.problem.${problem}`, { count: PASSWORD_MIN_CHARACTERS }));
                if (value && email && value.toLowerCase() === email.toLowerCase()) throw new Error(t('me.password.notEmail'));
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="repeated"
          label={t('me.password.repeated')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('me.password.repeatedRequired') },
            ({ getFieldValue }) => ({
              validator: async (_, value?: string) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error(t('setPassword.problem.different'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {failure.length > 0 && <Alert type="error" showIcon role="alert" title={failure.join('; ')} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('me.password.submit')}
        </Button>
      </Form>
    </section>
  );
}
