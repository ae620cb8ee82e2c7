# One image per host: build with --build-arg PROJECT=FactionGraph.Api (default) or FactionGraph.Worker.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG PROJECT=FactionGraph.Api
WORKDIR /repo
COPY Directory.Build.props Directory.Packages.props FactionGraph.slnx ./
COPY src/ src/
COPY graph-seed/ graph-seed/
RUN dotnet publish src/${PROJECT} -c Release -o /app

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
