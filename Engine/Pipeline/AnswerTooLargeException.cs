namespace Engine.Pipeline;

/// <summary>A stage's answer would be larger than the host sends (its MaxAnswerBytes): not the
/// program's fault, and not a Python error, so the host answers it as it sees fit (the Api: 422).</summary>
public sealed class AnswerTooLargeException(string stage, long maxAnswerBytes)
    : Exception($"The {stage} answer for this source would be larger than {maxAnswerBytes} bytes, the most this server sends; send a smaller program.")
{
    public string Stage { get; } = stage;
    public long MaxAnswerBytes { get; } = maxAnswerBytes;
}
