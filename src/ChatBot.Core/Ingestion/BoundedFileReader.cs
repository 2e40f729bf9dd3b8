namespace ChatBot.Core.Ingestion;

/// <summary>Reads a story file on a pool thread, at most one byte past the size limit, so the caller can bound the wait.</summary>
internal static class BoundedFileReader
{
    /// <summary>
    /// The file's bytes, or <paramref name="maxBytes"/> + 1 of them when it is larger. The caller bounds the
    /// time with <see cref="Task.WaitAsync(TimeSpan, CancellationToken)"/>: a read stuck in the kernel (a dead
    /// network share) cannot be cancelled, so it is left to finish on its thread while indexing goes on.
    /// </summary>
    public static Task<byte[]> ReadAsync(string path, long maxBytes) => Task.Run(() => Read(path, maxBytes));

    private static byte[] Read(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= maxBytes && (read = stream.Read(chunk, 0, chunk.Length)) > 0) buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }
}
