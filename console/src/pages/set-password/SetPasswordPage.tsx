import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api, call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { LanguageSwitch } from '../../layout/LanguageSwitch';
import { passwordProblem, PASSWORD_MIN_CHARACTERS, tokenFromLocation } from './password-rules';

interface NewPassword {
  password: string;
  repeated: string;
}

/** Where an invitation or reset link leads: the person chooses a password with the link's one-time token. */
export default function SetPasswordPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const token = tokenFromLocation(location.hash, location.search);
  const setPassword = useMutation({
    mutationFn: (password: string) => call(api.POST('/api/password', { body: { token: token ?? '', password } })),
  });

  let content;
  if (!token) {
    content = <Result status="warning" title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('setPassword.noToken')}</h1>} />;
  } else if (setPassword.data) {
    content = (
      <Result
        status="success"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('setPassword.done', { email: setPassword.data.email })}</h1>}
        extra={
          <Link to="/sign-in" className="ant-btn ant-btn-primary">
            {t('setPassword.signIn')}
          </Link>
        }
      />
    );
  } else {
    content = (
      <>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {t('setPassword.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('setPassword.rules', { count: PASSWORD_MIN_CHARACTERS })}</Typography.Paragraph>
        {setPassword.error && <Alert type="error" title={errorMessage(t, setPassword.error)} showIcon style={{ marginBottom: 16 }} role="alert" />}
        <Form<NewPassword> layout="vertical" requiredMark={false} onFinish={(values) => setPassword.mutate(values.password)}>
          <Form.Item
            label={t('setPassword.password')}
            name="password"
            rules={[
              {
                validator: async (_, value: string | undefined) => {
                  const problem = passwordProblem(value ?? '');
                  if (problem) throw new Error(t(`setPassword.problem.${problem}`, { count: PASSWORD_MIN_CHARACTERS }));
                },
              },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label={t('setPassword.repeated')}
            name="repeated"
            dependencies={['password']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, value: string | undefined) => {
                  if (value !== getFieldValue('password')) throw new Error(t('setPassword.problem.different'));
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={setPassword.isPending}>
            {t('setPassword.submit')}
          </Button>
        </Form>
      </>
    );
  }

  return (
    <main style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', alignItems: 'center', background: '#f5f5f5', padding: 16 }}>
      <div style={{ alignSelf: 'flex-end' }}>
        <LanguageSwitch />
      </div>
      <Card style={{ width: '100%', maxWidth: 400, marginTop: '8vh' }}>{content}</Card>
    </main>
  );
}
