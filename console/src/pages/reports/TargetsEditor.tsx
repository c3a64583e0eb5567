import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Segmented, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { usePeopleDirectory } from '../../components/directory';
import { parseYuan, yuanRule } from '../../components/money';
import { useSubmissionKey } from '../../components/submissionKey';
import { formatMoney } from '../../format';
import type { Role } from '../../session';
import { reportKeys } from './queries';

/** 背销售数字: the credit roles a target is set for, and the roles of the people who carry each. */
const CREDIT_ROLES = ['sales_owner', 'presales_lead', 'delivery_manager'] as const;
type CreditRole = (typeof CREDIT_ROLES)[number];
const CARRIED_BY: Record<CreditRole, readonly Role[]> = { sales_owner: ['sales'], presales_lead: ['presales'], delivery_manager: ['delivery', 'manager'] };

const yuanText = (minorUnits: number) => (minorUnits / 100).toFixed(2);

/**
 * Directors set the period's targets per credit role: one row per person who carries that role, the amount in
 * yuan, one reason for the whole change. Only the amounts that changed are sent (PUT /api/targets, one version).
 */
export function TargetsEditor({ period }: { period: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState<CreditRole>('sales_owner');
  const [form] = Form.useForm<Record<string, string>>();
  const submission = useSubmissionKey();
  const people = usePeopleDirectory();
  const targets = useQuery({
    queryKey: ['targets', period],
    queryFn: () => call(api.GET('/api/targets', { params: { query: { period } } })),
    enabled: open,
  });
  const save = useMutation({
    mutationFn: ({ body, key }: { body: { targets: Array<{ personId: string; role: CreditRole; period: string; amount: { amount: number; currency: string } }>; reason: string }; key: string }) =>
      call(api.PUT('/api/targets', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess: async (answer) => {
      submission.done();
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['targets'] }), queryClient.invalidateQueries({ queryKey: reportKeys.all })]);
      void message.success(t('reports.targets.saved', { count: answer.changed, version: answer.version }));
      setOpen(false);
    },
  });

  const carriers = (people.data ?? []).filter((p) => !p.deactivatedAt && p.roles.some((r) => CARRIED_BY[role].includes(r)));
  const current = (personId: string) => targets.data?.items.find((x) => x.personId === personId && x.role === role)?.amount.amount;
  // The targets in force fill the form once they are known, and again for another role.
  useEffect(() => {
    if (!targets.data) return;
    form.setFieldsValue(
      Object.fromEntries(targets.data.items.filter((x) => x.role === role).map((x) => [`amount_${x.personId}`, yuanText(x.amount.amount)])),
    );
  }, [targets.data, role, form]);

  const submit = (values: Record<string, string>) => {
    const changed = carriers.flatMap((p) => {
      const text = (values[`amount_${p.id}`] ?? '').trim();
      const parsed = parseYuan(text);
      if (text === '' || !parsed.ok || parsed.minorUnits === current(p.id)) return [];
      return [{ personId: p.id, role, period, amount: { amount: parsed.minorUnits, currency: 'CNY' } }];
    });
    if (changed.length === 0) {
      void message.info(t('reports.targets.unchanged'));
      return;
    }
    const body = { targets: changed, reason: (values.reason ?? '').trim() };
    save.mutate({ body, key: submission.keyFor(body) });
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('reports.targets.open')}</Button>
      <Modal
        open={open}
        title={t('reports.targets.title', { period })}
        okText={t('reports.targets.submit')}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        width={720}
        destroyOnHidden
      >
        <Segmented<CreditRole>
          aria-label={t('reports.attainment.role')}
          value={role}
          onChange={(next) => {
            form.resetFields();
            setRole(next);
          }}
          options={CREDIT_ROLES.map((value) => ({ value, label: t(`reports.attainment.roles.${value}`) }))}
          style={{ marginBottom: 12 }}
        />
        <Form form={form} layout="vertical" onFinish={submit}>
          <Table
            size="small"
            rowKey="id"
            loading={targets.isPending || people.isPending}
            pagination={false}
            scroll={{ y: 360 }}
            dataSource={carriers}
            columns={[
              { key: 'name', title: t('reports.columns.person'), dataIndex: 'name' },
              {
                key: 'amount',
                title: t('reports.targets.amount'),
                render: (_, p) => {
                  const now = current(p.id);
                  return (
                    <Form.Item
                      name={`amount_${p.id}`}
                      rules={[yuanRule((problem) => t(`reports.targets.money.${problem}`), false)]}
                      style={{ margin: 0 }}
                      extra={now === undefined ? undefined : t('reports.targets.now', { value: formatMoney({ amount: now, currency: 'CNY' }, i18n.language) })}
                    >
                      <Input inputMode="decimal" prefix="¥" aria-label={t('reports.targets.amountOf', { name: p.name })} />
                    </Form.Item>
                  );
                },
              },
            ]}
          />
          <Form.Item name="reason" label={t('reports.targets.reason')} rules={[{ required: true, whitespace: true, message: t('reports.targets.reasonRequired') }]} style={{ marginTop: 12 }}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Form>
        <Typography.Paragraph type="secondary">{t('reports.targets.hint')}</Typography.Paragraph>
        {save.isError && <Alert type="error" showIcon title={errorMessage(t, save.error)} />}
      </Modal>
    </>
  );
}
