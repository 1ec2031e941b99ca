# syntax=docker/dockerfile:1
# The PecFlow engine: a Spring Boot jar split into layers (dependencies change rarely, the
# application often), run as a non-root user on a JRE, with nothing written outside /tmp.
#
# Build from the repository root, after `./mvnw -B -q package -DskipTests`:
#   docker build -f docker/engine.Dockerfile -t pecflow/engine:0.1.0-SNAPSHOT .
# (docker/engine.Dockerfile.dockerignore keeps the build context to the jar alone.)

FROM eclipse-temurin:21-jre AS layers
WORKDIR /build
COPY engine/target/pecflow-engine.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:21-jre
RUN groupadd --system --gid 10001 pecflow \
 && useradd --system --uid 10001 --gid pecflow --home-dir /app --no-create-home --shell /usr/sbin/nologin pecflow
WORKDIR /app
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
USER 10001:10001
# server.port: /actuator/health (with /readiness and /liveness) and /actuator/prometheus
EXPOSE 8080
# The heap follows the container's memory limit; an OutOfMemoryError ends the process so that
# the orchestrator restarts it (the ledger in Kafka makes a restart safe).
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
