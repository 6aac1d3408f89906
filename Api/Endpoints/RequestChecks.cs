using Api.Options;

namespace Api.Endpoints;

/// <summary>The checks every stage makes on a request before the Engine sees it.</summary>
internal static class RequestChecks
{
    /// <summary>A 400 or 413 ProblemDetails for a missing or oversized source; null when it is fine.</summary>
    public static IResult? Source(string? source, SourceOptions options)
    {
        if (source is null)
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request has no source.",
                detail: "Send a JSON object with a string property \"source\" holding the program.");
        if (source.Length > options.MaxSourceChars)
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The source is too large.",
                detail: $"The source has {source.Length} characters; this server accepts at most {options.MaxSourceChars}.");
        return null;
    }

    /// <summary>A 400 for a mode that is not "exec", "eval" or "single"; null when it is one (or absent).</summary>
    public static IResult? Mode(string? mode) =>
        Engine.Pipeline.PythonPipeline.ModeNamed(mode) is null
            ? Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown mode.",
                detail: $"\"mode\" is \"exec\" (the default), \"eval\" or \"single\"; it was \"{mode}\".")
            : null;

    /// <summary>A 400 for an optimization level other than 0, 1 or 2; null when it is one (or absent).</summary>
    public static IResult? Optimize(int? optimize) =>
        optimize is null or 0 or 1 or 2
            ? null
            : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown optimization level.",
                detail: $"\"optimize\" is 0 (the default), 1 or 2; it was {optimize}.");

    public static string Filename(string? filename) =>
        string.IsNullOrEmpty(filename) ? Engine.Pipeline.PythonPipeline.DefaultFilename : filename;
}
