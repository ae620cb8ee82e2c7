namespace FactionGraph.Api.Extensions;

public static class ClientErrorExtensions
{
    /// <summary>
    /// Framing the server cannot read (broken chunked encoding, a body cut short, a bad header) is the
    /// client's error: a 4xx with a code, never a 500, whichever endpoint was reading the body.
    /// </summary>
    public static WebApplication UseClientErrors(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (BadHttpRequestException ex) when (!http.Response.HasStarted)
            {
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("FactionGraph.Api.ClientErrors")
                    .LogWarning("Refused unreadable request: {Reason}", ex.Message);
                http.Response.Clear();
                http.Response.StatusCode = ex.StatusCode is >= 400 and < 500 ? ex.StatusCode : StatusCodes.Status400BadRequest;
                await http.Response.WriteAsJsonAsync(new { error = new { code = "MALFORMED_REQUEST", message = ex.Message } });
            }
        });
        return app;
    }
}
