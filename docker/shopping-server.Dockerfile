# syntax=docker/dockerfile:1.7
# The shopping-server image: built with the workspace's own toolchain, shipped with production
# dependencies only, run as the unprivileged "node" user (uid 1000). Build from the repo root:
#   docker build -f docker/shopping-server.Dockerfile -t <registry>/shopping-server:<tag> .
ARG NODE_IMAGE=node:24.11.0-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /repo
COPY . .
RUN npm ci --no-audit --no-fund \
 && npx nx build shopping-server --skip-nx-cache \
 && npm prune --omit=dev --no-audit --no-fund
# keep only what runs: package manifests and compiled output of the app and the libs, and the
# storefront's server-side render (one self-contained build the server loads from beside it)
RUN mkdir -p /out/libs /out/apps/shopping-server /out/apps/shopping-webclient \
 && cp package.json /out/ \
 && cp -r apps/shopping-server/package.json apps/shopping-server/dist /out/apps/shopping-server/ \
 && cp -r apps/shopping-webclient/dist-ssr /out/apps/shopping-webclient/ \
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
WORKDIR /srv/apps/shopping-server
CMD ["node", "--single-threaded-gc", "dist/main.js"]
