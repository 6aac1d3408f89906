using Engine.Diagnostics;
using Engine.VM;

namespace Engine.Pipeline;

/// <summary>
/// What a stage answers when the Engine itself fails on a program (a bug of ours, not the
/// program's): CPython's name for that, SystemError, in the stage's usual error slot, so the
/// client gets a clear 200 answer and the service keeps serving. The host logs the exception.
/// </summary>
public static class InternalError
{
    public static SourceError For(string stage, Exception e) =>
        new("SystemError", $"internal error in the {stage} stage: {e.GetType().Name}: {e.Message}", null, null, null, null);

    public static TokenizeAnswer Tokenize(Exception e) => new(null, For("tokenize", e));

    public static ParseAnswer Parse(Exception e) => new(null, For("parse", e));

    public static CompileAnswer Compile(Exception e) => new(null, null, For("compile", e));

    public static ExecuteAnswer Execute(Exception e) =>
        new("error", null, new ExceptionInfo("SystemError", For("execute", e).Msg, []), null, null, null, null, null);
}
