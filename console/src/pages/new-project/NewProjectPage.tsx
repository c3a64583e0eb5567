import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, AutoComplete, Button, Card, Descriptions, Form, Input, Select, Skeleton, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useOffices, usePeopleDirectory } from '../../components/directory';
import { firstSegmentOf, showFieldErrors } from '../../components/fieldErrors';
import { yuanRule } from '../../components/money';
import { useCurrentPolicy } from '../../components/policy';
import { useSubmissionKey } from '../../components/submissionKey';
import { formatMoney } from '../../format';
import { hasAnyRole, useSession } from '../../session';
import { Forbidden } from '../Placeholder';
import { TierTag } from '../pipeline/SlaChip';
import './new-project.css';
import { bodyOf, MAX_LENGTH, textProblem, type ProjectCreateBody, type ProjectFormValues, type TextField } from './rules';
import { Page } from '../../components/Page';
import { useDeliveryCenters } from '../resources/queries';
import { QualityFields } from '../../components/QualityFields';

const OPENERS = ['sales', 'manager', 'director', 'admin'] as const;
const FIELDS = ['name', 'customerName', 'industry', 'solution', 'officeId', 'expectedValue', 'channel', 'strategic', 'salesOwnerId'] as const;

/** The body of the form after the person stopped typing for a moment: the preview asks the API only then. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const text = JSON.stringify(value ?? null);
  useEffect(() => {
    const timer = setTimeout(() => setSettled((JSON.parse(text) ?? undefined) as T), ms);
    return () => clearTimeout(timer);
  }, [text, ms]);
  return settled;
}

/** What the project would get if opened now (POST /api/projects/preview: nothing is created). */
function TierPreview({ body }: { body: ProjectCreateBody | undefined }) {
  const { t, i18n } = useTranslation();
  const settled = useDebounced(body, 400);
  const preview = useQuery({
    queryKey: ['projectPreview', settled],
    queryFn: () => call(api.POST('/api/projects/preview', { body: settled! })),
    enabled: settled !== undefined,
    staleTime: 60_000,
    retry: false,
  });
  return (
    <Card size="small" title={<h2 className="new-project-preview-title">{t('newProject.preview.title')}</h2>} aria-live="polite">
      {settled === undefined ? (
        <Typography.Paragraph type="secondary">{t('newProject.preview.incomplete')}</Typography.Paragraph>
      ) : preview.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : preview.isError ? (
        <Alert type="warning" title={errorMessage(t, preview.error)} />
      ) : (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'tier', label: t('newProject.preview.tier'), children: <TierTag tier={preview.data.tier} /> },
            { key: 'why', label: t('newProject.preview.why'), children: preview.data.tierReason },
            { key: 'budget', label: t('newProject.preview.budget'), children: formatMoney(preview.data.budget, i18n.language) },
            { key: 'dispatch', label: t('newProject.preview.dispatch'), children: preview.data.dispatch.label },
            { key: 'policy', label: t('newProject.preview.policy'), children: `v${preview.data.policyVersion}` },
          ]}
        />
      )}
    </Card>
  );
}

