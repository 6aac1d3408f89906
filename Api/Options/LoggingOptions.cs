namespace Api.Options;

/// <summary>Configuration section "Logging": how the console log is written (levels are under "Serilog").</summary>
public sealed class LoggingOptions
{
    public const string Section = "Logging";

    /// <summary><c>text</c> (one readable line an event) or <c>json</c> (one compact JSON object an event).</summary>
    public LogFormat Format { get; set; } = LogFormat.Text;
}

public enum LogFormat
{
    Text,
    Json,
}
