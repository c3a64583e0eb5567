import {
  AppstoreOutlined,
  BarChartOutlined,
  InboxOutlined,
  PlusCircleOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from './session';

export type ScreenId = 'inbox' | 'pipeline' | 'newProject' | 'resources' | 'reports' | 'me' | 'admin';

export interface Screen {
  id: ScreenId;
  /** Where the menu entry leads. */
  path: string;
  icon: ReactNode;
  /** The roles that see the entry and may open the screen; everyone when absent. */
  roles?: readonly Role[];
}

/**
 * The side menu, in order. Which roles see an entry follows what the API lets them do: opening a project is for
 * sales, their managers, directors and admins (POST /api/projects); reports and resources for those who plan and
 * lead; the admin screens for admins (directors: the policy section). The API still decides every request: the menu only keeps what would be refused
 * out of sight.
 */
export const SCREENS: readonly Screen[] = [
  { id: 'inbox', path: '/inbox', icon: <InboxOutlined /> },
  { id: 'pipeline', path: '/pipeline', icon: <AppstoreOutlined /> },
  { id: 'newProject', path: '/projects/new', icon: <PlusCircleOutlined />, roles: ['sales', 'manager', 'director', 'admin'] },
  { id: 'resources', path: '/resources', icon: <TeamOutlined />, roles: ['manager', 'director', 'delivery', 'hotline', 'admin'] },
  { id: 'reports', path: '/reports', icon: <BarChartOutlined />, roles: ['manager', 'director', 'admin'] },
  { id: 'me', path: '/me', icon: <UserOutlined /> },
  { id: 'admin', path: '/admin', icon: <SettingOutlined />, roles: ['admin', 'director'] },
];

export function screen(id: ScreenId): Screen {
  return SCREENS.find((s) => s.id === id)!;
}

/** The menu entry a location belongs to (a project page belongs to the pipeline). */
export function screenOfPath(pathname: string): ScreenId | undefined {
  if (pathname === '/projects/new') return 'newProject';
  if (pathname.startsWith('/projects/')) return 'pipeline';
  return SCREENS.find((s) => pathname === s.path || pathname.startsWith(`${s.path}/`))?.id;
}
