# One image per host: build with --build-arg PROJECT=FactionGraph.Api (default) or FactionGraph.Worker.
# The explorer's bundle: the same command tests/run.sh runs (npm ci from the lock file, then esbuild).
FROM node:20-bookworm-slim AS explorer
WORKDIR /explorer
COPY src/FactionGraph.Explorer/package.json src/FactionGraph.Explorer/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY src/FactionGraph.Explorer/build.mjs ./
COPY src/FactionGraph.Explorer/src/ src/
RUN node build.mjs

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG PROJECT=FactionGraph.Api
WORKDIR /repo
COPY Directory.Build.props Directory.Packages.props FactionGraph.slnx ./
COPY src/ src/
COPY graph-seed/ graph-seed/
COPY --from=explorer /explorer/dist/ src/FactionGraph.Explorer/dist/
# The SDK image has no Node.js: the bundle comes from the stage above, so the build does not run npm.
RUN dotnet publish src/${PROJECT} -c Release -o /app -p:ExplorerBuild=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0
ARG PROJECT=FactionGraph.Api
# wget for the compose health checks; link-grammar and its English dictionary for reading sentence structure.
RUN apt-get update && apt-get install -y --no-install-recommends wget liblink-grammar5 link-grammar-dictionaries-en \
    && rm -rf /var/lib/apt/lists/*
ENV APP_DLL=${PROJECT}.dll \
    Ingestion__SeedPath=/app/graph-seed \
    Storage__Path=/data \
    Logging__Format=Json
WORKDIR /app
COPY --from=build /app ./
COPY graph-seed/ /app/graph-seed/
VOLUME /data
ENTRYPOINT ["sh", "-c", "exec dotnet \"$APP_DLL\" \"$@\"", "--"]
