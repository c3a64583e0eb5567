import { Space, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface DateWindow {
  from: string;
  to: string;
}

/**
 * A window of UTC calendar days, both included, as the reports take it. Native date fields: labelled, usable by
 * keyboard and on phones; a window that ends before it starts is not applied.
 */
export function WindowPicker({ window, onChange }: { window: DateWindow; onChange: (w: DateWindow) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const change = (next: DateWindow) => {
    if (next.from && next.to && next.from <= next.to) onChange(next);
  };
  const field = { padding: '4px 8px', border: '1px solid #8c8c8c', borderRadius: 6, font: 'inherit' } as const;
  return (
    <Space wrap align="center">
      <label htmlFor={`${id}-from`}>{t('charts.window.from')}</label>
      <input id={`${id}-from`} type="date" value={window.from} max={window.to} style={field} onChange={(e) => change({ ...window, from: e.target.value })} />
      <label htmlFor={`${id}-to`}>{t('charts.window.to')}</label>
      <input id={`${id}-to`} type="date" value={window.to} min={window.from} style={field} onChange={(e) => change({ ...window, to: e.target.value })} />
      <Typography.Text type="secondary">{t('charts.window.utc')}</Typography.Text>
    </Space>
  );
}
