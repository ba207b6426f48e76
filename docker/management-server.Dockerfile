# syntax=docker/dockerfile:1.7
# The management-server image: built with the workspace's own toolchain, shipped with production
# dependencies only, run as the unprivileged "node" user (uid 1000). Build from the repo root:
#   docker build -f docker/management-server.Dockerfile -t <registry>/management-server:<tag> .
ARG NODE_IMAGE=node:24.11.0-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /repo
COPY . .
RUN npm ci --no-audit --no-fund \
 && npx nx build management-server --skip-nx-cache \
 && npm prune --omit=dev --no-audit --no-fund
# keep only what runs: package manifests and compiled output of the app and the libs
RUN mkdir -p /out/libs /out/apps/management-server \
 && cp package.json /out/ \
 && cp -r apps/management-server/package.json apps/management-server/dist /out/apps/management-server/ \
 && for lib in libs/*; do \
      if [ -d "$lib/dist" ]; then mkdir -p "/out/$lib" && cp -r "$lib/package.json" "$lib/dist" "/out/$lib/"; fi; \
    done

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /srv
COPY --from=build --chown=root:root /repo/node_modules ./node_modules
COPY --from=build --chown=root:root /out/ ./
USER 1000:1000
EXPOSE 3000
WORKDIR /srv/apps/management-server
CMD ["node", "dist/main.js"]
