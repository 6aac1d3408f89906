using Engine.Pipeline;

namespace Api.Endpoints;

/// <summary>
/// Runs an Engine stage on its large-stack thread. Should the Engine fail on a program, the
/// failure is logged and answered as the stage's SystemError: never a 500, never a lost process.
/// </summary>
internal static class StageRunner
{
    public static async Task<IResult> Run<T>(string stage, Func<T> work, Func<Exception, T> crashed, ILogger logger)
    {
        try
        {
            return Results.Ok(await LargeStack.RunAsync(work));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The {Stage} stage failed on a program", stage);
            return Results.Ok(crashed(e));
        }
    }
}
