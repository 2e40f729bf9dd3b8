using Microsoft.Data.Sqlite;

namespace ChatBot.Core.Index.Sqlite;

/// <summary>The sentences for what can be wrong with the embedded index file, each saying what to do.</summary>
internal static class IndexFileFailures
{
    private const string Elsewhere = "point ChatBot:Index:SqlitePath (or --db) at another file";

    /// <summary>SQLite's failure on <paramref name="path"/> as a sentence.</summary>
    public static IndexFileException From(SqliteException e, string path) => (e.SqliteErrorCode & 0xFF) switch
    {
        // SQLITE_NOTADB, SQLITE_CORRUPT
        26 or 11 => NotAnIndex(path, e),
        // SQLITE_READONLY
        8 => ReadOnly(path, e),
        // SQLITE_BUSY, SQLITE_LOCKED
        5 or 6 => new IndexFileException($"The index file {path} is locked by another process (an index or serve still writing?): wait for it to finish and try again.", e, isTransient: true),
        // SQLITE_CANTOPEN on a file that is there: its folder or disk cannot be written (no room for -wal and -shm).
        14 when File.Exists(path) => ReadOnly(path, e),
        // SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_AUTH
        14 or 3 or 23 => new IndexFileException($"The index file {path} cannot be opened (its folder is missing or not accessible): check the path, or {Elsewhere}.", e),
        _ => new IndexFileException($"The index file {path} could not be used ({e.Message.TrimEnd('.')}): {Elsewhere}, or move it away and run index to build a new one.", e),
    };

    public static IndexFileException NotAnIndex(string path, Exception? e = null) =>
        new($"The index file {path} is not a ChatBot index (not a SQLite database, or damaged); it was left unchanged: move it away or {Elsewhere}, and run index to build a new one.", e);

    public static IndexFileException ReadOnly(string path, Exception? e = null) =>
        new($"The index file {path} cannot be written (a read-only file, folder or disk): make it writable or {Elsewhere}; ask --no-refresh, summarize --no-refresh and sources only read it.", e);

    public static IndexFileException Newer(string path, int version) =>
        new($"The index file {path} was written by a newer ChatBot (schema {version}; this one reads {SqliteSchema.Version}); it was left unchanged: upgrade ChatBot or {Elsewhere}.");

    public static IndexFileException NeedsRebuild(string path, int? version) =>
        new($"The index file {path} {(version is null ? "holds no index yet" : $"was written by an older ChatBot (schema {version})")}, and this command only reads it: run index to build it.");
}
