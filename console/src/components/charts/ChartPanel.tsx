import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Space, Table, Typography } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense, useState, type Key, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv, type CsvCell } from '../csv';
import { ScrollRegion } from '../ScrollRegion';

const EChart = lazy(() => import('./EChart'));

export interface DataColumn<Row> {
  key: string;
  title: string;
  /** The cell as it goes into the CSV file (raw: numbers as numbers, money in major units). */
  value: (row: Row) => CsvCell;
  /** The cell as the table shows it; the CSV value when absent. */
  render?: (row: Row) => ReactNode;
  align?: 'left' | 'right';
}

interface Props<Row> {
  title: string;
  /** The chart's name for screen readers (what it plots); absent when there is no chart. */
  chartLabel?: string;
  option?: EChartsCoreOption;
  chartHeight?: number;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  /** The downloaded file's name, without `.csv`. */
  csvName: string;
  extra?: ReactNode;
  /** Under the table: totals, notes. */
  footer?: ReactNode;
  /** Table width below which it scrolls sideways. */
  minWidth?: number;
  /** Instead of the table as CSV: a file the server makes (the button waits for it). */
  download?: () => Promise<void>;
  /** A row's details, shown when the row is expanded (rows without details have no expand button). */
  expandable?: { render: (row: Row) => ReactNode; rowExpandable?: (row: Row) => boolean };
  /** What an empty table says (antd's "No data" when absent). */
  emptyText?: ReactNode;
}

/**
 * A chart with its figures: the chart (ECharts, loaded on first use), the same data as a table under it, and a CSV
 * download of that table — so the data is there for screen readers, for copying and for a spreadsheet.
 */
export function ChartPanel<Row extends object>(props: Props<Row>) {
  const { title, chartLabel, option, chartHeight, columns, rows, rowKey, csvName, extra, footer, minWidth = 560, expandable, emptyText } = props;
  const { t } = useTranslation();
  const [downloading, setDownloading] = useState(false);
  const download = () => {
    if (props.download) {
      setDownloading(true);
      void props.download().finally(() => setDownloading(false));
      return;
    }
    downloadCsv(
      csvName,
      columns.map((c) => c.title),
      rows.map((row) => columns.map((c) => c.value(row))),
    );
  };
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{title}</h2>}
      extra={
        <Space wrap>
          {extra}
          <Button icon={<DownloadOutlined />} onClick={download} loading={downloading}>
            {t('charts.downloadCsv')}
          </Button>
        </Space>
      }
      style={{ marginBottom: 16 }}
    >
      {option && chartLabel && (
        <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: chartHeight ?? 320 }} />}>
          <EChart option={option} label={chartLabel} height={chartHeight} />
        </Suspense>
      )}
      <Typography.Title level={3} style={{ fontSize: 14, marginTop: 16 }}>
        {t('charts.tableOf', { title })}
      </Typography.Title>
      <ScrollRegion label={t('charts.tableRegion', { title })} minWidth={minWidth}>
        <Table<Row>
          size="small"
          rowKey={rowKey}
          dataSource={rows as Row[]}
          pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          expandable={expandable && { expandedRowRender: expandable.render, rowExpandable: expandable.rowExpandable }}
          locale={emptyText === undefined ? undefined : { emptyText }}
          columns={columns.map((c) => ({
            key: c.key,
            title: c.title,
            align: c.align,
            render: (_: unknown, row: Row) => (c.render ? c.render(row) : c.value(row)),
          }))}
        />
      </ScrollRegion>
      {footer}
    </Card>
  );
}
