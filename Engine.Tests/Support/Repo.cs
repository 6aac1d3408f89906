namespace Engine.Tests.Support;

/// <summary>Paths inside the repository, found from the test binary's folder.</summary>
public static class Repo
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Service.sln"))) return dir.FullName;
            throw new DirectoryNotFoundException("Service.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The files of examples/<paramref name="corpus"/> matching <paramref name="pattern"/>, in ordinal order.</summary>
    public static IEnumerable<string> Examples(string corpus, string pattern = "*.py") =>
        Directory.GetFiles(Path.Combine(Root, "examples", corpus), pattern).Order(StringComparer.Ordinal);
}
