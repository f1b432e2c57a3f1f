using System.Diagnostics;

namespace HierarchyExplorer.Cli.Tests;

/// <summary>
/// Issue 16, files and devices (docs/cli.md "Output files"): <c>--out</c> and <c>--checkpoint</c> are checked before
/// anything is computed (exit 2 naming the option, nothing written, no temporary files); a target that is not a regular
/// file is written directly (never replaced by a file); a symbolic link is followed and stays a link.
/// </summary>
public class OutputPathTests : IDisposable
{
    private const string Tree = """{"alpha":[1],"beta":[2],"j":[1],"m":[1]}""";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"hx-out-{Guid.NewGuid():N}");

    public OutputPathTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string In(string name) => Path.Combine(_dir, name);

    public static TheoryData<string> BadPaths => new() { "", "DIR", "/proc/hx-test.out", "MISSING/sub/x.out" };

    private string Resolve(string path) => path switch
    {
        "DIR" => _dir,
        "MISSING/sub/x.out" => In("missing/sub/x.out"),
        _ => path,
    };

    private void AssertNothingWritten()
    {
        Assert.False(Directory.Exists(In("missing")), "a folder was created");
        Assert.Empty(Directory.GetFiles(_dir, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [MemberData(nameof(BadPaths))]
    public void A_bad_checkpoint_path_is_refused_before_computing(string path)
    {
        // Before: exit 1 after the whole computation (ArgumentException, DirectoryNotFoundException, "Is a directory").
        var clock = Stopwatch.StartNew();
        CliRunner.AssertBadInput("--checkpoint", "observable", "--samples", "200000", "--checkpoint", Resolve(path), "--json");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        AssertNothingWritten();
    }

    [Theory]
    [MemberData(nameof(BadPaths))]
    public void A_bad_shard_out_path_is_refused_before_computing(string path)
        => Refused(() => CliRunner.AssertBadInput("--out", "observable", "--samples", "200000", "--shard", "1/2", "--out", Resolve(path)));

    [Theory]
    [MemberData(nameof(BadPaths))]
    public void A_bad_drawing_path_is_refused(string path)
        // Before: a missing folder was created silently.
        => Refused(() => CliRunner.AssertBadInput("--out", "trees", "draw", "--s", "2,1", "--tree", Tree, "--format", "svg", "--out", Resolve(path)));

    private void Refused(Action run)
    {
        run();
        AssertNothingWritten();
    }

    [Fact]
    public void Report_refuses_an_empty_out()
        // Before: wrote ./index.html.
        => CliRunner.AssertBadInput("--out", "report", "--out", "");

    [Fact]
    public void Checkpoint_on_a_device_is_refused()
        => CliRunner.AssertBadInput("--checkpoint", "observable", "--samples", "100", "--checkpoint", "/dev/null");

    [Fact]
    public async Task A_fifo_is_written_directly_and_stays_a_fifo()
    {
        // Before: the output went to a temporary file renamed over the target, which replaced a device (as root: /dev/null) or FIFO with a file.
        string fifo = In("pipe.svg");
        using (var mk = Process.Start("mkfifo", [fifo])) mk.WaitForExit();
        var reader = Task.Run(() => File.ReadAllText(fifo));
        var (code, output, error) = CliRunner.Run("trees", "draw", "--s", "2,1", "--tree", Tree, "--format", "svg", "--out", fifo);
        Assert.True(code == 0, error);
        string received = await reader.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Contains("<svg", received);
        Assert.False(OutputFile.IsRegularFile(fifo), "the FIFO was replaced by a regular file");
        Assert.Equal(fifo, output.Trim());
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void Dev_null_is_accepted_as_out_and_is_not_a_regular_file()
    {
        Assert.False(OutputFile.IsRegularFile("/dev/null"));
        var (code, _, error) = CliRunner.Run("trees", "draw", "--s", "2,1", "--tree", Tree, "--format", "svg", "--out", "/dev/null");
        Assert.True(code == 0, error);
        Assert.False(OutputFile.IsRegularFile("/dev/null"));
    }

    [Fact]
    public void A_symbolic_link_is_followed_and_stays_a_link()
    {
        string target = In("target.svg"), link = In("link.svg");
        File.CreateSymbolicLink(link, target);
        var (code, _, error) = CliRunner.Run("trees", "draw", "--s", "2,1", "--tree", Tree, "--format", "svg", "--out", link);
        Assert.True(code == 0, error);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Contains("<svg", File.ReadAllText(target));
        Assert.Equal(["link.svg", "target.svg"], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_regular_file_is_replaced_atomically_without_leftovers()
    {
        string path = In("tree.svg");
        File.WriteAllText(path, "old");
        var (code, _, error) = CliRunner.Run("trees", "draw", "--s", "2,1", "--tree", Tree, "--format", "svg", "--out", path);
        Assert.True(code == 0, error);
        Assert.Contains("<svg", File.ReadAllText(path));
        Assert.Equal(["tree.svg"], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName));
    }
}
