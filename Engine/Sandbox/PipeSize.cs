using System.Runtime.InteropServices;

namespace Engine.Sandbox;

/// <summary>
/// Widens the pipe a worker writes its answers to (Linux: fcntl F_SETPIPE_SZ; the default is
/// 64 KiB). A streamed trace runs as fast as the host takes it; with a wider pipe the run goes on
/// while the host passes the last chunk to the client, instead of waiting for each to be read.
/// </summary>
internal static class PipeSize
{
    private const int SetPipeSize = 1031; // F_SETPIPE_SZ

    /// <summary>Asks for <paramref name="bytes"/> (at most /proc/sys/fs/pipe-max-size, 1 MiB by
    /// default, for an unprivileged process); false where it cannot be had (not a pipe, not Linux).</summary>
    public static bool TryWiden(int fd, int bytes)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try { return Fcntl(fd, SetPipeSize, bytes) >= 0; }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "fcntl")]
    private static extern int Fcntl(int fd, int command, int argument);
}
