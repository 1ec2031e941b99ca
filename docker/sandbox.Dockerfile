# syntax=docker/dockerfile:1
# The PecFlow sandbox, the local stand-in of the provider's APIs: a plain runnable jar, run as a
# non-root user on a JRE. It listens on all interfaces of the container (its own default is
# 127.0.0.1); any other option of sandbox/README.md can follow the image name.
#
# Build from the repository root, after `./mvnw -B -q package -DskipTests`:
#   docker build -f docker/sandbox.Dockerfile -t pecflow/sandbox:0.1.0-SNAPSHOT .
#   docker run --rm -p 8089:8089 pecflow/sandbox:0.1.0-SNAPSHOT --time-scale 60

FROM eclipse-temurin:21-jre
RUN groupadd --system --gid 10001 pecflow \
 && useradd --system --uid 10001 --gid pecflow --home-dir /app --no-create-home --shell /usr/sbin/nologin pecflow
WORKDIR /app
COPY sandbox/target/pecflow-sandbox.jar pecflow-sandbox.jar
USER 10001:10001
EXPOSE 8089
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/pecflow-sandbox.jar", "--bind", "0.0.0.0", "--port", "8089"]
