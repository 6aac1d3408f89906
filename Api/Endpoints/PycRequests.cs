using System.Text;
using Api.Options;
using Engine.Bytecode;
using Engine.Bytecode.Marshal;
using Engine.Pipeline;

namespace Api.Endpoints;

/// <summary>What compile and execute check on a request that may carry a .pyc in place of a source.</summary>
internal static class PycRequests
{
    public const string MediaType = "application/x-python-code";

    /// <summary>A 400 or 413 ProblemDetails unless the request has exactly one of a source and a
    /// .pyc, of an accepted size; <paramref name="pyc"/> is then the .pyc's bytes, or null for a source.</summary>
    public static IResult? SourceOrPyc(string? source, string? pycBase64, SourceOptions options, out byte[]? pyc)
    {
        pyc = null;
        if (pycBase64 is null) return RequestChecks.Source(source, options);
        if (source is not null)
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request has both a source and a .pyc.",
                detail: "Send either \"source\" (the program's text) or \"pyc\" (a .pyc file, base64), not both.");
        // A .pyc takes about as many bytes as its source has characters; base64 takes 4 characters for 3 bytes.
        if (pycBase64.Length > options.MaxSourceChars / 3 * 4 + 4)
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The .pyc is too large.",
                detail: $"The .pyc takes {pycBase64.Length} characters of base64; this server accepts at most {options.MaxSourceChars} bytes.");
        try
        {
            pyc = Convert.FromBase64String(pycBase64);
        }
        catch (FormatException)
        {
            return BadPyc("\"pyc\" is not base64.");
        }
        return null;
    }

    /// <summary>The code object of a .pyc, or a 400 ProblemDetails saying why it cannot be read.
    /// Read on a large stack: the reader may recurse as deep as marshal allows.</summary>
    public static async Task<(CodeObject? Code, IResult? Problem)> ReadAsync(byte[] pyc)
    {
        try
        {
            return (await LargeStack.RunAsync(() => PycFile.Read(pyc).Code), null);
        }
        catch (InvalidPycException e)
        {
            return (null, BadPyc(e.Message));
        }
    }

    public static IResult BadPyc(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The .pyc cannot be read.", detail: detail);

    /// <summary>The .pyc as a download named after the request's filename (prog.py gives prog.pyc).</summary>
    public static IResult File(byte[] pyc, string filename)
    {
        var stem = new StringBuilder();
        foreach (var c in Path.GetFileNameWithoutExtension(filename.Replace('\\', '/').Split('/')[^1]))
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.') stem.Append(c);
        return Results.File(pyc, MediaType, (stem.Length > 0 ? stem.ToString() : "module") + ".pyc");
    }
}
