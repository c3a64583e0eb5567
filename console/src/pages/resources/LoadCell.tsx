import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDays } from '../../components/moneyList';
import { loadOf } from './weeks';

const COLOURS = { over: '#cf1322', under: '#ad4e00' } as const;

/** Booked days against capacity, with a word (not only a colour) when over- or under-booked. */
export function LoadCell({ booked, capacity, worked }: { booked: number; capacity: number; worked?: number }) {
  const { t, i18n } = useTranslation();
  const load = loadOf(booked, capacity);
  const days = (n: number) => formatDays(n, i18n.language);
  return (
    <span data-load={load} style={{ whiteSpace: 'nowrap' }}>
      {t('resources.bookedOfCapacity', { booked: days(booked), capacity: days(capacity) })}
      {worked !== undefined && worked > 0 && <span style={{ color: 'rgba(0,0,0,0.65)' }}> · {t('resources.worked', { days: days(worked) })}</span>}
      {(load === 'over' || load === 'under') && (
        <>
          {' '}
          <Tag variant="solid" color={COLOURS[load]}>
            {t(`resources.load.${load}`)}
          </Tag>
        </>
      )}
    </span>
  );
}
