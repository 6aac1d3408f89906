using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Api.Endpoints;

/// <summary>
/// A request the framework could not read (not JSON, a property of the wrong type, a body over
/// the size limit) is the client's mistake: answer it with its own status (400, 413) and say
/// what was wrong, as ProblemDetails, instead of letting it pass for a server error.
/// </summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request is too large." : "The request is malformed.",
                Detail = (bad.InnerException as System.Text.Json.JsonException)?.Message ?? bad.Message,
            },
        });
    }
}
