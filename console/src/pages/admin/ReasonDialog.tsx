import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formFailure } from '../../components/formFailure';

/** A command that needs a reason (audited): deactivating, reactivating, publishing a policy. */
export function ReasonDialog({
  title,
  okText,
  danger,
  pending,
  onSubmit,
  onClose,
}: {
  title: string;
  okText: string;
  danger?: boolean;
  pending: boolean;
  onSubmit: (reason: string, fail: (error: unknown) => void) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [failure, setFailure] = useState<string[]>([]);
  return (
    <Modal open title={title} okText={okText} cancelText={t('common.cancel')} okButtonProps={{ danger, loading: pending }} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form
        name="reason"
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={({ reason }) => {
          setFailure([]);
          onSubmit(reason.trim(), (error) => setFailure(formFailure(t, form, error, (path) => (path[0] === 'reason' ? 'reason' : undefined))));
        }}
      >
        <Form.Item name="reason" label={t('common.reason')} rules={[{ required: true, whitespace: true, message: t('admin.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} autoFocus />
        </Form.Item>
      </Form>
      {failure.length > 0 && <Alert type="error" showIcon role="alert" title={failure.join('; ')} />}
    </Modal>
  );
}
