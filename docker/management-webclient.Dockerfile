# syntax=docker/dockerfile:1.7
# The management-webclient image: Vite builds the static app, unprivileged nginx (uid 101) serves it on
# 8080 with /healthz, /readyz and the runtime config the Deployment mounts. No Node at run time.
# `nx run deploy:images` passes the generated security-headers snippet as the named context
# "config" (docker build … --build-context config=<dir>, see deploy/src/images).
#   docker build -f docker/management-webclient.Dockerfile -t <registry>/management-webclient:<tag> .
ARG NODE_IMAGE=node:24.11.0-bookworm-slim
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.28.0-alpine

FROM ${NODE_IMAGE} AS build
WORKDIR /repo
COPY . .
RUN npm ci --no-audit --no-fund && npx nx build management-webclient --skip-nx-cache

FROM ${NGINX_IMAGE} AS runtime
# access logs go to stdout and to rsyslog (nginx allows no '-' in a syslog tag)
ARG SYSLOG_SERVER=rsyslog:5000
ARG SYSLOG_TAG=management_webclient
COPY docker/webclient/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=config --chmod=0444 security-headers.conf /etc/nginx/aneis/security-headers.conf
USER root
RUN sed -i "s|@SYSLOG_SERVER@|${SYSLOG_SERVER}|; s|@SYSLOG_TAG@|${SYSLOG_TAG}|" /etc/nginx/conf.d/default.conf
USER 101:101
COPY --from=build --chown=root:root /repo/apps/management-webclient/dist /usr/share/nginx/html
EXPOSE 8080
