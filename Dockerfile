# The Python compilation service: build and publish with the SDK, run on the ASP.NET runtime
# as the image's non-root user, listening on 8080.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Service.sln Directory.Build.props ./
COPY Engine/Engine.csproj Engine/
COPY Worker/Worker.csproj Worker/
COPY Api/Api.csproj Api/
RUN dotnet restore Api/Api.csproj
COPY Engine/ Engine/
COPY Worker/ Worker/
COPY Api/ Api/
RUN dotnet publish Api/Api.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl for the health check only
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_EnableDiagnostics=0 \
    DOTNET_gcServer=0
EXPOSE 8080
# APP_UID is the non-root user the .NET images ship with
USER $APP_UID
# Liveness: the process answers. (/health/ready also asks that the sandbox's workers are up.)
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/health/live || exit 1
ENTRYPOINT ["dotnet", "Api.dll"]
