import type { ReactNode } from 'react';
import { Input, Segmented, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOffices, usePeopleDirectory } from '../../components/directory';
import { STATUSES, TIERS, type BoardFilters, type BoardView } from './queries';

interface Props {
  filters: BoardFilters;
  view: BoardView;
  onChange: (filters: BoardFilters, view: BoardView) => void;
}

/** The board's filters and the board/list toggle; every change goes to the address, so a filtered board can be linked. */
export function Filters({ filters, view, onChange }: Props) {
  const { t } = useTranslation();
  const offices = useOffices();
  const people = usePeopleDirectory();
  const [industry, setIndustry] = useState(filters.industry ?? '');
  const set = (patch: Partial<BoardFilters>) => onChange({ ...filters, ...patch }, view);
  const field = (id: string, label: string, control: ReactNode) => (
    <div className="pipeline-filter">
      <label htmlFor={id}>{label}</label>
      {control}
    </div>
  );

  return (
    <div role="search" aria-label={t('pipeline.filters.label')}>
      <Space wrap align="end" size={[12, 8]}>
        {field(
          'filter-tier',
          t('pipeline.filters.tier'),
          <Select
            id="filter-tier"
            allowClear
            placeholder={t('pipeline.filters.any')}
            value={filters.tier}
            onChange={(tier) => set({ tier })}
            options={TIERS.map((tier) => ({ value: tier, label: tier }))}
            style={{ width: 110 }}
          />,
        )}
        {field(
          'filter-office',
          t('pipeline.filters.office'),
          <Select
            id="filter-office"
            allowClear
            placeholder={t('pipeline.filters.any')}
            value={filters.officeId}
            onChange={(officeId) => set({ officeId })}
            options={(offices.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            style={{ width: 200 }}
          />,
        )}
        {field(
          'filter-owner',
          t('pipeline.filters.owner'),
          <Select
            id="filter-owner"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('pipeline.filters.any')}
            value={filters.ownerId}
            onChange={(ownerId) => set({ ownerId })}
            options={(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            style={{ width: 220 }}
          />,
        )}
        {field(
          'filter-industry',
          t('pipeline.filters.industry'),
          <Input.Search
            id="filter-industry"
            allowClear
            value={industry}
            placeholder={t('pipeline.filters.industryPlaceholder')}
            enterButton={t('pipeline.filters.apply')}
            onChange={(event) => setIndustry(event.target.value)}
            onSearch={(value) => set({ industry: value.trim().toLowerCase() || undefined })}
            style={{ width: 220 }}
          />,
        )}
        {field(
          'filter-status',
          t('pipeline.filters.status'),
          <Select
            id="filter-status"
            value={filters.status}
            onChange={(status) => set({ status })}
            options={STATUSES.map((status) => ({ value: status, label: t(`pipeline.statuses.${status}`) }))}
            style={{ width: 120 }}
          />,
        )}
        <Segmented<BoardView>
          aria-label={t('pipeline.view.label')}
          value={view}
          onChange={(next) => onChange(filters, next)}
          options={[
            { value: 'board', label: t('pipeline.view.board') },
            { value: 'list', label: t('pipeline.view.list') },
          ]}
        />
      </Space>
    </div>
  );
}
