import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from './queries';

/** The API's limits (domain/commitments.ts): a contract annex, not a backlog. */
export const MAX_COMMITMENTS = 50;
const MAX_ITEM = 500;

type Commitment = ProjectDetail['promises']['commitments'][number];
interface Row {
  item?: string;
  dueDate?: Dayjs | null;
}

/** The form's rows for a list of commitments (a re-signing starts from the list as it stands). */
export const commitmentRows = (list: readonly Pick<Commitment, 'item' | 'dueDate'>[]): Row[] =>
  list.map((c) => ({ item: c.item, dueDate: dayjs(c.dueDate) }));

/** The list as the API takes it: `[{item, dueDate: YYYY-MM-DD}]`, rows left empty dropped. */
export function commitmentsOf(value: unknown): Array<{ item: string; dueDate: string }> {
  const rows = Array.isArray(value) ? (value as Row[]) : [];
  return rows
    .filter((r) => r.item?.trim() && r.dueDate)
    .map((r) => ({ item: r.item!.trim(), dueDate: r.dueDate!.format('YYYY-MM-DD') }));
}

/**
 * 不随意许诺: the editable list of what delivery promises — each scope item, integration or go-live date with the day
 * it is due — rows added and removed, at most 50. The form field is `commitments`.
 */
export function CommitmentsField({ initial }: { initial: readonly Pick<Commitment, 'item' | 'dueDate'>[] }) {
  const { t } = useTranslation();
  return (
    <fieldset className="project-commitments">
      <legend>{t('project.promises.commitments')}</legend>
      <Typography.Paragraph type="secondary">{t('project.promises.commitmentsHint')}</Typography.Paragraph>
      <Form.List name="commitments" initialValue={commitmentRows(initial)}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <div key={field.key} className="project-commitment-row">
                <Form.Item
                  name={[field.name, 'item']}
                  label={t('project.promises.item', { n: index + 1 })}
                  className="project-commitment-item"
                  rules={[
                    { required: true, whitespace: true, message: t('project.promises.itemRequired') },
                    { max: MAX_ITEM, message: t('project.promises.itemTooLong', { max: MAX_ITEM }) },
                  ]}
                >
                  <Input maxLength={MAX_ITEM} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'dueDate']}
                  label={t('project.promises.dueDate', { n: index + 1 })}
                  rules={[{ required: true, message: t('project.promises.dueDateRequired') }]}
                >
                  <DatePicker format="YYYY-MM-DD" />
                </Form.Item>
                <Button
                  className="project-commitment-remove"
                  icon={<DeleteOutlined />}
                  aria-label={t('project.promises.remove', { n: index + 1 })}
                  onClick={() => remove(field.name)}
                />
              </div>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ item: '', dueDate: null })} disabled={fields.length >= MAX_COMMITMENTS}>
              {t('project.promises.add')}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
