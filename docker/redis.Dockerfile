# syntax=docker/dockerfile:1.7
# Redis and Sentinel (one image, two entry scripts): the official image, pinned, with the
# generated redis.conf, sentinel.conf and start scripts as defaults under /config (the cluster
# mounts the same files from its ConfigMap). Runs as redis (999).
# `nx run deploy:images` passes the generated files as the named context "config".
ARG REDIS_IMAGE=redis:7.4.2-bookworm
FROM ${REDIS_IMAGE}
COPY --from=config --chmod=0444 redis.conf sentinel.conf /config/
COPY --from=config --chmod=0555 redis-start.sh sentinel-start.sh /config/
USER 999:999
EXPOSE 6379 26379
CMD ["sh", "/config/redis-start.sh"]
