import { Alert, App, Checkbox, Form, Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formFailure } from '../../components/formFailure';
import { firstSegmentOf } from '../../components/fieldErrors';
import { useSubmissionKey } from '../../components/submissionKey';
import { usePerformanceCommand, type AppealItem, type PerformanceCommand } from './performanceQueries';

/** Which dialog is open: closing a period, appealing one's own score, or deciding an appeal one way. */
export type PerformanceDialogState =
  | { kind: 'close'; period: string; running: boolean; end: string }
  | { kind: 'appeal'; period: string; projectId: string; projectName: string; score: number }
  | { kind: 'decide'; outcome: 'upheld' | 'amended'; appeal: AppealItem };

interface Values {
  reason?: string;
  early?: boolean;
  score?: number;
}

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * The dialogs of 绩效打分: a reason is always required (they are audited); the API's field errors land on the
 * fields, anything else (a 409: not ended, already closed, already appealed) in an alert; one Idempotency-Key per
 * submission. After the API answers, the report and the appeals reload (usePerformanceCommand).
 */
export function PerformanceDialog({ dialog, onClose }: { dialog: PerformanceDialogState; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const command = usePerformanceCommand();
  const submission = useSubmissionKey();
  const [failure, setFailure] = useState<string[]>([]);

  const commandOf = (v: Values): PerformanceCommand => {
    const reason = v.reason?.trim() ?? '';
    switch (dialog.kind) {
      case 'close':
        return { action: 'close', period: dialog.period, body: { reason, early: v.early === true } };
      case 'appeal':
        return { action: 'appeal', period: dialog.period, body: { projectId: dialog.projectId, reason } };
      case 'decide':
        return {
          action: 'decide',
          period: dialog.appeal.period,
          appealId: dialog.appeal.appealId,
          body: dialog.outcome === 'amended' ? { outcome: 'amended', score: Number(v.score), reason } : { outcome: 'upheld', reason },
        };
    }
  };

  const submit = (values: Values) => {
    const sent = commandOf(values);
    setFailure([]);
    command.mutate(
      { command: sent, key: submission.keyFor(sent) },
      {
        onSuccess: () => {
          submission.done();
          void message.success(t(`reports.performance.done.${dialog.kind === 'decide' ? dialog.outcome : dialog.kind}`));
          onClose();
        },
        onError: (error) => setFailure(formFailure(t, form, error, firstSegmentOf(['reason', 'early', 'score']))),
      },
    );
  };

  const title =
    dialog.kind === 'close'
      ? t('reports.performance.close.title', { period: dialog.period })
      : dialog.kind === 'appeal'
        ? t('reports.performance.appeal.title', { project: dialog.projectName })
        : t(`reports.performance.decide.${dialog.outcome}Title`, { person: dialog.appeal.personName, project: dialog.appeal.projectName });
  const okText =
    dialog.kind === 'close'
      ? t('reports.performance.close.ok')
      : dialog.kind === 'appeal'
        ? t('reports.performance.appeal.ok')
        : t(`reports.performance.decide.${dialog.outcome}`);

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: command.isPending }}
      onOk={() => form.submit()}
      onCancel={() => {
        command.reset();
        onClose();
      }}
      destroyOnHidden
    >
      {dialog.kind === 'close' && <Typography.Paragraph>{t('reports.performance.close.body')}</Typography.Paragraph>}
      {dialog.kind === 'appeal' && <Typography.Paragraph>{t('reports.performance.appeal.body', { score: dialog.score })}</Typography.Paragraph>}
      {dialog.kind === 'decide' && (
        <Typography.Paragraph>
          <Typography.Text strong>{t('reports.performance.decide.theirReason')}</Typography.Text> {dialog.appeal.reason}
        </Typography.Paragraph>
      )}
      <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={submit} initialValues={{ early: false }}>
        {dialog.kind === 'decide' && dialog.outcome === 'amended' && (
          <Form.Item name="score" label={t('reports.performance.decide.score')} rules={[{ required: true, message: t('reports.performance.decide.scoreRequired') }]}>
            <Radio.Group optionType="button" buttonStyle="solid" options={SCORES.map((s) => ({ value: s, label: String(s) }))} />
          </Form.Item>
        )}
        {dialog.kind === 'close' && dialog.running && (
          <Form.Item
            name="early"
            valuePropName="checked"
            extra={t('reports.performance.close.earlyHelp', { period: dialog.period, end: dialog.end })}
          >
            <Checkbox>{t('reports.performance.close.early')}</Checkbox>
          </Form.Item>
        )}
        <Form.Item name="reason" label={t('common.reason')} rules={[{ required: true, whitespace: true, message: t('reports.performance.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} autoFocus />
        </Form.Item>
      </Form>
      {failure.length > 0 && <Alert type="error" showIcon role="alert" title={failure.join('; ')} />}
    </Modal>
  );
}
