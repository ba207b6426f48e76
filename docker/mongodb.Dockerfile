# syntax=docker/dockerfile:1.7
# MongoDB for the rs0 replica set: the official image, pinned, with our init script baked in
# as a default (the cluster mounts the same script from its ConfigMap). Runs as mongodb (999).
# `nx run deploy:images` passes the generated files as the named context "config".
ARG MONGO_IMAGE=mongo:8.0.4
FROM ${MONGO_IMAGE}
COPY --from=config --chmod=0444 rs-init.js /scripts/rs-init.js
USER 999:999
EXPOSE 27017
