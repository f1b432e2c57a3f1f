using System.Runtime.InteropServices;
using HierarchyExplorer.Hierarchy;

namespace HierarchyExplorer.Cli;

/// <summary>
/// Output files of the commands (<c>--out</c>, <c>--checkpoint</c>; docs/cli.md "Output files"): the path is checked
/// before anything is computed, and a regular file is written atomically (a temporary sibling, then renamed into place;
/// the temporary file is removed on every path). A target that exists and is not a regular file (<c>/dev/null</c>, a
/// FIFO) is written directly: renaming over it would replace the device with a file. A symbolic link is followed: the
/// file it points to is written and the link stays.
/// </summary>
public static class OutputFile
{
    /// <summary>
    /// Checks that <paramref name="path"/> can receive an output file and returns the path to write (symbolic links
    /// resolved). Nothing is created.
    /// </summary>
    /// <param name="path">The path given.</param>
    /// <param name="option">The option named in errors (<c>--out</c>).</param>
    /// <exception cref="InvalidParameterException">Empty, a directory, in a folder that does not exist or cannot receive
    /// files (<c>/proc</c>), or a link that cannot be resolved (field <paramref name="option"/>).</exception>
    public static string Check(string? path, string option)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new InvalidParameterException(option, "must be a file path (got an empty string)");
        string full = Resolve(path, option);
        if (Directory.Exists(full)) throw new InvalidParameterException(option, $"'{path}' is a directory; give a file path");
        if (File.Exists(full) && !IsRegularFile(full)) return full;
        string dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir)) throw new InvalidParameterException(option, $"the folder '{dir}' does not exist (it is not created)");
        // Creating (and removing) the temporary sibling now is the one test that the folder takes files (/proc does not);
        // a leftover of an interrupted write is ours to replace.
        string probe = TemporaryPath(full);
        try
        {
            using (new FileStream(probe, FileMode.Create, FileAccess.Write)) { }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidParameterException(option, $"cannot create a file in '{dir}' ({e.Message})");
        }
        finally
        {
            TryDelete(probe);
        }
        return full;
    }

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> (checked with <see cref="Check"/>).</summary>
    /// <exception cref="InvalidParameterException">The path fails <see cref="Check"/>.</exception>
    /// <exception cref="CliInputException">Writing failed (a full device, a folder removed meanwhile); nothing is left behind.</exception>
    public static void WriteAllText(string path, string content, string option = "--out")
    {
        string full = Check(path, option);
        if (File.Exists(full) && !IsRegularFile(full))
        {
            Guard(() => File.WriteAllText(full, content), path, option);
            return;
        }
        string tmp = TemporaryPath(full);
        try
        {
            Guard(() =>
            {
                File.WriteAllText(tmp, content);
                File.Move(tmp, full, overwrite: true);
            }, path, option);
        }
        finally
        {
            TryDelete(tmp);
        }
    }

    /// <summary>True when <paramref name="path"/> is a regular file (or the type cannot be told: then it is treated as one).</summary>
    public static bool IsRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return true;
        var buffer = new byte[512];
        try
        {
            if (NativeStat.Stat(path, buffer) != 0) return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return true;
        }
        int mode = BitConverter.ToInt32(buffer, 4);
        return (mode & NativeStat.TypeMask) == NativeStat.Regular;
    }

    /// <summary>The temporary sibling of <paramref name="full"/> a write goes through.</summary>
    public static string TemporaryPath(string full) => Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".tmp");

    private static string Resolve(string path, string option)
    {
        string full = Path.GetFullPath(path);
        try
        {
            var info = new FileInfo(full);
            if (info.LinkTarget is null) return full;
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? full : Path.GetFullPath(target.FullName);
        }
        catch (IOException e)
        {
            throw new InvalidParameterException(option, $"'{path}' is a symbolic link that cannot be resolved ({e.Message})");
        }
    }

    private static void Guard(Action write, string path, string option)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{option}: cannot write '{path}' ({e.Message})");
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path)) File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done about a temporary file the folder refuses to remove; the error that matters is reported.
        }
    }

    /// <summary>stat(2) through the runtime's own native shim (its FileStatus: int flags, then int mode).</summary>
    private static class NativeStat
    {
        public const int TypeMask = 0xF000;
        public const int Regular = 0x8000;

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
        public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] output);
    }
}
