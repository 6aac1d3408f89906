namespace Api.Options;

/// <summary>Configuration section "Source": what every stage accepts.</summary>
public sealed class SourceOptions
{
    public const string Section = "Source";

    /// <summary>Longest source accepted, in characters; a longer one is answered 413.</summary>
    public int MaxSourceChars { get; set; } = 1 << 20;

    /// <summary>Largest tokenize, parse or compile answer sent, in bytes of JSON; a larger one is answered 422.
    /// (The standard library's largest is about 5 MB.)</summary>
    public long MaxAnswerBytes { get; set; } = 64L << 20;

    /// <summary>Tokenize, parse and compile requests worked on at once; more wait their turn.</summary>
    public int MaxConcurrentStages { get; set; } = Environment.ProcessorCount;
}
