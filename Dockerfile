# Cairn: build the shaded jar with Maven, run it on a JRE as a non-root user.
#
#   docker build -t cairn .
#   docker run -p 8080:8080 \
#     -e CAIRN_DATABASE_URL=postgresql://cairn:secret@db.example.org:5432/cairn \
#     -e CAIRN_SECRET=<at least 32 random characters> cairn
#
# CAIRN_DATABASE_URL is required with this image: it is meant for an external PostgreSQL (see
# docker-compose.yml). CAIRN_SECRET is required because the image runs in production mode.
# Every other setting is in the README.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml ./
COPY src ./src
RUN mvn -q -B -DskipTests package

FROM eclipse-temurin:17-jre
RUN groupadd --system cairn \
 && useradd --system --gid cairn --home-dir /app --no-create-home --shell /usr/sbin/nologin cairn
WORKDIR /app
COPY --from=build /build/target/cairn.jar ./cairn.jar
COPY quizzes ./quizzes
COPY webroot ./webroot
USER cairn
ENV CAIRN_MODE=production \
    CAIRN_HTTP_PORT=8080 \
    CAIRN_CONTENT_DIR=/app/quizzes \
    CAIRN_WEBROOT=/app/webroot
EXPOSE 8080
# curl is part of the eclipse-temurin image
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/cairn.jar"]
