using System.Runtime.InteropServices;

namespace HierarchyExplorer.Cli;

/// <summary>
/// The one home of signal handling (docs/cli.md "Interruptions"): while a long command runs, SIGINT (Ctrl-C) and SIGTERM
/// (what Slurm and <c>kill</c> send) both cancel its token, so the command stops at the next chunk boundary, flushes its
/// checkpoint and prints the result so far marked partial. A second signal stops the process at once (exit 128 + the
/// signal's number) for a computation that does not reach a chunk boundary soon; it never throws.
/// </summary>
public sealed class SignalCancellation : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private readonly TextWriter _error;
    private readonly string _message;
    private int _signals;

    /// <summary>Starts listening; <paramref name="message"/> is written to <paramref name="error"/> at the first signal.</summary>
    public SignalCancellation(TextWriter error, string message)
    {
        _error = error;
        _message = message;
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try
            {
                _registrations.Add(PosixSignalRegistration.Create(signal, Handle));
            }
            catch (PlatformNotSupportedException)
            {
                // No such signal here (SIGTERM on some platforms): Ctrl-C is still handled.
            }
        }
    }

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Runs <paramref name="body"/> with a token the first SIGINT or SIGTERM cancels.</summary>
    public static T Run<T>(CliContext context, string message, Func<CancellationToken, T> body)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        using var signals = new SignalCancellation(context.Error, message);
        return body(signals.Token);
    }

    /// <summary>Stops listening (the default handling of the signals returns).</summary>
    public void Dispose()
    {
        foreach (var r in _registrations) r.Dispose();
        _registrations.Clear();
        _source.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        context.Cancel = true;
        int count = Interlocked.Increment(ref _signals);
        int code = 128 + (context.Signal == PosixSignal.SIGTERM ? 15 : 2);
        try
        {
            if (count == 1)
            {
                _error.WriteLine($"interrupted ({Name(context.Signal)}): {_message}; a second signal stops at once");
                _source.Cancel();
                return;
            }
            _error.WriteLine($"interrupted again ({Name(context.Signal)}): stopping now, without a partial result");
        }
        catch (ObjectDisposedException)
        {
            // The command finished while the signal arrived: nothing left to cancel.
            return;
        }
        Environment.Exit(code);
    }

    private static string Name(PosixSignal signal) => signal == PosixSignal.SIGTERM ? "SIGTERM" : "SIGINT";
}
