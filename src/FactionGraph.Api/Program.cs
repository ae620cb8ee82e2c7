using FactionGraph.Api.Apis;
using FactionGraph.Api.Extensions;
using FactionGraph.Api.Health;
using FactionGraph.Api.Security;
using FactionGraph.Ingestion.Hosting;
using FactionGraph.Storage;
using Serilog;

// Settings are read beside the build, wherever it is started from; relative paths (Storage:Path) are
// relative to the working directory, so the API and the worker's verbs started in one folder share one store.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.Services.AddFactionGraphLogging(builder.Configuration);
builder.Services.AddGraphStore(builder.Configuration);
builder.Services.AddIngestion(builder.Configuration);
builder.Services.AddFactionGraphQL(builder.Configuration);
builder.Services.AddAllowedHosts(builder.Configuration);
builder.Services.AddFrontEndCors(builder.Configuration);
builder.Services.AddExplorer(builder.Configuration);
builder.Services.AddApiTelemetry(builder.Configuration);
builder.Services.AddHealthProbes(builder.Configuration);
builder.Services.AddLoadShedding(builder.Configuration);

var app = builder.Build();

app.UseSerilogRequestLogging();
app.UseClientErrors();
app.UseAllowedHosts();
app.UseCors();
app.UseLoadShedding();
app.UseExplorer();
app.MapHealthApi();
app.MapHealthProbes();
app.MapMetricsEndpoint();
app.MapGraphQLApi();
app.MapArticlesApi();
app.MapExportApi();
app.LogWriteAccessMode();

app.Run();

/// <summary>The API host; public so functional tests can start it through WebApplicationFactory.</summary>
public partial class Program;
