import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { screen } from '../../screens';
import { hasAnyRole, useSession } from '../../session';
import { Forbidden, NotFound } from '../Placeholder';
import { CentersSection, HotlinesSection, OfficesSection } from './OrganisationSections';
import { PeopleSection } from './PeopleSection';
import { PolicySection } from './PolicySection';
import { Page } from '../../components/Page';

const SECTIONS = ['people', 'offices', 'centers', 'hotlines', 'policy'] as const;
type Section = (typeof SECTIONS)[number];

/** 管理: for admins; directors see the policy section. Each section has its address, /admin/people … /admin/policy. */
export default function AdminPage() {
  const { t } = useTranslation();
  const { section: param } = useParams();
  const navigate = useNavigate();
  const person = useSession().data?.person;
  const roles = screen('admin').roles;
  if (person && !hasAnyRole(person, roles)) return <Forbidden roles={roles ?? []} />;
  // Directors publish the policy (and try it first): that section is theirs; the organisation is the admins'.
  const sections: readonly Section[] = person && !hasAnyRole(person, ['admin']) ? ['policy'] : SECTIONS;
  const section: Section | undefined = param === undefined ? sections[0] : sections.find((s) => s === param);
  if (!section) return <NotFound />;
  const body = { people: <PeopleSection />, offices: <OfficesSection />, centers: <CentersSection />, hotlines: <HotlinesSection />, policy: <PolicySection /> };
  return (
    <Page title={t('admin.title')}>
      <Tabs
        activeKey={section}
        onChange={(key) => void navigate(`/admin/${key}`)}
        items={sections.map((key) => ({ key, label: t(`admin.sections.${key}`), children: key === section ? body[key] : null }))}
      />
    </Page>
  );
}
