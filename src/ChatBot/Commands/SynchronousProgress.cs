namespace ChatBot.Commands;

/// <summary>
/// Reports progress on the reporting thread. <see cref="Progress{T}"/> posts to the thread pool, so its last
/// updates could arrive after the run has finished and its summary been printed.
/// </summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
