import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The production shape's versions, from deploy/versions.env (also read by docker-compose.yml and .ci/run). */
export interface DeployVersions {
  TEMPORAL_SERVER_VERSION: string;
  TEMPORAL_ADMIN_TOOLS_TAG: string;
  TEMPORAL_CLI_VERSION: string;
  TEMPORAL_UI_VERSION: string;
  POSTGRES_MAJOR: string;
}

export const VERSIONS_FILE = path.join(__dirname, 'versions.env');

const KEYS: Array<keyof DeployVersions> = ['TEMPORAL_SERVER_VERSION', 'TEMPORAL_ADMIN_TOOLS_TAG', 'TEMPORAL_CLI_VERSION', 'TEMPORAL_UI_VERSION', 'POSTGRES_MAJOR'];

/** `KEY=value` lines; `#` starts a comment line. Every key above must be there, with a plain version. */
export function parseVersions(text: string): DeployVersions {
  const values: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^([A-Z0-9_]+)=([0-9A-Za-z.+-]+)$/.exec(line);
    if (!match) throw new Error(`${VERSIONS_FILE}: cannot read "${line}" (KEY=version)`);
    values[match[1]!] = match[2]!;
  }
  for (const key of KEYS) if (!values[key]) throw new Error(`${VERSIONS_FILE}: ${key} is missing`);
  return values as unknown as DeployVersions;
}

export const DEPLOY_VERSIONS: DeployVersions = parseVersions(readFileSync(VERSIONS_FILE, 'utf8'));

/** The Go packages `npm run cluster` builds: the server and its schema tool, at the compose file's version. */
export const TEMPORAL_SERVER_MODULE = 'go.temporal.io/server';
export const temporalServerPackages = (version = DEPLOY_VERSIONS.TEMPORAL_SERVER_VERSION) => ({
  server: `${TEMPORAL_SERVER_MODULE}/cmd/server@v${version}`,
  sqlTool: `${TEMPORAL_SERVER_MODULE}/cmd/tools/sql@v${version}`,
});
