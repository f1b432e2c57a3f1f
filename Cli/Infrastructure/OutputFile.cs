namespace HierarchyExplorer.Cli;

/// <summary>Writes a file atomically: to a temporary sibling first, then moved into place (nothing half-written).</summary>
public static class OutputFile
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> atomically, creating the directory.</summary>
    public static void WriteAllText(string path, string content)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var tmp = Path.Combine(dir, "." + Path.GetFileName(full) + ".tmp");
        File.WriteAllText(tmp, content);
        File.Move(tmp, full, overwrite: true);
    }
}
