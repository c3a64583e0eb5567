import { Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { hasAnyRole, useSession } from '../../session';
import { BoardView } from './Board';
import { Filters } from './Filters';
import { ProjectList } from './ProjectList';
import { filtersFrom, paramsOf, viewFrom } from './queries';
import './pipeline.css';

/** 商机看板: the pipeline by stage, filtered by what the address says. No drag-and-drop: stages change on the project page. */
export default function PipelinePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const view = viewFrom(params);
  // One "now" per visit, so every chip and day count on the page agrees.
  const [now] = useState(() => Date.now());
  const person = useSession().data?.person;
  const navigate = useNavigate();

  return (
    <section aria-labelledby="page-title">
      <div className="pipeline-title-row">
        <Typography.Title level={1} id="page-title" style={{ fontSize: 24, margin: 0 }}>
          {t('pipeline.title')}
        </Typography.Title>
        {person && hasAnyRole(person, ['sales', 'manager', 'director', 'admin']) && (
          <Button type="primary" onClick={() => void navigate('/projects/new')}>
            {t('pipeline.newProject')}
          </Button>
        )}
      </div>
      <Filters
        key={params.toString()}
        filters={filters}
        view={view}
        onChange={(next, nextView) => setParams(paramsOf(next, nextView))}
      />
      <div style={{ marginTop: 16 }}>{view === 'board' ? <BoardView filters={filters} now={now} /> : <ProjectList filters={filters} now={now} />}</div>
    </section>
  );
}
