import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';
import { useDecision, type Decision } from './queries';

export interface PersonOption {
  value: string;
  label: string;
}

type DialogState =
  | { action: 'accept' }
  | { action: 'decline' }
  | { action: 'approve'; approvalKind: 'dispatch' | 'resource' | 'over_budget'; people: PersonOption[]; requestedPersonId?: string | null }
  | { action: 'reject' };

interface Props {
  item: { kind: 'handoff' | 'approval'; id: string; projectId: string };
  dialog: DialogState | undefined;
  onClose: () => void;
}

interface Values {
  reason?: string;
  comment?: string;
  personId?: string;
}

/**
 * The dialog that carries a decision: a reason is required to decline or reject; approving a dispatch names the
 * lead to appoint. Escape or Cancel closes without deciding. After the API answers, the inbox reloads (useDecision).
 */
export function DecisionDialog({ item, dialog, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const decision = useDecision();
  if (!dialog) return null;

  const titles = {
    accept: 'inbox.dialogs.acceptTitle',
    decline: 'inbox.dialogs.declineTitle',
    approve: 'inbox.dialogs.approveTitle',
    reject: 'inbox.dialogs.rejectTitle',
  } as const;
  const danger = dialog.action === 'decline' || dialog.action === 'reject';

  const submit = (values: Values) => {
    const reason = values.reason?.trim() ?? '';
    const comment = values.comment?.trim() || undefined;
    const base = { id: item.id, projectId: item.projectId };
    const command: Decision =
      dialog.action === 'accept'
        ? { ...base, kind: 'handoff', action: 'accept' }
        : dialog.action === 'decline'
          ? { ...base, kind: 'handoff', action: 'decline', reason }
          : dialog.action === 'reject'
            ? { ...base, kind: 'approval', action: 'reject', reason }
            : { ...base, kind: 'approval', action: 'approve', personId: values.personId || undefined, comment };
    decision.mutate(command, {
      onSuccess: () => {
        void message.success(t('inbox.decided'));
        form.resetFields();
        onClose();
      },
    });
  };

  return (
    <Modal
      open
      title={t(titles[dialog.action])}
      okText={t(`inbox.actions.${dialog.action}`)}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger, loading: decision.isPending }}
      onOk={() => form.submit()}
      onCancel={() => {
        decision.reset();
        onClose();
      }}
      destroyOnHidden
    >
      {dialog.action === 'accept' && <Typography.Paragraph>{t('inbox.dialogs.acceptBody')}</Typography.Paragraph>}
      <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={submit}>
        {(dialog.action === 'decline' || dialog.action === 'reject') && (
          <Form.Item
            name="reason"
            label={t('inbox.dialogs.reasonLabel')}
            rules={[{ required: true, whitespace: true, message: t('inbox.dialogs.reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={2000} autoFocus />
          </Form.Item>
        )}
        {dialog.action === 'approve' && dialog.approvalKind === 'dispatch' && (
          <Form.Item
            name="personId"
            label={t('inbox.dialogs.teamLeadLabel')}
            rules={[{ required: true, message: t('inbox.dialogs.teamLeadRequired') }]}
          >
            <Select showSearch={{ optionFilterProp: 'label' }} options={dialog.people} />
          </Form.Item>
        )}
        {dialog.action === 'approve' && dialog.approvalKind === 'resource' && (
          <Form.Item name="personId" label={t('inbox.dialogs.personLabel')} initialValue={dialog.requestedPersonId ?? undefined}>
            <Select allowClear placeholder={t('inbox.dialogs.personDefault')} options={dialog.people} />
          </Form.Item>
        )}
        {dialog.action === 'approve' && (
          <Form.Item name="comment" label={t('inbox.dialogs.commentLabel')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        )}
      </Form>
      {decision.error && <Typography.Text type="danger" role="alert">{errorMessage(t, decision.error)}</Typography.Text>}
    </Modal>
  );
}

export type { DialogState };
