# syntax=docker/dockerfile:1.7
# The class website: its small Node server and the bundled static site (dist/public), run as
# the unprivileged "node" user (uid 1000). Build from the repo root:
#   docker build -f docker/website.Dockerfile -t <registry>/website:<tag> .
ARG NODE_IMAGE=node:24.11.0-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /repo
COPY . .
RUN npm ci --no-audit --no-fund \
 && npx nx build website --skip-nx-cache \
 && npm prune --omit=dev --no-audit --no-fund
RUN mkdir -p /out/libs /out/apps/website \
 && cp package.json /out/ \
 && cp -r apps/website/package.json apps/website/dist /out/apps/website/ \
 && for lib in libs/*; do \
      if [ -d "$lib/dist" ]; then mkdir -p "/out/$lib" && cp -r "$lib/package.json" "$lib/dist" "/out/$lib/"; fi; \
    done

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production PORT=8080
WORKDIR /srv
COPY --from=build --chown=root:root /repo/node_modules ./node_modules
COPY --from=build --chown=root:root /out/ ./
USER 1000:1000
EXPOSE 8080
WORKDIR /srv/apps/website
CMD ["node", "dist/main.js"]
