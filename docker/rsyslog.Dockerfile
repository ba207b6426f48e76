# syntax=docker/dockerfile:1.7
# The central log sink: Debian's rsyslog on a pinned slim base, with the generated
# rsyslog.conf and rotate script as defaults under /config, run as an unprivileged user.
# `nx run deploy:images` passes the generated files as the named context "config".
ARG DEBIAN_IMAGE=debian:12.11-slim
FROM ${DEBIAN_IMAGE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends rsyslog \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --gid 10001 rsyslog-sink \
 && useradd --uid 10001 --gid 10001 --no-create-home --shell /usr/sbin/nologin rsyslog-sink \
 && mkdir -p /var/log/aneis && chown 10001:10001 /var/log/aneis
COPY --from=config --chmod=0444 rsyslog.conf /config/rsyslog.conf
COPY --from=config --chmod=0555 rotate-log.sh /config/rotate-log.sh
USER 10001:10001
EXPOSE 5140/udp 5140/tcp
CMD ["rsyslogd", "-n", "-f", "/config/rsyslog.conf", "-i", "/tmp/rsyslogd.pid"]
