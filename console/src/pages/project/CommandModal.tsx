import { Alert, Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';

interface Props<V> {
  /** Names the form (field ids `action-<name>_<field>`) and titles the dialog from `project.actions.<name>`. */
  action: string;
  form: FormInstance<V>;
  onFinish: (values: V) => void;
  onClose: () => void;
  pending: boolean;
  error: unknown;
  /** The API's field errors no field of the form could show. */
  unplaced: string[];
  okText?: string;
  danger?: boolean;
  width?: number;
  children: ReactNode;
}

/** The frame of every command dialog of the project page: its form, the submit and cancel buttons, the API's error. */
export function CommandModal<V>({ action, form, onFinish, onClose, pending, error, unplaced, okText, danger, width, children }: Props<V>) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t(`project.actions.${action}`)}
      okText={okText ?? t('project.dialogs.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: pending, danger }}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={width}
      destroyOnHidden
    >
      <Form<V> form={form} layout="vertical" requiredMark={false} onFinish={onFinish} name={`action-${action}`}>
        {children}
      </Form>
      {error ? <Alert type="error" role="alert" title={errorMessage(t, error)} description={unplaced.length > 0 ? unplaced.join('; ') : undefined} /> : null}
    </Modal>
  );
}
