using System.Text;
using Microsoft.Net.Http.Headers;

namespace Api.Endpoints;

/// <summary>
/// The framework's JSON reading throws (an InvalidOperationException, which would pass for a
/// server error) on a body whose declared charset it cannot use: one .NET does not know
/// (<c>charset=no-such-charset</c>), or a known one in quotes (<c>charset="utf-8"</c>, which HTTP
/// allows). Here, before any endpoint, a quoted charset is unquoted and an unknown one answered 415.
/// </summary>
internal static class RequestCharset
{
    public static IApplicationBuilder UseKnownRequestCharsets(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type) && type.Charset.HasValue)
        {
            var charset = HeaderUtilities.RemoveQuotes(type.Charset).Value ?? "";
            if (!IsKnown(charset))
            {
                await Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The request's charset is not supported.",
                    detail: $"The body is declared in charset '{charset}', which this server does not know; send UTF-8 JSON.")
                    .ExecuteAsync(context);
                return;
            }
            if (charset != type.Charset.Value)
            {
                type.Charset = charset;
                context.Request.ContentType = type.ToString();
            }
        }
        await next(context);
    });

    private static bool IsKnown(string charset)
    {
        try
        {
            Encoding.GetEncoding(charset);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
