import { Alert, App, Button, Checkbox, Form, Input, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { firstSegmentOf } from '../../components/fieldErrors';
import { formFailure } from '../../components/formFailure';
import { usePreferences, useSavePreferences, WEBHOOK_FORMATS, type PreferencesBody, type WebhookFormat } from './queries';

interface Values {
  email: boolean;
  webhook: boolean;
  webhookUrl?: string;
  webhookFormat: WebhookFormat;
}

/** The form's values as the API takes them: the in-app inbox always; the webhook's address only with the webhook. */
export function preferencesBody(values: Values): PreferencesBody {
  const channels: PreferencesBody['channels'] = ['inapp'];
  if (values.email) channels.push('email');
  if (values.webhook) channels.push('webhook');
  return values.webhook ? { channels, webhookUrl: values.webhookUrl?.trim(), webhookFormat: values.webhookFormat } : { channels, webhookFormat: values.webhookFormat };
}

/** 通知渠道: the in-app inbox always, plus e-mail and a webhook (Feishu, DingTalk, WeCom, Slack or Moat's JSON). */
export function ChannelsForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const preferences = usePreferences();
  const save = useSavePreferences();
  const [form] = Form.useForm<Values>();
  const [unplaced, setUnplaced] = useState<string[]>([]);

  if (preferences.isPending) return <Skeleton active />;
  if (preferences.isError) return <Alert type="error" showIcon title={errorMessage(t, preferences.error)} />;
  const p = preferences.data;
  const available = p.available;
  // The form starts from what is saved: it is drawn only once the preferences are here.
  const initialValues: Values = { email: p.channels.includes('email'), webhook: p.channels.includes('webhook'), webhookUrl: p.webhookUrl ?? '', webhookFormat: p.webhookFormat };

  const submit = (values: Values) => {
    setUnplaced([]);
    save.mutate(preferencesBody(values), {
      onSuccess: () => void message.success(t('me.channels.saved')),
      onError: (error) => setUnplaced(formFailure(t, form, error, (path) => (path[0] === 'channels' ? 'webhook' : firstSegmentOf(['webhookUrl', 'webhookFormat'])(path)))),
    });
  };

  return (
    <section aria-labelledby="channels-title">
      <Typography.Title level={2} id="channels-title" style={{ fontSize: 18 }}>
        {t('me.channels.title')}
      </Typography.Title>
      <Form<Values> name="channels" form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 560 }} initialValues={initialValues}>
        <Form.Item>
          <Checkbox checked disabled>
            {t('me.channels.inapp')}
          </Checkbox>
        </Form.Item>
        <Form.Item name="email" valuePropName="checked" extra={available?.email === false ? t('me.channels.emailUnavailable') : t('me.channels.emailTo', { email: preferences.data.email })}>
          <Checkbox disabled={available?.email === false}>{t('me.channels.email')}</Checkbox>
        </Form.Item>
        <Form.Item name="webhook" valuePropName="checked" extra={available?.webhook === false ? t('me.channels.webhookUnavailable') : undefined}>
          <Checkbox disabled={available?.webhook === false}>{t('me.channels.webhook')}</Checkbox>
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(before, after) => before.webhook !== after.webhook}>
          {({ getFieldValue }) =>
            getFieldValue('webhook') === true && (
              <>
                <Form.Item
                  name="webhookUrl"
                  label={t('me.channels.webhookUrl')}
                  extra={t('me.channels.webhookUrlHelp')}
                  rules={[
                    { required: true, whitespace: true, message: t('me.channels.webhookUrlRequired') },
                    { pattern: /^https?:\/\/\S+$/i, message: t('me.channels.webhookUrlInvalid') },
                    { max: 2000, message: t('me.channels.webhookUrlTooLong') },
                  ]}
                >
                  <Input inputMode="url" autoComplete="url" />
                </Form.Item>
                <Form.Item name="webhookFormat" label={t('me.channels.webhookFormat')}>
                  <Select options={WEBHOOK_FORMATS.map((f) => ({ value: f, label: t(`me.channels.formats.${f}`) }))} />
                </Form.Item>
              </>
            )
          }
        </Form.Item>
        {unplaced.length > 0 && <Alert type="error" showIcon role="alert" title={unplaced.join('; ')} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('me.channels.save')}
        </Button>
      </Form>
    </section>
  );
}
