/*
 * The dialogs of 不随意许诺 and 交付移交 on the project page: change the commitments (reopens the feasibility gate),
 * accept or decline the delivery handoff of a won project, record its go-live with every promise kept or not.
 * Built like ActionDialog.tsx: one form per command, the API's field errors on the fields, one Idempotency-Key per
 * submission, Escape or Cancel closes.
 */
import { DatePicker, Form, Input, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonName } from '../../components/directory';
import { showFieldErrors } from '../../components/fieldErrors';
import { useSubmissionKey } from '../../components/submissionKey';
import { formatDateTime } from '../../format';
import { CommitmentsField, commitmentsOf } from './Commitments';
import { CommandModal } from './CommandModal';
import { useProjectCommand, type AvailableAction, type Command, type ProjectDetail, type PromiseAction } from './queries';

type Values = Record<string, unknown>;

interface Props {
  project: ProjectDetail;
  action: PromiseAction;
  onClose: () => void;
  onDone: (action: AvailableAction['action']) => void;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The dialog of one promise action: its form, validated like the API, sent with one Idempotency-Key per submission. */
export function PromiseDialog({ project, action, onClose, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const command = useProjectCommand(project.id);
  const submission = useSubmissionKey();
  const nameOf = usePersonName();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const promises = project.promises;
  const handoff = promises.deliveryHandoff;
  // As the API checks it (UTC days): from the day of the win to tomorrow (a go-live ahead of UTC is today somewhere).
  const wonOn = handoff?.offeredAt.slice(0, 10) ?? '';
  const latest = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const outsideGoLive = (day: string) => day < wonOn || day > latest;
  const required = (key: string) => ({ required: true, whitespace: true, message: t(`project.promises.${key}`) });

  const commandOf = (v: Values): Command => {
    switch (action.action) {
      case 'changeCommitments':
        return { action: 'changeCommitments', body: { commitments: commitmentsOf(v.commitments), reason: text(v.reason) } };
      case 'acceptDeliveryHandoff':
        return { action: 'acceptDeliveryHandoff', body: {} };
      case 'declineDeliveryHandoff':
        return { action: 'declineDeliveryHandoff', body: { reason: text(v.reason) } };
      case 'recordGoLive':
        return {
          action: 'recordGoLive',
          body: {
            liveOn: (v.liveOn as Dayjs).format('YYYY-MM-DD'),
            commitments: promises.promised.map((c) => {
              const kept = v[`kept_${c.index}`] === true;
              const note = text(v[`note_${c.index}`]);
              return { index: c.index, kept, ...(note ? { note } : {}) };
            }),
          },
        };
    }
  };

  // Where an API path below `body` lands: `commitments.<i>.note` of a go-live on that commitment's note.
  const fieldOf = (sent: Command) => (path: string[]) => {
    if (sent.action === 'recordGoLive' && path[0] === 'commitments') {
      const row = sent.body.commitments[Number(path[1])];
      return row ? `${path[2] === 'note' ? 'note' : 'kept'}_${row.index}` : undefined;
    }
    return path[0] === 'reason' || path[0] === 'liveOn' ? path[0] : undefined;
  };

  const submit = (values: Values) => {
    const sent = commandOf(values);
    setUnplaced([]);
    command.mutate(
      { command: sent, key: submission.keyFor(sent) },
      {
        onSuccess: () => {
          submission.done();
          onDone(action.action);
        },
        onError: (error) => setUnplaced(showFieldErrors(form, error, fieldOf(sent))),
      },
    );
  };

  const reason = (label: string) => (
    <Form.Item name="reason" label={t(label)} rules={[required('reasonRequired')]}>
      <Input.TextArea rows={3} maxLength={2000} />
    </Form.Item>
  );

  const body = () => {
    switch (action.action) {
      case 'changeCommitments':
        return (
          <>
            <Typography.Paragraph>{t(promises.gate === 'signed' ? 'project.promises.changeReopens' : 'project.promises.changeBody')}</Typography.Paragraph>
            <CommitmentsField initial={promises.commitments} />
            {reason('project.promises.changeReason')}
          </>
        );
      case 'acceptDeliveryHandoff':
        return (
          <Typography.Paragraph>
            {t('project.promises.acceptBody', { count: promises.promised.length, due: handoff ? formatDateTime(handoff.dueAt, i18n.language) : '—' })}
          </Typography.Paragraph>
        );
      case 'declineDeliveryHandoff':
        return (
          <>
            <Typography.Paragraph>{t('project.promises.declineBody')}</Typography.Paragraph>
            {reason('project.promises.declineReason')}
          </>
        );
      case 'recordGoLive':
        return (
          <>
            <Form.Item name="liveOn" label={t('project.promises.liveOn')} rules={[{ required: true, message: t('project.promises.liveOnRequired') }]}>
              <DatePicker
                format="YYYY-MM-DD"
                style={{ width: '100%' }}
                disabledDate={(d) => outsideGoLive(d.format('YYYY-MM-DD'))}
              />
            </Form.Item>
            {promises.promised.length > 0 && <Typography.Paragraph>{t('project.promises.goLiveBody')}</Typography.Paragraph>}
            {promises.promised.map((c) => (
              <fieldset key={c.index} className="project-score-row">
                <legend>{t('project.promises.commitmentDue', { item: c.item, due: c.dueDate })}</legend>
                <Form.Item name={`kept_${c.index}`} label={t('project.promises.keptQuestion')} rules={[{ required: true, message: t('project.promises.keptRequired') }]}>
                  <Radio.Group
                    options={[
                      { value: true, label: t('project.promises.keptYes') },
                      { value: false, label: t('project.promises.keptNo') },
                    ]}
                  />
                </Form.Item>
                <Form.Item noStyle dependencies={[`kept_${c.index}`]}>
                  {({ getFieldValue }) => (
                    <Form.Item
                      name={`note_${c.index}`}
                      label={t(getFieldValue(`kept_${c.index}`) === false ? 'project.promises.noteWhy' : 'project.promises.noteOptional')}
                      rules={getFieldValue(`kept_${c.index}`) === false ? [required('noteRequired')] : []}
                    >
                      <Input.TextArea rows={2} maxLength={2000} />
                    </Form.Item>
                  )}
                </Form.Item>
              </fieldset>
            ))}
            {handoff?.ownerId && <Typography.Paragraph type="secondary">{t('project.promises.goLiveBy', { name: nameOf(handoff.ownerId) })}</Typography.Paragraph>}
          </>
        );
    }
  };

  return (
    <CommandModal<Values>
      action={action.action}
      form={form}
      onFinish={submit}
      onClose={onClose}
      pending={command.isPending}
      error={command.error}
      unplaced={unplaced}
      okText={action.action === 'acceptDeliveryHandoff' ? t('project.promises.accept') : undefined}
      danger={action.action === 'declineDeliveryHandoff'}
      width={action.action === 'changeCommitments' ? 680 : undefined}
    >
      {body()}
    </CommandModal>
  );
}
