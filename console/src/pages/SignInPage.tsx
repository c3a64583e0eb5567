import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { errorMessage } from '../api/errors';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { useSession, useSignIn } from '../session';

/** Only a path of this console: never another site (`//evil.example`). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/inbox';
}

interface Credentials {
  email: string;
  password: string;
}

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const signIn = useSignIn();
  const next = safeNext(params.get('next'));

  if (session.data) return <Navigate to={next} replace />;

  const failure = signIn.error
    ? signIn.error instanceof ApiError && signIn.error.code === 'unauthorized'
      ? t('signIn.wrongCredentials')
      : errorMessage(t, signIn.error)
    : undefined;

  return (
    <main style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', alignItems: 'center', background: '#f5f5f5', padding: 16 }}>
      <div style={{ alignSelf: 'flex-end' }}>
        <LanguageSwitch />
      </div>
      <Card style={{ width: '100%', maxWidth: 400, marginTop: '8vh' }}>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {t('signIn.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
        {failure && <Alert type="error" title={failure} showIcon style={{ marginBottom: 16 }} role="alert" />}
        <Form<Credentials>
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => signIn.mutate({ email: values.email.trim(), password: values.password }, { onSuccess: () => void navigate(next, { replace: true }) })}
        >
          <Form.Item
            label={t('signIn.email')}
            name="email"
            rules={[
              { required: true, whitespace: true, message: t('signIn.emailRequired') },
              { type: 'email', message: t('signIn.emailInvalid') },
            ]}
          >
            <Input type="email" autoComplete="username" inputMode="email" />
          </Form.Item>
          <Form.Item label={t('signIn.password')} name="password" rules={[{ required: true, message: t('signIn.passwordRequired') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
            {t('signIn.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
