using System.Collections.Concurrent;

namespace ChatBot.Core.Ingestion.Pages;

/// <summary>Lets one request at a time go to each host, so the bot never hammers a site.</summary>
public sealed class HostGate
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for the host's turn; dispose the result to let the next request go.</summary>
    public async Task<IDisposable> EnterAsync(Uri uri, CancellationToken cancellationToken = default)
    {
        var gate = _gates.GetOrAdd(uri.Authority, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