/** 新建项目: the form of POST /api/projects, checked with the API's rules, with the tier it will get shown as you type. */
export default function NewProjectPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const person = useSession().data?.person;
  const offices = useOffices();
  const people = usePeopleDirectory();
  const centers = useDeliveryCenters();
  const policy = useCurrentPolicy();
  const [form] = Form.useForm<ProjectFormValues>();
  const values = Form.useWatch([], form) ?? {};
  const submission = useSubmissionKey();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: ({ body, key }: { body: ProjectCreateBody; key: string }) =>
      call(api.POST('/api/projects', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess: async (project) => {
      submission.done();
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['pipeline'] }), queryClient.invalidateQueries({ queryKey: ['projects'] })]);
      void navigate(`/projects/${project.id}`);
    },
    onError: (error) => setUnplaced(showFieldErrors(form, error, firstSegmentOf(FIELDS))),
  });

  if (!person) return <Skeleton active />;
  if (!hasAnyRole(person, OPENERS)) return <Forbidden roles={OPENERS} />;

  const officeId = values.officeId;
  const salesPeople = (people.data ?? []).filter((p) => !p.deactivatedAt && p.roles.includes('sales') && (!officeId || p.officeId === officeId));
  const textRule = (field: TextField) => ({
    validator: async (_: unknown, value: string | undefined) => {
      const problem = textProblem(field, value);
      if (problem) throw new Error(t(`newProject.errors.${problem}`, { max: MAX_LENGTH[field] }));
    },
  });
  const industries = policy.data?.document.tiers.strategicA.keyIndustries ?? [];
  const solutions = (centers.data ?? []).flatMap((c) => (c.solution ? [c.solution] : []));
  const optionalText = (field: TextField) => ({
    validator: async (_: unknown, value: string | undefined) => {
      if (!value?.trim()) return;
      const problem = textProblem(field, value);
      if (problem) throw new Error(t(`newProject.errors.${problem}`, { max: MAX_LENGTH[field] }));
    },
  });

  return (
    <Page title={t('newProject.title')} className="new-project">
      <div className="new-project-layout">
        <Form<ProjectFormValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          name="new-project"
          initialValues={{
            channel: false,
            strategic: false,
            officeId: person.officeId ?? undefined,
            salesOwnerId: person.roles.includes('sales') ? person.id : undefined,
          }}
          onFinish={(v) => {
            const body = bodyOf(v);
            if (!body) return;
            setUnplaced([]);
            create.mutate({ body, key: submission.keyFor(body) });
          }}
          className="new-project-form"
        >
          <Form.Item name="name" label={t('newProject.fields.name')} rules={[textRule('name')]}>
            <Input maxLength={MAX_LENGTH.name} autoComplete="off" />
          </Form.Item>
          <Form.Item name="customerName" label={t('newProject.fields.customerName')} rules={[textRule('customerName')]}>
            <Input maxLength={MAX_LENGTH.customerName} autoComplete="off" />
          </Form.Item>
          <Form.Item name="industry" label={t('newProject.fields.industry')} rules={[textRule('industry')]} extra={t('newProject.hints.industry')}>
            <AutoComplete options={industries.map((value) => ({ value }))} maxLength={MAX_LENGTH.industry} />
          </Form.Item>
          <Form.Item name="solution" label={t('newProject.fields.solution')} rules={[optionalText('solution')]} extra={t('newProject.hints.solution')}>
            <AutoComplete options={solutions.map((value) => ({ value }))} maxLength={MAX_LENGTH.solution} />
          </Form.Item>
          <Form.Item name="officeId" label={t('newProject.fields.officeId')} rules={[{ required: true, message: t('newProject.errors.office') }]}>
            <Select
              options={(offices.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
              onChange={(next: string) => {
                const owner = people.data?.find((p) => p.id === form.getFieldValue('salesOwnerId'));
                if (owner && owner.officeId !== next) form.setFieldValue('salesOwnerId', undefined);
              }}
            />
          </Form.Item>
          <Form.Item
            name="expectedValue"
            label={t('newProject.fields.expectedValue')}
            rules={[{ required: true, message: t('newProject.errors.money.empty') }, yuanRule((problem) => t(`newProject.errors.money.${problem}`))]}
            extra={t('newProject.hints.expectedValue')}
          >
            <Input inputMode="decimal" prefix="¥" autoComplete="off" />
          </Form.Item>
          <Form.Item name="salesOwnerId" label={t('newProject.fields.salesOwnerId')} rules={[{ required: true, message: t('newProject.errors.salesOwner') }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={salesPeople.map((p) => ({ value: p.id, label: p.name }))} />
          </Form.Item>
          <Form.Item name="channel" label={t('newProject.fields.channel')} valuePropName="checked" extra={t('newProject.hints.channel')}>
            <Switch />
          </Form.Item>
          <Form.Item name="strategic" label={t('newProject.fields.strategic')} valuePropName="checked" extra={t('newProject.hints.strategic')}>
            <Switch />
          </Form.Item>
          <fieldset className="new-project-quality">
            <legend>{t('newProject.quality')}</legend>
            <Typography.Paragraph type="secondary">{t('newProject.hints.quality')}</Typography.Paragraph>
            <QualityFields optional />
          </fieldset>
          {create.error && (
            <Alert
              type="error"
              role="alert"
              style={{ marginBottom: 16 }}
              title={errorMessage(t, create.error)}
              description={unplaced.length > 0 ? unplaced.join('; ') : undefined}
            />
          )}
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('newProject.submit')}
          </Button>
        </Form>
        <aside className="new-project-aside">
          <TierPreview body={bodyOf(values)} />
        </aside>
      </div>
    </Page>
  );
}
