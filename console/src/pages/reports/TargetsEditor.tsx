import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Segmented, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CREDIT_ROLES, TARGET_CARRIERS, type CreditRole } from '../../../../domain/targets';
import { api, call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { usePeopleDirectory } from '../../components/directory';
import { MAX_MINOR_UNITS, parseYuan, yuanRule, type MoneyProblem } from '../../components/money';
import { policyCurrencies, useCurrentPolicy } from '../../components/policy';
import { useSubmissionKey } from '../../components/submissionKey';
import { formatMoney, minorDigits, type Money } from '../../format';
import { reportKeys } from './queries';

/** An amount as the form shows it: major units with every minor digit, 2400000000 fen → `24000000.00`. */
const amountText = (money: Money) => (money.amount / 10 ** minorDigits(money.currency)).toFixed(minorDigits(money.currency));

/** The currency's sign for the input's prefix (`¥`, `$`), or its code where the language has none. */
function currencySign(currency: string, language: string): string {
  const parts = new Intl.NumberFormat(language, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(0);
  return parts.find((p) => p.type === 'currency')?.value ?? currency;
}

/** The currency the role's targets in force mostly use, if the policy still prices in it; else the policy's first. */
function usualCurrency(inForce: readonly Money[], currencies: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { currency } of inForce) if (currencies.includes(currency)) counts.set(currency, (counts.get(currency) ?? 0) + 1);
  return [...counts].sort(([, a], [, b]) => b - a)[0]?.[0] ?? currencies[0];
}

/**
 * Directors set the period's targets per credit role: one row per person who carries that role, the amount in one
 * of the currencies the policy prices deals in, one reason for the whole change. Only the amounts that changed are
 * sent (PUT /api/targets, one version).
 */
export function TargetsEditor({ period }: { period: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState<CreditRole>('sales_owner');
  const [chosenCurrency, setChosenCurrency] = useState<string>();
  const [form] = Form.useForm<Record<string, string>>();
  const submission = useSubmissionKey();
  const people = usePeopleDirectory();
  const policy = useCurrentPolicy();
  const targets = useQuery({
    queryKey: ['targets', period],
    queryFn: () => call(api.GET('/api/targets', { params: { query: { period } } })),
    enabled: open,
  });
  const save = useMutation({
    mutationFn: ({ body, key }: { body: { targets: Array<{ personId: string; role: CreditRole; period: string; amount: Money }>; reason: string }; key: string }) =>
      call(api.PUT('/api/targets', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess: async (answer) => {
      submission.done();
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['targets'] }), queryClient.invalidateQueries({ queryKey: reportKeys.all })]);
      void message.success(t('reports.targets.saved', { count: answer.changed, version: answer.version }));
      setOpen(false);
    },
  });

  const carriedBy: readonly string[] = TARGET_CARRIERS[role];
  const carriers = (people.data ?? []).filter((p) => !p.deactivatedAt && p.roles.some((r) => carriedBy.includes(r)));
  const inForce = (targets.data?.items ?? []).filter((x) => x.role === role);
  const current = (personId: string) => inForce.find((x) => x.personId === personId)?.amount;
  const currencies = policyCurrencies(policy.data);
  const currency = chosenCurrency && currencies.includes(chosenCurrency) ? chosenCurrency : usualCurrency(inForce.map((x) => x.amount), currencies);
  const digits = currency ? minorDigits(currency) : 2;
  const amountFields = () => carriers.map((p) => `amount_${p.id}`);
  /** Another role or currency: the amounts typed for the one before do not carry over. */
  const clearingAmounts =
    <T,>(choose: (next: T) => void) =>
    (next: T) => {
      form.resetFields(amountFields());
      choose(next);
    };
  // The targets in force in the chosen currency fill the form once they are known, and again for another role or currency.
  useEffect(() => {
    if (!targets.data || !currency) return;
    form.setFieldsValue(
      Object.fromEntries(
        targets.data.items.filter((x) => x.role === role && x.amount.currency === currency).map((x) => [`amount_${x.personId}`, amountText(x.amount)]),
      ),
    );
  }, [targets.data, role, currency, form]);

  const submit = (values: Record<string, string>) => {
    if (!currency) return;
    const changed = carriers.flatMap((p) => {
      const text = (values[`amount_${p.id}`] ?? '').trim();
      const parsed = parseYuan(text, digits);
      const now = current(p.id);
      if (text === '' || !parsed.ok || (now?.amount === parsed.minorUnits && now.currency === currency)) return [];
      return [{ personId: p.id, role, period, amount: { amount: parsed.minorUnits, currency } }];
    });
    if (changed.length === 0) {
      void message.info(t('reports.targets.unchanged'));
      return;
    }
    const body = { targets: changed, reason: (values.reason ?? '').trim() };
    save.mutate({ body, key: submission.keyFor(body) });
  };

  const problemText = (problem: MoneyProblem) =>
    t(`reports.targets.money.${problem}`, { currency, digits, max: currency ? formatMoney({ amount: MAX_MINOR_UNITS, currency }, i18n.language) : '' });

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('reports.targets.open')}</Button>
      <Modal
        open={open}
        title={t('reports.targets.title', { period })}
        okText={t('reports.targets.submit')}
        okButtonProps={{ disabled: !currency }}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        width={720}
        destroyOnHidden
      >
        <Space wrap style={{ marginBottom: 12 }}>
          <Segmented<CreditRole>
            aria-label={t('reports.attainment.role')}
            value={role}
            onChange={clearingAmounts(setRole)}
            options={CREDIT_ROLES.map((value) => ({ value, label: t(`reports.attainment.roles.${value}`) }))}
          />
          {currencies.length > 1 && (
            <Select<string>
              aria-label={t('reports.columns.currency')}
              value={currency}
              onChange={clearingAmounts(setChosenCurrency)}
              options={currencies.map((c) => ({ value: c, label: c }))}
              style={{ width: 100 }}
            />
          )}
        </Space>
        {policy.isError && <Alert type="error" showIcon title={errorMessage(t, policy.error)} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={submit}>
          <Table
            size="small"
            rowKey="id"
            loading={targets.isPending || people.isPending || policy.isPending}
            pagination={false}
            scroll={{ y: 360 }}
            dataSource={carriers}
            columns={[
              { key: 'name', title: t('reports.columns.person'), dataIndex: 'name' },
              {
                key: 'amount',
                title: t('reports.targets.amount', { currency }),
                render: (_, p) => {
                  const now = current(p.id);
                  return (
                    <Form.Item
                      name={`amount_${p.id}`}
                      rules={[yuanRule(problemText, false, digits)]}
                      style={{ margin: 0 }}
                      extra={now === undefined ? undefined : t('reports.targets.now', { value: formatMoney(now, i18n.language) })}
                    >
                      <Input
                        inputMode="decimal"
                        prefix={currency && currencySign(currency, i18n.language)}
                        disabled={!currency}
                        aria-label={t('reports.targets.amountOf', { name: p.name, currency })}
                      />
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
