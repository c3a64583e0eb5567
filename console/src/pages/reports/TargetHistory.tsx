import { useQuery } from '@tanstack/react-query';
import { Button, Modal, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { formatDateTime, formatMoney } from '../../format';
import { Loaded } from './Loaded';

/** 背销售数字: every value set for the period's targets, newest version first: by whom, why, and what it replaced. */
export function TargetHistory({ period }: { period: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [open, setOpen] = useState(false);
  const history = useQuery({
    queryKey: ['targets', period, 'history'],
    queryFn: () => call(api.GET('/api/targets/history', { params: { query: { period } } })),
    enabled: open,
  });
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('reports.targetHistory.open')}</Button>
      <Modal open={open} title={t('reports.targetHistory.title', { period })} onCancel={() => setOpen(false)} footer={null} width={960}>
        <Loaded query={history}>
          {(data) => (
            <Table
              size="small"
              rowKey={(c) => `${c.version}-${c.personId}-${c.role}`}
              dataSource={data.items}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{ emptyText: t('reports.targetHistory.empty') }}
              columns={[
                { key: 'version', title: t('reports.targetHistory.version'), render: (_, c) => c.version },
                { key: 'at', title: t('reports.targetHistory.at'), render: (_, c) => formatDateTime(c.setAt, lang) },
                { key: 'by', title: t('reports.targetHistory.by'), render: (_, c) => c.setByName },
                { key: 'person', title: t('reports.targetHistory.person'), render: (_, c) => c.name },
                { key: 'role', title: t('reports.attainment.role'), render: (_, c) => t(`reports.attainment.roles.${c.role}`) },
                {
                  key: 'amount',
                  title: t('reports.targetHistory.change'),
                  align: 'right',
                  render: (_, c) =>
                    c.previousAmount === null
                      ? formatMoney(c.amount, lang)
                      : `${formatMoney({ amount: c.previousAmount, currency: c.amount.currency }, lang)} → ${formatMoney(c.amount, lang)}`,
                },
                { key: 'reason', title: t('reports.targetHistory.reason'), render: (_, c) => c.reason },
              ]}
            />
          )}
        </Loaded>
      </Modal>
    </>
  );
}
