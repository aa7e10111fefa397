# kefu container image: build the Spring Boot fat jar with Maven, run it on a JRE as a non-root
# user. `docker compose up --build` builds it; by hand: `docker build -t kefu .`
# No BuildKit-only syntax, so the classic builder (Debian's docker-compose 1.29) works too.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# Dependencies and plugins first: this layer is reused until pom.xml changes.
COPY pom.xml ./
RUN mvn -B -ntp dependency:go-offline
# Then everything the build reads (src/, processes/, forms/); .dockerignore keeps out the rest.
COPY . .
RUN mvn -B -ntp -DskipTests package \
 && cp target/kefu-*.jar /build/kefu.jar

FROM eclipse-temurin:17-jre
# curl: the healthcheck in docker-compose.yml calls /actuator/health with it.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 kefu \
 && useradd --system --uid 10001 --gid kefu --home-dir /app --no-create-home \
      --shell /usr/sbin/nologin kefu
WORKDIR /app
# The default (H2 demo) profile writes ./data; the postgres profile writes nothing here.
RUN mkdir /app/data && chown kefu:kefu /app/data
COPY --from=build /build/kefu.jar /app/kefu.jar
USER 10001:10001
# The JVM sizes its heap from the container's memory limit; override with JAVA_TOOL_OPTIONS.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/kefu.jar"]
