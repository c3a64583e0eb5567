import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors';

/** A query's data once it is there; a skeleton while it loads, the API's error with a retry when it fails. */
export function Loaded<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) return <Skeleton active />;
  if (query.isError)
    return (
      <Alert
        type="error"
        showIcon
        title={errorMessage(t, query.error)}
        action={
          <Button size="small" onClick={() => void query.refetch()}>
            {t('common.reload')}
          </Button>
        }
      />
    );
  return <>{children(query.data)}</>;
}
