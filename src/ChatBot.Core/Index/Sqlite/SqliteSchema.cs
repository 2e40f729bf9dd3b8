namespace ChatBot.Core.Index.Sqlite;

/// <summary>
/// The embedded index's tables. Bump <see cref="Version"/> when they change: an older file is rebuilt.
/// Version 2 stores each chunk's sentences and their terms (<see cref="PassageSentences"/>).
/// </summary>
internal static class SqliteSchema
{
    public const int Version = 2;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS stories(
            id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            title TEXT, outlet TEXT, url TEXT, published TEXT, author TEXT,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_changed TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS stories_source ON stories(source);
        CREATE TABLE IF NOT EXISTS story_versions(
            story_id TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            PRIMARY KEY(story_id, content_hash));
        CREATE TABLE IF NOT EXISTS chunks(
            id INTEGER PRIMARY KEY,
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            vector BLOB,
            sentences TEXT NOT NULL,
            UNIQUE(story_id, ordinal));
        -- Terms are written pre-normalised by Tokenizer (stemmed, numbers joined), so the FTS tokenizer only
        -- splits on spaces; '.' stays inside decimals such as 1.5.
        CREATE VIRTUAL TABLE IF NOT EXISTS chunk_terms USING fts5(terms, tokenize = "unicode61 tokenchars '.'");
        """;

    /// <summary>
    /// Every table ChatBot keeps in the file: the index's own and those of the stores sharing it (feed state,
    /// duplicates, embeddings, source status). A file with other tables and no schema version is some other
    /// program's database, and is not written to.
    /// </summary>
    public static readonly IReadOnlySet<string> KnownTables = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "meta", "stories", "story_versions", "chunks", "chunk_terms", "chunk_terms_data", "chunk_terms_idx",
        "chunk_terms_content", "chunk_terms_docsize", "chunk_terms_config", "feed_validators", "feed_items",
        "story_signatures", "story_origins", "embeddings", "story_models", "source_status", "feedback_answers",
        "feedback_votes", "digest_state", "digest_stories",
    };

    public const string Drop = """
        DROP TABLE IF EXISTS chunk_terms;
        DROP TABLE IF EXISTS chunks;
        DROP TABLE IF EXISTS story_versions;
        DROP TABLE IF EXISTS stories;
        DROP TABLE IF EXISTS meta;
        """;
}
