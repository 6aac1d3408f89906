namespace Api.Options;

/// <summary>Configuration section "Source": what every stage accepts.</summary>
public sealed class SourceOptions
{
    public const string Section = "Source";

    /// <summary>Longest source accepted, in characters; a longer one is answered 413.</summary>
    public int MaxSourceChars { get; set; } = 1 << 20;
}
